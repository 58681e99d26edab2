import type { RoadmapItemResponse, UpdateRoadmapItemDto } from '@smartcity/contracts';
import type { FinancingSource, RoadmapItemKind, RoadmapItemStatus } from '@smartcity/domain';

import type { KpiTargetFields } from './kpi-targets';
import { kpiTargetsKey } from './kpi-targets';

export type BudgetLineFields = {
  year: number;
  source: FinancingSource;
  planned: string;
  actual: string | null;
};

/** What the item editor edits: the writable fields of an item in the shape of the API's update body. */
export type ItemFields = {
  kind: RoadmapItemKind;
  measureId: string | null;
  title: string;
  description: string | null;
  directionId: string | null;
  responsibleUnit: string | null;
  responsiblePerson: string | null;
  startMonth: string | null;
  endMonth: string | null;
  status: RoadmapItemStatus;
  progress: number;
  problemIds: string[];
  dependsOn: string[];
  budgetLines: BudgetLineFields[];
  kpiTargets: KpiTargetFields[];
};

export type ItemField = keyof ItemFields;

/** In the order the editor and the merge dialog show them. */
export const ITEM_FIELDS = [
  'title',
  'kind',
  'measureId',
  'directionId',
  'description',
  'responsibleUnit',
  'responsiblePerson',
  'startMonth',
  'endMonth',
  'status',
  'progress',
  'problemIds',
  'dependsOn',
  'budgetLines',
  'kpiTargets',
] as const satisfies readonly ItemField[];

export function itemFieldsOf(item: RoadmapItemResponse): ItemFields {
  return {
    kind: item.kind,
    measureId: item.measureId,
    title: item.title,
    description: item.description,
    directionId: item.directionId,
    responsibleUnit: item.responsibleUnit,
    responsiblePerson: item.responsiblePerson,
    startMonth: item.startMonth,
    endMonth: item.endMonth,
    status: item.status,
    progress: item.progress,
    problemIds: [...item.problemIds],
    dependsOn: [...item.dependsOn],
    budgetLines: item.budgetLines.map((line) => ({
      year: line.year,
      source: line.source,
      planned: line.planned,
      actual: line.actual,
    })),
    kpiTargets: item.kpiTargets.map((target) => ({
      kpiDefinitionId: target.kpiDefinitionId,
      baseline: target.baseline,
      target: target.target,
      year: target.year,
    })),
  };
}

/** A comparable form of a field's value: lists that are sets compare regardless of order. */
function canonical(field: ItemField, value: ItemFields[ItemField]): string {
  if (field === 'problemIds' || field === 'dependsOn') return JSON.stringify([...(value as string[])].sort());
  if (field === 'budgetLines') {
    const lines = (value as BudgetLineFields[])
      .map((line) => `${line.year}/${line.source}/${normalizeMoney(line.planned)}/${line.actual ?? ''}`)
      .sort();
    return JSON.stringify(lines);
  }
  if (field === 'kpiTargets') return kpiTargetsKey(value as KpiTargetFields[]);
  return JSON.stringify(value ?? null);
}

/** `"1000"` and `"1000.00"` are the same amount. */
function normalizeMoney(text: string): string {
  return /^\d+$/.test(text) ? `${text}.00` : text;
}

export function sameFieldValue<F extends ItemField>(field: F, a: ItemFields[F], b: ItemFields[F]): boolean {
  return canonical(field, a) === canonical(field, b);
}

/** The fields whose values differ between two versions. */
export function changedFields(from: ItemFields, to: ItemFields): ItemField[] {
  return ITEM_FIELDS.filter((field) => !sameFieldValue(field, from[field], to[field]));
}

/** The partial update that turns `base` into `next`, based on `revision` (only changed fields are sent). */
export function itemPatch(base: ItemFields, next: ItemFields, revision: number): UpdateRoadmapItemDto {
  const patch: Record<string, unknown> = { revision };
  for (const field of changedFields(base, next)) patch[field] = next[field];
  return patch as unknown as UpdateRoadmapItemDto;
}
