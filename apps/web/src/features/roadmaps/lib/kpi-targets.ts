import type { FieldError } from '@smartcity/contracts';

/** A KPI target of an item as the API takes and returns it. */
export type KpiTargetFields = {
  kpiDefinitionId: string;
  baseline: number | null;
  target: number;
  year: number;
};

/** One row of the KPI targets editor: text as typed. */
export type KpiTargetRowForm = {
  key: string;
  kpiDefinitionId: string;
  baseline: string;
  target: string;
  year: string;
};

export type KpiRowField = 'kpiDefinitionId' | 'baseline' | 'target' | 'year' | 'row';

/** Message keys (../i18n/item-details-ru.ts) of the KPI row checks. */
export type KpiRowErrorKey =
  | 'roadmaps.kpi.rule.chooseKpi'
  | 'roadmaps.kpi.rule.targetRequired'
  | 'roadmaps.kpi.rule.number'
  | 'roadmaps.kpi.rule.year'
  | 'roadmaps.kpi.rule.duplicate'
  | 'roadmaps.kpi.rule.unknownKpi'
  | 'roadmaps.kpi.rule.invalid';

/** Problems per row (by row key) and field; `row` is a problem of the whole row (a duplicate). */
export type KpiRowErrors = Record<string, Partial<Record<KpiRowField, KpiRowErrorKey>>>;

let rowCounter = 0;
const nextRowKey = () => `kpi-${++rowCounter}`;

export function newKpiRow(year: number): KpiTargetRowForm {
  return { key: nextRowKey(), kpiDefinitionId: '', baseline: '', target: '', year: String(year) };
}

export function kpiRowsOf(targets: readonly KpiTargetFields[]): KpiTargetRowForm[] {
  return targets.map((target) => ({
    key: nextRowKey(),
    kpiDefinitionId: target.kpiDefinitionId,
    baseline: target.baseline === null ? '' : String(target.baseline),
    target: String(target.target),
    year: String(target.year),
  }));
}

/**
 * A KPI value as people type it: `1234.5`, `1 234,5`, `-3`, `12 %`-less numbers only. Null when it is not a finite
 * number (empty text is the caller's business).
 */
export function parseKpiNumber(text: string): number | null {
  const compact = text
    .trim()
    .replace(/[\s\u00a0\u202f]/g, '')
    .replace(',', '.');
  if (!/^-?(\d+(\.\d*)?|\.\d+)$/.test(compact)) return null;
  const value = Number(compact);
  return Number.isFinite(value) ? value : null;
}

/**
 * Turns the rows into the targets to save. Every row needs a KPI, a target and a year; the baseline may be empty.
 * Year range and duplicates are the item rules' business (`validateItemDraft`), mapped back with `kpiIssuesToRows`.
 */
export function parseKpiRows(rows: readonly KpiTargetRowForm[]): {
  targets: KpiTargetFields[];
  errors: KpiRowErrors;
} {
  const errors: KpiRowErrors = {};
  const flag = (key: string, field: KpiRowField, error: KpiRowErrorKey) => {
    errors[key] = { ...errors[key], [field]: errors[key]?.[field] ?? error };
  };
  const targets = rows.map((row) => {
    if (row.kpiDefinitionId === '') flag(row.key, 'kpiDefinitionId', 'roadmaps.kpi.rule.chooseKpi');
    const baseline = row.baseline.trim() === '' ? null : parseKpiNumber(row.baseline);
    if (row.baseline.trim() !== '' && baseline === null)
      flag(row.key, 'baseline', 'roadmaps.kpi.rule.number');
    const target = parseKpiNumber(row.target);
    if (row.target.trim() === '') flag(row.key, 'target', 'roadmaps.kpi.rule.targetRequired');
    else if (target === null) flag(row.key, 'target', 'roadmaps.kpi.rule.number');
    const year = Number(row.year);
    if (!Number.isInteger(year)) flag(row.key, 'year', 'roadmaps.kpi.rule.year');
    return { kpiDefinitionId: row.kpiDefinitionId, baseline, target: target ?? Number.NaN, year };
  });
  return { targets, errors };
}

const ROW_FIELDS: readonly KpiRowField[] = ['kpiDefinitionId', 'baseline', 'target', 'year'];

/** `kpiTargets.2.year` → { index: 2, field: 'year' }; `kpiTargets.2` → the whole row. Null for other fields. */
function kpiPath(field: string): { index: number; field: KpiRowField } | null {
  const match = /^kpiTargets\.(\d+)(?:\.(\w+))?$/.exec(field);
  if (!match) return null;
  const named = match[2] as KpiRowField | undefined;
  return { index: Number(match[1]), field: named && ROW_FIELDS.includes(named) ? named : 'row' };
}

function keyOfKpiReason(field: KpiRowField, reason: string): KpiRowErrorKey {
  if (/already has a target/.test(reason)) return 'roadmaps.kpi.rule.duplicate';
  if (/is not a KPI definition|must be a UUID/.test(reason)) return 'roadmaps.kpi.rule.unknownKpi';
  if (field === 'year') return 'roadmaps.kpi.rule.year';
  if (field === 'baseline' || field === 'target') return 'roadmaps.kpi.rule.number';
  return 'roadmaps.kpi.rule.invalid';
}

/**
 * Places problems reported by field path — by the item rules before sending, or by the API's 400 after — on the
 * rows they are about. `rows` must be in the order the targets were (or would be) sent.
 */
export function kpiIssuesToRows(
  issues: readonly Pick<FieldError, 'field' | 'reason'>[],
  rows: readonly Pick<KpiTargetRowForm, 'key'>[],
): KpiRowErrors {
  const errors: KpiRowErrors = {};
  for (const issue of issues) {
    const path = kpiPath(issue.field);
    const row = path ? rows[path.index] : undefined;
    if (!path || !row) continue;
    errors[row.key] = {
      ...errors[row.key],
      [path.field]: errors[row.key]?.[path.field] ?? keyOfKpiReason(path.field, issue.reason),
    };
  }
  return errors;
}

/** Merges two error maps, the first one's messages winning. */
export function mergeKpiErrors(first: KpiRowErrors, second: KpiRowErrors): KpiRowErrors {
  const result: KpiRowErrors = { ...second };
  for (const [key, fields] of Object.entries(first)) result[key] = { ...second[key], ...fields };
  return result;
}

/** A comparable form of a list of targets: order does not matter. */
export function kpiTargetsKey(targets: readonly KpiTargetFields[]): string {
  return JSON.stringify(
    targets.map((t) => `${t.kpiDefinitionId}/${t.year}/${t.baseline ?? ''}/${t.target}`).sort(),
  );
}
