import { formatRubles, isKopecks, parseKopecks, parseRubles, sumKopecks } from './money';

describe('money', () => {
  it.each([
    [0, true],
    [150_000_000, true],
    [-5, true],
    [Number.MAX_SAFE_INTEGER, true],
    [Number.MAX_SAFE_INTEGER + 1, false],
    [1.5, false],
    [Number.NaN, false],
    ['100', false],
  ])('isKopecks(%p) is %p', (value, expected) => {
    expect(isKopecks(value)).toBe(expected);
  });

  it.each([
    ['123456789', 123456789],
    ['-42', -42],
    [77, 77],
    ['9007199254740991', Number.MAX_SAFE_INTEGER],
  ])('parses %p as %p kopecks', (value, expected) => {
    expect(parseKopecks(value)).toBe(expected);
  });

  it.each(['9007199254740992', '1.5', '1e6', '', ' 1', 1.5])('refuses %p', (value) => {
    expect(() => parseKopecks(value)).toThrow(RangeError);
  });

  it('sums exactly and refuses to lose precision', () => {
    expect(sumKopecks([1, 2, 3])).toBe(6);
    expect(sumKopecks([])).toBe(0);
    expect(() => sumKopecks([Number.MAX_SAFE_INTEGER, 1])).toThrow(RangeError);
    expect(() => sumKopecks([0.5])).toThrow(RangeError);
  });

  it.each([
    ['1 234 567,89', 123456789],
    ['1234567.89', 123456789],
    ['1\u00a0234,5', 123450],
    ['10', 1000],
    ['-10,01', -1001],
    ['0,00', 0],
  ])('parses %p roubles as %p kopecks', (text, expected) => {
    expect(parseRubles(text)).toBe(expected);
  });

  it.each(['', 'abc', '1,234,567', '1.234', '12,3,4', '--1'])('does not take %p for an amount', (text) => {
    expect(parseRubles(text)).toBeNull();
  });

  it.each([
    [123456789, 'ru', '1\u202f234\u202f567,89\u00a0₽'],
    [123456789, 'en', 'RUB\u00a01,234,567.89'],
    [5, 'ru', '0,05\u00a0₽'],
    [-150, 'en', '-RUB\u00a01.50'],
  ] as const)('formats %p kopecks in %s', (kopecks, locale, expected) => {
    expect(formatRubles(kopecks, locale)).toBe(expected);
  });
});
