import {
  addMonths,
  compareYearMonths,
  endOfYear,
  formatYearMonth,
  isValidIsoDate,
  isYearMonth,
  makeYearMonth,
  monthsBetween,
  parseYearMonth,
  yearMonthFromIndex,
  yearMonthIndex,
  yearMonthOfDate,
  yearOf,
} from './year-month';

describe('year-month', () => {
  it.each([
    ['2020-01', true],
    ['2024-12', true],
    ['2020-00', false],
    ['2020-13', false],
    ['2020-1', false],
    ['20-01', false],
    ['2020/01', false],
    ['2020-01-01', false],
    [' 2020-01', false],
    ['', false],
    [null, false],
    [202001, false],
  ])('isYearMonth(%p) is %p', (value, expected) => {
    expect(isYearMonth(value)).toBe(expected);
  });

  it('parses and refuses', () => {
    expect(parseYearMonth('2021-03')).toEqual({ year: 2021, month: 3 });
    expect(() => parseYearMonth('2021-3')).toThrow(RangeError);
  });

  it.each([
    ['2020-01', '2020-02', -1],
    ['2020-12', '2021-01', -1],
    ['2021-01', '2020-12', 1],
    ['2024-06', '2024-06', 0],
  ])('compares %s with %s', (a, b, sign) => {
    expect(Math.sign(compareYearMonths(a, b))).toBe(sign);
  });

  it.each([
    ['2020-11', 2, '2021-01'],
    ['2021-01', -1, '2020-12'],
    ['2019-06', 0, '2019-06'],
    ['2019-06', 120, '2029-06'],
  ])('adds to %s %i months: %s', (start, months, expected) => {
    expect(addMonths(start, months)).toBe(expected);
    expect(monthsBetween(start, expected)).toBe(months);
  });

  it('round-trips month indexes and builds months', () => {
    expect(yearMonthFromIndex(yearMonthIndex('2030-12'))).toBe('2030-12');
    expect(makeYearMonth(2020, 7)).toBe('2020-07');
    expect(endOfYear(2024)).toBe('2024-12');
    expect(yearOf('2036-01')).toBe(2036);
    expect(() => makeYearMonth(2020, 13)).toThrow(RangeError);
    expect(() => addMonths('2020-01', 0.5)).toThrow(RangeError);
  });

  it.each([
    ['2019-06-01', true],
    ['2020-02-29', true],
    ['2019-02-29', false],
    ['2100-02-29', false],
    ['2000-02-29', true],
    ['2019-04-31', false],
    ['2019-06-01T23:59:59+03:00', true],
    ['2019-06', false],
    ['01.06.2019', false],
  ])('isValidIsoDate(%s) is %p', (value, expected) => {
    expect(isValidIsoDate(value)).toBe(expected);
  });

  it('takes the month of an ISO date as written, without time zones', () => {
    expect(yearMonthOfDate('2020-12-31T23:30:00-05:00')).toBe('2020-12');
    expect(() => yearMonthOfDate('2020-12')).toThrow(RangeError);
  });

  it.each([
    ['2021-03', 'ru', 'март 2021 г.'],
    ['2021-03', 'en', 'March 2021'],
    ['2020-12', 'ru', 'декабрь 2020 г.'],
    ['bad', 'en', 'bad'],
  ] as const)('formats %s in %s as %s', (value, locale, expected) => {
    expect(formatYearMonth(value, locale)).toBe(expected);
  });
});
