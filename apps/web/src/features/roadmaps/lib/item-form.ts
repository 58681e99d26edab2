import type { FinancingSource, RoadmapItemKind, RoadmapItemStatus } from '@smartcity/domain';
import { isMoneyText, kopecksToMoneyText, parseRubles, validateItemDraft } from '@smartcity/domain';

import type { ItemField, ItemFields } from './item-fields';
import type { KpiRowErrors, KpiTargetRowForm } from './kpi-targets';
import { kpiIssuesToRows, kpiRowsOf, mergeKpiErrors, parseKpiRows } from './kpi-targets';

export type BudgetRowForm = {
  key: string;
  year: string;
  source: FinancingSource;
  planned: string;
  actual: string | null;
};

/** The editor's state: text as typed, turned into `ItemFields` by `parseItemForm`. */
export type ItemForm = {
  kind: RoadmapItemKind;
  measureId: string;
  title: string;
  description: string;
  directionId: string;
  responsibleUnit: string;
  responsiblePerson: string;
  startMonth: string;
  endMonth: string;
  status: RoadmapItemStatus;
  progress: string;
  problemIds: string[];
  dependsOn: string[];
  budgetLines: BudgetRowForm[];
  kpiTargets: KpiTargetRowForm[];
};

/** Message keys of the roadmaps dictionary (see ../i18n/ru.ts) that the checks below produce. */
export type ItemFormErrorKey =
  | 'validation.required'
  | 'roadmaps.rule.measureRequired'
  | 'roadmaps.rule.measureForbidden'
  | 'roadmaps.rule.problemRequired'
  | 'roadmaps.rule.monthOutOfPeriod'
  | 'roadmaps.rule.endBeforeStart'
  | 'roadmaps.rule.progress'
  | 'roadmaps.rule.budgetYear'
  | 'roadmaps.rule.budgetDuplicate'
  | 'roadmaps.rule.money'
  | 'roadmaps.rule.dependency'
  | 'roadmaps.kpi.rule.rows'
  | 'roadmaps.rule.invalid';

export type ItemFormErrors = Partial<Record<ItemField, ItemFormErrorKey>>;

let rowCounter = 0;
const nextRowKey = () => `row-${++rowCounter}`;

export function newBudgetRow(year: number): BudgetRowForm {
  return { key: nextRowKey(), year: String(year), source: 'municipal', planned: '', actual: null };
}

export function itemFormOf(fields: ItemFields): ItemForm {
  return {
    kind: fields.kind,
    measureId: fields.measureId ?? '',
    title: fields.title,
    description: fields.description ?? '',
    directionId: fields.directionId ?? '',
    responsibleUnit: fields.responsibleUnit ?? '',
    responsiblePerson: fields.responsiblePerson ?? '',
    startMonth: fields.startMonth ?? '',
    endMonth: fields.endMonth ?? '',
    status: fields.status,
    progress: String(fields.progress),
    problemIds: [...fields.problemIds],
    dependsOn: [...fields.dependsOn],
    budgetLines: fields.budgetLines.map((line) => ({
      key: nextRowKey(),
      year: String(line.year),
      source: line.source,
      planned: line.planned,
      actual: line.actual,
    })),
    kpiTargets: kpiRowsOf(fields.kpiTargets),
  };
}

const orNull = (text: string) => (text.trim() === '' ? null : text.trim());

/** `1 234 567,89` → `"1234567.89"`; null for anything that is not a non-negative amount. */
export function moneyTextOf(input: string): string | null {
  if (isMoneyText(input.trim())) return input.trim();
  const kopecks = parseRubles(input);
  if (kopecks === null || kopecks < 0) return null;
  const text = kopecksToMoneyText(kopecks);
  return isMoneyText(text) ? text : null;
}

export type ItemRulesContext = {
  itemId: string | null;
  problemIds: ReadonlySet<string>;
  itemIds: ReadonlySet<string>;
  firstYear: number;
  lastYear: number;
};

const REASON_KEYS: [RegExp, ItemFormErrorKey][] = [
  [/must name the measure/, 'roadmaps.rule.measureRequired'],
  [/cannot name a measure/, 'roadmaps.rule.measureForbidden'],
  [/must cite at least one problem/, 'roadmaps.rule.problemRequired'],
  [/earlier than startMonth/, 'roadmaps.rule.endBeforeStart'],
  [/must fall between/, 'roadmaps.rule.monthOutOfPeriod'],
  [/title must not be empty/, 'validation.required'],
  [/percentage/, 'roadmaps.rule.progress'],
  [/already a line/, 'roadmaps.rule.budgetDuplicate'],
  [/depend on itself|is not part of this roadmap/, 'roadmaps.rule.dependency'],
];

function keyOfReason(field: string, reason: string): ItemFormErrorKey {
  if (field.startsWith('budgetLines') && /must fall between/.test(reason)) return 'roadmaps.rule.budgetYear';
  return REASON_KEYS.find(([pattern]) => pattern.test(reason))?.[1] ?? 'roadmaps.rule.invalid';
}

/**
 * Turns the form into the fields to save and checks them with the domain's item rules — the same
 * `validateItemDraft` the API runs — so the user sees the API's refusals before sending.
 */
export function parseItemForm(
  form: ItemForm,
  context: ItemRulesContext,
): { fields: ItemFields; errors: ItemFormErrors; kpiErrors: KpiRowErrors } {
  const errors: ItemFormErrors = {};
  const kpis = parseKpiRows(form.kpiTargets);
  const budgetLines = form.budgetLines.map((row) => {
    const planned = moneyTextOf(row.planned);
    if (planned === null) errors.budgetLines ??= 'roadmaps.rule.money';
    const year = Number(row.year);
    if (!Number.isInteger(year)) errors.budgetLines ??= 'roadmaps.rule.budgetYear';
    return { year, source: row.source, planned: planned ?? row.planned, actual: row.actual };
  });
  const progress = form.progress.trim() === '' ? Number.NaN : Number(form.progress);
  const fields: ItemFields = {
    kind: form.kind,
    measureId: form.kind === 'standard' ? orNull(form.measureId) : null,
    title: form.title.trim(),
    description: orNull(form.description),
    directionId: orNull(form.directionId),
    responsibleUnit: orNull(form.responsibleUnit),
    responsiblePerson: orNull(form.responsiblePerson),
    startMonth: orNull(form.startMonth),
    endMonth: orNull(form.endMonth),
    status: form.status,
    progress,
    problemIds: [...form.problemIds],
    dependsOn: [...form.dependsOn],
    budgetLines,
    kpiTargets: kpis.targets,
  };
  const issues = validateItemDraft(fields, context);
  for (const issue of issues) {
    const field = issue.field.split('.')[0] as ItemField;
    if (field === 'kpiTargets') continue;
    errors[field] ??= keyOfReason(issue.field, issue.reason);
  }
  // KPI problems are shown on their rows; the field-level key only marks the list as not savable.
  const kpiErrors = mergeKpiErrors(kpis.errors, kpiIssuesToRows(issues, form.kpiTargets));
  if (Object.keys(kpiErrors).length > 0) errors.kpiTargets = 'roadmaps.kpi.rule.rows';
  return { fields, errors, kpiErrors };
}
