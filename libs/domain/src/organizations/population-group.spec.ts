import { populationGroupOf } from './population-group';

describe('populationGroupOf', () => {
  it.each([
    [0, 'small'],
    [99_999, 'small'],
    [100_000, 'big'],
    [125_000, 'big'],
    [249_999, 'big'],
    [250_000, 'large'],
    [330_000, 'large'],
    [999_999, 'large'],
    [1_000_000, 'largest'],
    [12_600_000, 'largest'],
  ])('puts a city of %i people in the %s group', (population, group) => {
    expect(populationGroupOf(population)).toBe(group);
  });

  it.each([-1, 1.5, Number.NaN])('refuses a population of %p', (population) => {
    expect(() => populationGroupOf(population)).toThrow(RangeError);
  });
});
