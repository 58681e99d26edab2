/**
 * Money on the wire: a decimal string of roubles with exactly two decimals in responses (`"1234567.89"`), and in
 * requests either that or whole roubles (`"1234567"`). Strings, not numbers, so no JSON parser or spreadsheet can
 * round an amount. Internally amounts are integer kopecks; the database stores them as `bigint`, which
 * node-postgres returns as a decimal string — so conversions here are string-only and never pass through a float.
 * At most 13 digits of roubles, which keeps every amount (in kopecks) a safe JavaScript integer for the
 * compliance engine.
 */
export const MONEY_TEXT_PATTERN = /^(0|[1-9]\d{0,12})(\.\d{2})?$/;

export const MONEY_TEXT_RULE =
  'a non-negative amount in roubles like "1234567.89" (at most 2 decimals, no spaces)';

export function isMoneyText(value: unknown): value is string {
  return typeof value === 'string' && MONEY_TEXT_PATTERN.test(value);
}

/** `"1234567.89"` → `"123456789"` (kopecks as an integer string); throws RangeError on anything else. */
export function moneyTextToKopecks(value: string): string {
  const match = MONEY_TEXT_PATTERN.exec(value);
  if (!match) throw new RangeError(`Not an amount: ${JSON.stringify(value)}`);
  const rubles = match[1];
  const fraction = match[2] ? match[2].slice(1) : '00';
  const digits = `${rubles}${fraction}`.replace(/^0+(?=\d)/, '');
  return digits;
}

/** `"123456789"` or `123456789` (kopecks) → `"1234567.89"`; throws RangeError on a non-integer. */
export function kopecksToMoneyText(kopecks: string | number | bigint): string {
  const text = String(kopecks);
  if (!/^-?\d+$/.test(text)) throw new RangeError(`Kopecks must be an integer, got ${JSON.stringify(text)}`);
  const negative = text.startsWith('-');
  const digits = (negative ? text.slice(1) : text).padStart(3, '0');
  const rubles = digits.slice(0, -2).replace(/^0+(?=\d)/, '');
  return `${negative ? '-' : ''}${rubles}.${digits.slice(-2)}`;
}
