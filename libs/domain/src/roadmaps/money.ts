import { assertNever } from '../shared/assert-never';

/**
 * Money is an integer number of kopecks held in a plain JavaScript `number`.
 *
 * Why not bigint or decimal strings: amounts must cross JSON (API ↔ web) and feed form state and charts without
 * custom (de)serialisers, and every safe integer up to 2^53 − 1 kopecks (≈ 90 trillion roubles) is exact — far
 * beyond any municipal roadmap. PostgreSQL stores amounts as `bigint`; node-postgres returns those as strings, so
 * the API maps them with `parseKopecks`, which refuses anything that is not an exact safe integer. Sums go
 * through `sumKopecks`, which throws instead of silently losing precision.
 */
export type Kopecks = number;

export const KOPECKS_PER_RUBLE = 100;

export function isKopecks(value: unknown): value is Kopecks {
  return typeof value === 'number' && Number.isSafeInteger(value);
}

/** Kopecks from a safe integer or its decimal string (as node-postgres returns `bigint`); throws RangeError. */
export function parseKopecks(value: string | number): Kopecks {
  if (typeof value === 'number') {
    if (Number.isSafeInteger(value)) return value;
    throw new RangeError(`Kopecks must be a safe integer, got ${value}`);
  }
  if (!/^-?\d+$/.test(value))
    throw new RangeError(`Kopecks must be an integer, got ${JSON.stringify(value)}`);
  const parsed = Number(value);
  if (!Number.isSafeInteger(parsed)) throw new RangeError(`Kopecks out of the safe range: ${value}`);
  return parsed;
}

/** Sum of amounts; throws RangeError when an amount or the total is not a safe integer. */
export function sumKopecks(values: Iterable<Kopecks>): Kopecks {
  let total = 0;
  for (const value of values) {
    if (!Number.isSafeInteger(value)) throw new RangeError(`Kopecks must be a safe integer, got ${value}`);
    total += value;
    if (!Number.isSafeInteger(total)) throw new RangeError('Sum of kopecks exceeds the safe integer range');
  }
  return total;
}

/**
 * Parses an amount in roubles as people type it: `1 234 567,89`, `1234567.89`, `1 234,5`, `-10`. Spaces (also
 * non-breaking and thin ones) group thousands; a comma or a dot separates at most two decimals. Returns null
 * for anything else, so forms can show "not an amount" without exceptions.
 */
export function parseRubles(text: string): Kopecks | null {
  const compact = text.trim().replace(/[\s\u00a0\u202f]/g, '');
  const match = /^(-?)(\d+)(?:[.,](\d{1,2}))?$/.exec(compact);
  if (!match) return null;
  const [, sign, rubles, fraction = ''] = match;
  const kopecks = Number(rubles) * KOPECKS_PER_RUBLE + Number(fraction.padEnd(2, '0'));
  if (!Number.isSafeInteger(kopecks)) return null;
  return sign === '-' && kopecks !== 0 ? -kopecks : kopecks;
}

/** `1 234 567,89 ₽` (with narrow no-break spaces) / `RUB 1,234,567.89`. */
export function formatRubles(kopecks: Kopecks, locale: 'ru' | 'en'): string {
  if (!Number.isSafeInteger(kopecks)) throw new RangeError(`Kopecks must be a safe integer, got ${kopecks}`);
  const sign = kopecks < 0 ? '-' : '';
  const absolute = Math.abs(kopecks);
  const rubles = String(Math.floor(absolute / KOPECKS_PER_RUBLE));
  const fraction = String(absolute % KOPECKS_PER_RUBLE).padStart(2, '0');
  switch (locale) {
    case 'ru':
      return `${sign}${groupThousands(rubles, '\u202f')},${fraction}\u00a0₽`;
    case 'en':
      return `${sign}RUB\u00a0${groupThousands(rubles, ',')}.${fraction}`;
    default:
      return assertNever(locale, 'Unknown locale');
  }
}

function groupThousands(digits: string, separator: string): string {
  return digits.replace(/\B(?=(\d{3})+(?!\d))/g, separator);
}
