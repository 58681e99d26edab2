import { findDependencyCycles, type DependencyCycle } from '../roadmaps/dependency-graph';
import { FINANCING_SOURCES } from '../roadmaps/financing-source';
import { ROADMAP_ITEM_KINDS } from '../roadmaps/roadmap-item-kind';
import { ROADMAP_ITEM_STATUSES } from '../roadmaps/roadmap-item-status';
import { isYearMonth, yearOf } from '../roadmaps/year-month';

/** One problem with one field of an item draft; `field` is a dotted path such as `budgetLines.1.year`. */
export type DraftIssue = { field: string; reason: string };

/** An item as it will be after a write (a create, or the current item merged with a partial update). */
export type ItemDraft = {
  kind: string;
  measureId: string | null;
  title: string;
  startMonth: string | null;
  endMonth: string | null;
  status: string;
  progress: number;
  problemIds: readonly string[];
  dependsOn: readonly string[];
  budgetLines: readonly { year: number; source: string }[];
  kpiTargets: readonly { kpiDefinitionId: string; year: number }[];
};

export type ItemDraftContext = {
  /** The item's own id when it exists already (updates), to refuse a dependency on itself. */
  itemId: string | null;
  /** Problems and items of the same roadmap: an item may reference nothing else. */
  problemIds: ReadonlySet<string>;
  itemIds: ReadonlySet<string>;
  /** Budget and KPI years must fall inside the roadmap: its first year to its outlook (or last plan) year. */
  firstYear: number;
  lastYear: number;
};

/**
 * The rules a single item must meet before it is saved (the compliance engine judges the roadmap as a whole
 * later; these are the ones that make a write invalid). Returns every issue, in field order, or none.
 */
export function validateItemDraft(draft: ItemDraft, context: ItemDraftContext): DraftIssue[] {
  const issues: DraftIssue[] = [];
  const push = (field: string, reason: string) => issues.push({ field, reason });

  if (!(ROADMAP_ITEM_KINDS as readonly string[]).includes(draft.kind)) {
    push('kind', `kind must be one of: ${ROADMAP_ITEM_KINDS.join(', ')}`);
  }
  if (draft.kind === 'standard' && !draft.measureId) {
    push('measureId', 'a standard measure must name the measure of the standard it implements');
  }
  if (draft.kind === 'own' && draft.measureId) {
    push('measureId', 'an own measure cannot name a measure of the standard; use kind "standard"');
  }
  if (draft.kind === 'own' && draft.problemIds.length === 0) {
    push('problemIds', 'an own measure must cite at least one problem of this roadmap');
  }
  draft.problemIds.forEach((id, index) => {
    if (!context.problemIds.has(id)) push(`problemIds.${index}`, `problem ${id} is not part of this roadmap`);
  });
  if (draft.title.trim().length === 0) push('title', 'title must not be empty');
  if (!(ROADMAP_ITEM_STATUSES as readonly string[]).includes(draft.status)) {
    push('status', `status must be one of: ${ROADMAP_ITEM_STATUSES.join(', ')}`);
  }
  if (!Number.isInteger(draft.progress) || draft.progress < 0 || draft.progress > 100) {
    push('progress', 'progress must be a whole percentage from 0 to 100');
  }
  for (const field of ['startMonth', 'endMonth'] as const) {
    const month = draft[field];
    if (month === null) continue;
    if (!isYearMonth(month)) push(field, `${field} must be a month as YYYY-MM`);
    else if (yearOf(month) < context.firstYear || yearOf(month) > context.lastYear) {
      push(field, `${field} must fall between ${context.firstYear} and ${context.lastYear}`);
    }
  }
  if (isYearMonth(draft.startMonth) && isYearMonth(draft.endMonth) && draft.startMonth > draft.endMonth) {
    push('endMonth', 'endMonth must not be earlier than startMonth');
  }

  const budgetKeys = new Set<string>();
  draft.budgetLines.forEach((line, index) => {
    if (!(FINANCING_SOURCES as readonly string[]).includes(line.source)) {
      push(`budgetLines.${index}.source`, `source must be one of: ${FINANCING_SOURCES.join(', ')}`);
    }
    if (line.year < context.firstYear || line.year > context.lastYear) {
      push(
        `budgetLines.${index}.year`,
        `year must fall between ${context.firstYear} and ${context.lastYear}`,
      );
    }
    const key = `${line.year}/${line.source}`;
    if (budgetKeys.has(key)) {
      push(`budgetLines.${index}`, `there is already a line for ${line.year} and source ${line.source}`);
    }
    budgetKeys.add(key);
  });

  const kpiKeys = new Set<string>();
  draft.kpiTargets.forEach((target, index) => {
    if (target.year < context.firstYear || target.year > context.lastYear) {
      push(`kpiTargets.${index}.year`, `year must fall between ${context.firstYear} and ${context.lastYear}`);
    }
    const key = `${target.kpiDefinitionId}/${target.year}`;
    if (kpiKeys.has(key)) push(`kpiTargets.${index}`, `this KPI already has a target for ${target.year}`);
    kpiKeys.add(key);
  });

  draft.dependsOn.forEach((id, index) => {
    if (context.itemId !== null && id === context.itemId) {
      push(`dependsOn.${index}`, 'an item cannot depend on itself');
    } else if (!context.itemIds.has(id)) {
      push(`dependsOn.${index}`, `item ${id} is not part of this roadmap`);
    }
  });
  return issues;
}

/**
 * The first dependency cycle among a roadmap's items after a write, or null. Uses the compliance engine's graph
 * algorithm so the API refuses exactly what the engine would report.
 */
export function findFirstDependencyCycle(
  items: readonly { id: string; dependsOn: readonly string[] }[],
): DependencyCycle | null {
  return findDependencyCycles(items)[0] ?? null;
}
