// Durable: stored in the database (budget_lines.source). Never rename a value.
export const FINANCING_SOURCES = ['federal', 'regional', 'municipal', 'extra_budgetary'] as const;
export type FinancingSource = (typeof FINANCING_SOURCES)[number];

/** Display labels of financing sources, in the interface languages. */
export const FINANCING_SOURCE_LABELS: Record<FinancingSource, { ru: string; en: string }> = {
  federal: { ru: 'федеральный бюджет', en: 'federal budget' },
  regional: { ru: 'региональный бюджет', en: 'regional budget' },
  municipal: { ru: 'местный бюджет', en: 'municipal budget' },
  extra_budgetary: { ru: 'внебюджетные источники', en: 'extra-budgetary sources' },
};

export function isFinancingSource(value: unknown): value is FinancingSource {
  return typeof value === 'string' && (FINANCING_SOURCES as readonly string[]).includes(value);
}
