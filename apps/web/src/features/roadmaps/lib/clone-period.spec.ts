import { cloneBody, suggestClone, validateClone } from './clone-period';

const range = (from: number, to: number) => `${from}–${to}`;

describe(suggestClone.name, () => {
  it('starts the year after this period ends, as long, and renames the period in the title', () => {
    expect(
      suggestClone(
        {
          title: 'Дорожная карта Калуги 2021–2024',
          periodStartYear: 2021,
          periodEndYear: 2024,
          outlookYear: null,
        },
        range,
      ),
    ).toEqual({
      title: 'Дорожная карта Калуги 2025–2028',
      periodStartYear: 2025,
      periodEndYear: 2028,
      outlookYear: null,
    });
  });

  it('cuts the period at 2030 and keeps the outlook not before the end', () => {
    expect(
      suggestClone({ title: 'Карта', periodStartYear: 2024, periodEndYear: 2027, outlookYear: 2027 }, range),
    ).toEqual({
      title: 'Карта (2028–2030)',
      periodStartYear: 2028,
      periodEndYear: 2030,
      outlookYear: 2030,
    });
  });

  it('for a period that ends in 2030, suggests the same length ending in 2030', () => {
    expect(
      suggestClone(
        { title: 'Карта 2025-2030', periodStartYear: 2025, periodEndYear: 2030, outlookYear: 2036 },
        range,
      ),
    ).toEqual({
      title: 'Карта 2025–2030',
      periodStartYear: 2025,
      periodEndYear: 2030,
      outlookYear: 2036,
    });
  });
});

describe(validateClone.name, () => {
  it('wants a title and a consistent period', () => {
    const form = { title: 'Карта', periodStartYear: 2025, periodEndYear: 2028, outlookYear: null };
    expect(validateClone(form)).toEqual({});
    expect(validateClone({ ...form, title: '', periodEndYear: 2024, outlookYear: 2023 })).toEqual({
      title: 'required',
      periodEndYear: 'endBeforeStart',
      outlookYear: 'outlookBeforeEnd',
    });
  });
});

describe(cloneBody.name, () => {
  it('trims the title and leaves out a missing outlook', () => {
    expect(
      cloneBody({ title: ' Карта ', periodStartYear: 2025, periodEndYear: 2028, outlookYear: null }),
    ).toEqual({
      title: 'Карта',
      periodStartYear: 2025,
      periodEndYear: 2028,
    });
    expect(
      cloneBody({ title: 'Карта', periodStartYear: 2025, periodEndYear: 2028, outlookYear: 2030 }),
    ).toMatchObject({
      outlookYear: 2030,
    });
  });
});
