import { JobRegistryError, verifyHandlers } from './job-registry.service';

describe('verifyHandlers', () => {
  const expected = ['a.one', 'a.two'];

  it('accepts exactly one handler per job', () => {
    expect(() =>
      verifyHandlers(
        new Map([
          ['a.one', ['One']],
          ['a.two', ['Two']],
        ]),
        expected,
      ),
    ).not.toThrow();
  });

  it('refuses a job without a handler', () => {
    expect(() => verifyHandlers(new Map([['a.one', ['One']]]), expected)).toThrow(
      /job "a.two" has no handler/,
    );
  });

  it('refuses a job with two handlers, naming both', () => {
    expect(() =>
      verifyHandlers(
        new Map([
          ['a.one', ['One', 'Other']],
          ['a.two', ['Two']],
        ]),
        expected,
      ),
    ).toThrow(/job "a.one" has 2 handlers: One, Other/);
  });

  it('refuses a handler for a job that does not exist', () => {
    const found = new Map([
      ['a.one', ['One']],
      ['a.two', ['Two']],
      ['a.three', ['Three']],
    ]);

    expect(() => verifyHandlers(found, expected)).toThrow(JobRegistryError);
  });
});
