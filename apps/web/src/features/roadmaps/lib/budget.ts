import type { RoadmapItemResponse } from '@smartcity/contracts';
import type { FinancingSource } from '@smartcity/domain';
import { FINANCING_SOURCES, moneyTextToKopecks } from '@smartcity/domain';

export type BudgetYear = { year: number; bySource: Record<FinancingSource, bigint>; total: bigint };

const zero = (): Record<FinancingSource, bigint> =>
  Object.fromEntries(FINANCING_SOURCES.map((source) => [source, 0n])) as Record<FinancingSource, bigint>;

/** Planned money of every item summed by year and financing source, exactly (integer kopecks). */
export function budgetByYear(items: readonly Pick<RoadmapItemResponse, 'budgetLines'>[]): BudgetYear[] {
  const years = new Map<number, BudgetYear>();
  for (const item of items) {
    for (const line of item.budgetLines) {
      let entry = years.get(line.year);
      if (!entry) {
        entry = { year: line.year, bySource: zero(), total: 0n };
        years.set(line.year, entry);
      }
      const kopecks = BigInt(moneyTextToKopecks(line.planned));
      entry.bySource[line.source] += kopecks;
      entry.total += kopecks;
    }
  }
  return [...years.values()].sort((a, b) => a.year - b.year);
}

/** Kopecks → `1 234 567,89 ₽` / `RUB 1,234,567.89`, exact for any size. */
export function formatKopecks(kopecks: bigint, locale: 'ru' | 'en'): string {
  const negative = kopecks < 0n;
  const digits = (negative ? -kopecks : kopecks).toString().padStart(3, '0');
  const rubles = digits.slice(0, -2);
  const fraction = digits.slice(-2);
  const group = (separator: string) => rubles.replace(/\B(?=(\d{3})+(?!\d))/g, separator);
  const sign = negative ? '-' : '';
  return locale === 'ru'
    ? `${sign}${group('\u202f')},${fraction}\u00a0₽`
    : `${sign}RUB\u00a0${group(',')}.${fraction}`;
}

/** `"1234567.89"` (the wire format) for people. */
export function formatMoneyText(text: string, locale: 'ru' | 'en'): string {
  try {
    return formatKopecks(BigInt(moneyTextToKopecks(text)), locale);
  } catch {
    return text;
  }
}
