import type { SnapshotResponse } from '@smartcity/contracts';
import type { CollectionDiff, FieldChange, RoadmapDiff } from '@smartcity/domain';

export const DIFF_COLLECTIONS = ['problems', 'items', 'coverage'] as const;
export type DiffCollection = (typeof DIFF_COLLECTIONS)[number];
export type DiffSectionId = 'roadmap' | DiffCollection;

/** Fields with a label of their own; any other field a newer API adds is shown by its name. */
export const LABELLED_DIFF_FIELDS = [
  'title',
  'status',
  'periodStartYear',
  'periodEndYear',
  'outlookYear',
  'frameworkId',
  'clonedFromId',
  'description',
  'severity',
  'directionId',
  'evidenceLinks',
  'justification',
  'reviewStatus',
  'kind',
  'measureId',
  'responsibleUnit',
  'responsiblePerson',
  'startMonth',
  'endMonth',
  'progress',
  'problemIds',
  'dependsOn',
  'budgetLines',
  'kpiTargets',
] as const;
export type LabelledDiffField = (typeof LABELLED_DIFF_FIELDS)[number];

export function isLabelledDiffField(field: string): field is LabelledDiffField {
  return (LABELLED_DIFF_FIELDS as readonly string[]).includes(field);
}

/** One record of a section: added or removed (no field changes), or changed with its fields. */
export type DiffEntry = {
  change: 'added' | 'removed' | 'changed';
  key: string;
  title: string | null;
  changes: FieldChange[];
};

export type DiffSection = { id: DiffSectionId; entries: DiffEntry[] };

/**
 * The comparison as sections to show, empty ones left out: the roadmap's own fields first (one "changed" entry),
 * then problems, items and coverage marks, each listing added, removed, then changed records by title.
 */
export function diffSections(diff: RoadmapDiff, roadmapTitle: string): DiffSection[] {
  const sections: DiffSection[] = [];
  if (diff.roadmap.length > 0) {
    sections.push({
      id: 'roadmap',
      entries: [{ change: 'changed', key: 'roadmap', title: roadmapTitle, changes: diff.roadmap }],
    });
  }
  for (const id of DIFF_COLLECTIONS) {
    const entries = collectionEntries(diff[id]);
    if (entries.length > 0) sections.push({ id, entries });
  }
  return sections;
}

const byTitle = (a: { title: string | null; key: string }, b: { title: string | null; key: string }) =>
  (a.title ?? '').localeCompare(b.title ?? '', 'ru') || a.key.localeCompare(b.key);

function collectionEntries(collection: CollectionDiff): DiffEntry[] {
  return [
    ...[...collection.added].sort(byTitle).map((r) => ({ change: 'added' as const, ...r, changes: [] })),
    ...[...collection.removed].sort(byTitle).map((r) => ({ change: 'removed' as const, ...r, changes: [] })),
    ...[...collection.changed].sort(byTitle).map((r) => ({ change: 'changed' as const, ...r })),
  ];
}

/** Records added, removed and changed over every collection (the roadmap's own fields count as one change). */
export function diffCounts(diff: RoadmapDiff): { added: number; removed: number; changed: number } {
  const counts = { added: 0, removed: 0, changed: diff.roadmap.length > 0 ? 1 : 0 };
  for (const id of DIFF_COLLECTIONS) {
    counts.added += diff[id].added.length;
    counts.removed += diff[id].removed.length;
    counts.changed += diff[id].changed.length;
  }
  return counts;
}

/** What to compare when the tab opens: the newest snapshot with now, or nothing without snapshots. */
export function defaultComparison(
  snapshots: readonly Pick<SnapshotResponse, 'id' | 'createdAt'>[],
): { from: string; to: string | null } | null {
  if (snapshots.length === 0) return null;
  const newest = [...snapshots].sort((a, b) => b.createdAt.localeCompare(a.createdAt))[0];
  return { from: newest.id, to: null };
}

/** How to name ids and coded values in a diff; each returns null when it does not know the value. */
export type DiffValueNames = {
  none: string;
  measure: (id: string) => string | null;
  direction: (id: string) => string | null;
  problem: (id: string) => string | null;
  item: (id: string) => string | null;
  kpi: (id: string) => string | null;
  /** Coded values: roadmap/item/coverage status, severity, kind, review status, financing source. */
  code: (field: string, value: string, section: DiffSectionId) => string | null;
  money: (text: string) => string;
  month: (text: string) => string;
};

/** A field value of a snapshot record for people: names instead of ids, labels instead of codes. */
export function diffValueText(
  section: DiffSectionId,
  field: string,
  value: unknown,
  names: DiffValueNames,
): string {
  if (value === null || value === undefined || value === '') return names.none;
  const id = (lookup: (id: string) => string | null) => (v: unknown) =>
    typeof v === 'string' ? (lookup(v) ?? v) : plain(v);
  switch (field) {
    case 'measureId':
      return id(names.measure)(value);
    case 'directionId':
      return id(names.direction)(value);
    case 'startMonth':
    case 'endMonth':
      return typeof value === 'string' ? names.month(value) : plain(value);
    case 'problemIds':
      return listText(value, id(names.problem), names.none);
    case 'dependsOn':
      return listText(value, id(names.item), names.none);
    case 'evidenceLinks':
      return listText(value, plain, names.none);
    case 'budgetLines':
      return listText(
        value,
        (line) => {
          const { year, source, planned, actual } = line as Record<string, unknown>;
          const sourceText =
            typeof source === 'string' ? (names.code('source', source, section) ?? source) : '';
          const amounts = [planned, actual]
            .map((amount) => (typeof amount === 'string' ? names.money(amount) : names.none))
            .join(' / ');
          return `${plain(year)}, ${sourceText}: ${amounts}`;
        },
        names.none,
      );
    case 'kpiTargets':
      return listText(
        value,
        (target) => {
          const { kpiDefinitionId, baseline, target: goal, year } = target as Record<string, unknown>;
          const kpi =
            typeof kpiDefinitionId === 'string' ? (names.kpi(kpiDefinitionId) ?? kpiDefinitionId) : '';
          const from = baseline === null || baseline === undefined ? names.none : plain(baseline);
          return `${kpi}, ${plain(year)}: ${from} → ${plain(goal)}`;
        },
        names.none,
      );
    default:
      if (typeof value === 'string') return names.code(field, value, section) ?? value;
      if (typeof value === 'number' || typeof value === 'boolean') return String(value);
      return JSON.stringify(value);
  }
}

/** A scalar as text; anything structured as JSON (never "[object Object]"). */
function plain(value: unknown): string {
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  return value === null || value === undefined ? '' : JSON.stringify(value);
}

function listText(value: unknown, one: (entry: unknown) => string, none: string): string {
  if (!Array.isArray(value)) return one(value);
  if (value.length === 0) return none;
  return value.map(one).join('; ');
}
