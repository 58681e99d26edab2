import { assertNever } from '../shared/assert-never';

/**
 * Roadmap items are scheduled to the month. A month travels everywhere (database, JSON, form state) as a
 * `YYYY-MM` string: zero-padded, so two valid months compare correctly as strings, and free of time zones.
 */
export type YearMonth = string;

const YEAR_MONTH = /^(\d{4})-(0[1-9]|1[0-2])$/;
const ISO_DATE = /^(\d{4})-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])(?:T.*)?$/;

export function isYearMonth(value: unknown): value is YearMonth {
  return yearMonthIndexOrNull(value) !== null;
}

/**
 * `yearMonthIndex` of a valid month, or null for anything else (the hot path of the compliance engine: no regex,
 * no exception).
 */
export function yearMonthIndexOrNull(value: unknown): number | null {
  if (typeof value !== 'string' || value.length !== 7 || value.charCodeAt(4) !== 45 /* - */) return null;
  let year = 0;
  for (let i = 0; i < 4; i++) {
    const digit = value.charCodeAt(i) - 48;
    if (digit < 0 || digit > 9) return null;
    year = year * 10 + digit;
  }
  const tens = value.charCodeAt(5) - 48;
  const units = value.charCodeAt(6) - 48;
  if (tens < 0 || tens > 1 || units < 0 || units > 9) return null;
  const month = tens * 10 + units;
  if (month < 1 || month > 12) return null;
  return year * 12 + month - 1;
}

/** The year and the month (1–12) of a `YYYY-MM` string; throws RangeError on anything else. */
export function parseYearMonth(value: string): { year: number; month: number } {
  const match = YEAR_MONTH.exec(value);
  if (!match) throw new RangeError(`Expected a month as YYYY-MM, got ${JSON.stringify(value)}`);
  return { year: Number(match[1]), month: Number(match[2]) };
}

/** Months since year 0: a number that orders months and makes month arithmetic plain subtraction. */
export function yearMonthIndex(value: YearMonth): number {
  const index = yearMonthIndexOrNull(value);
  if (index === null) throw new RangeError(`Expected a month as YYYY-MM, got ${JSON.stringify(value)}`);
  return index;
}

export function yearMonthFromIndex(index: number): YearMonth {
  if (!Number.isInteger(index) || index < 0 || index >= 10_000 * 12) {
    throw new RangeError(`Month index out of range: ${index}`);
  }
  const year = Math.floor(index / 12);
  const month = (index % 12) + 1;
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}`;
}

export function makeYearMonth(year: number, month: number): YearMonth {
  if (!Number.isInteger(month) || month < 1 || month > 12)
    throw new RangeError(`Month out of range: ${month}`);
  return yearMonthFromIndex(year * 12 + month - 1);
}

/** Negative when `a` is earlier than `b`, zero when equal, positive when later. */
export function compareYearMonths(a: YearMonth, b: YearMonth): number {
  return yearMonthIndex(a) - yearMonthIndex(b);
}

export function addMonths(value: YearMonth, months: number): YearMonth {
  if (!Number.isInteger(months)) throw new RangeError(`Expected a whole number of months, got ${months}`);
  return yearMonthFromIndex(yearMonthIndex(value) + months);
}

/** How many months `to` lies after `from` (negative when before). */
export function monthsBetween(from: YearMonth, to: YearMonth): number {
  return yearMonthIndex(to) - yearMonthIndex(from);
}

/** December of `year`: the last month that still meets a deadline "by the end of `year`". */
export function endOfYear(year: number): YearMonth {
  return makeYearMonth(year, 12);
}

export function yearOf(value: YearMonth): number {
  return parseYearMonth(value).year;
}

export function isValidIsoDate(value: unknown): value is string {
  if (typeof value !== 'string') return false;
  const match = ISO_DATE.exec(value);
  if (!match) return false;
  const year = Number(match[1]);
  const month = Number(match[2]);
  const day = Number(match[3]);
  return day <= daysInMonth(year, month);
}

/**
 * The month of an ISO date (`YYYY-MM-DD`, optionally followed by a time). The calendar date is taken as written,
 * without time-zone conversion: callers pass the date as it is in the municipality (or Moscow) already.
 */
export function yearMonthOfDate(isoDate: string): YearMonth {
  if (!isValidIsoDate(isoDate))
    throw new RangeError(`Expected an ISO date (YYYY-MM-DD), got ${JSON.stringify(isoDate)}`);
  return isoDate.slice(0, 7);
}

function daysInMonth(year: number, month: number): number {
  if (month === 2) return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

const MONTH_NAMES_RU = [
  'январь',
  'февраль',
  'март',
  'апрель',
  'май',
  'июнь',
  'июль',
  'август',
  'сентябрь',
  'октябрь',
  'ноябрь',
  'декабрь',
];
const MONTH_NAMES_EN = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

/** A month for people: `март 2021 г.` / `March 2021`. Strings that are not months come back unchanged. */
export function formatYearMonth(value: string, locale: 'ru' | 'en'): string {
  if (!isYearMonth(value)) return value;
  const { year, month } = parseYearMonth(value);
  switch (locale) {
    case 'ru':
      return `${MONTH_NAMES_RU[month - 1]} ${year} г.`;
    case 'en':
      return `${MONTH_NAMES_EN[month - 1]} ${year}`;
    default:
      return assertNever(locale, 'Unknown locale');
  }
}
