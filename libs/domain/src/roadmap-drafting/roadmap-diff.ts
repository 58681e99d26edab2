/**
 * Comparison of two states of a roadmap (two named snapshots, or a snapshot and now). Works on the plain JSON a
 * snapshot stores: each collection is a list of records with a stable key; fields are compared by value (arrays
 * and objects structurally, arrays order-insensitively when they hold plain values).
 */
/** Any plain JSON object (a response record). */
export type DiffRecord = object;

export type DiffableRoadmap = {
  roadmap: DiffRecord;
  problems: readonly DiffRecord[];
  items: readonly DiffRecord[];
  coverage: readonly DiffRecord[];
};

export type FieldChange = { field: string; before: unknown; after: unknown };

export type RecordRef = { key: string; title: string | null };

export type CollectionDiff = {
  added: RecordRef[];
  removed: RecordRef[];
  changed: (RecordRef & { changes: FieldChange[] })[];
};

export type RoadmapDiff = {
  roadmap: FieldChange[];
  problems: CollectionDiff;
  items: CollectionDiff;
  coverage: CollectionDiff;
  /** Whether anything at all differs. */
  isEmpty: boolean;
};

/** Bookkeeping fields that change with every write and say nothing about content. */
const IGNORED_FIELDS = new Set(['revision', 'createdAt', 'updatedAt', 'roadmapRevision']);

function canonical(value: unknown): string {
  if (Array.isArray(value)) {
    const parts = value.map(canonical);
    // Lists of ids (problemIds, dependsOn, evidence links) are sets: their order carries no meaning.
    const plain = value.every((v) => v === null || typeof v !== 'object');
    return `[${(plain ? [...parts].sort() : parts).join(',')}]`;
  }
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonical(v)}`).join(',')}}`;
  }
  return JSON.stringify(value ?? null);
}

export function diffRecords(beforeRecord: DiffRecord, afterRecord: DiffRecord): FieldChange[] {
  const before = beforeRecord as Record<string, unknown>;
  const after = afterRecord as Record<string, unknown>;
  const fields = [...new Set([...Object.keys(before), ...Object.keys(after)])]
    .filter((f) => !IGNORED_FIELDS.has(f))
    .sort();
  return fields
    .filter((field) => canonical(before[field]) !== canonical(after[field]))
    .map((field) => ({ field, before: before[field] ?? null, after: after[field] ?? null }));
}

function titleOf(record: DiffRecord): string | null {
  const { title } = record as { title?: unknown };
  return typeof title === 'string' ? title : null;
}

export function diffCollections(
  before: readonly DiffRecord[],
  after: readonly DiffRecord[],
  key: (record: DiffRecord) => string,
): CollectionDiff {
  const beforeByKey = new Map(before.map((r) => [key(r), r]));
  const afterByKey = new Map(after.map((r) => [key(r), r]));
  const diff: CollectionDiff = { added: [], removed: [], changed: [] };
  for (const [k, record] of afterByKey) {
    const previous = beforeByKey.get(k);
    if (!previous) {
      diff.added.push({ key: k, title: titleOf(record) });
      continue;
    }
    const changes = diffRecords(previous, record);
    if (changes.length > 0) diff.changed.push({ key: k, title: titleOf(record), changes });
  }
  for (const [k, record] of beforeByKey) {
    if (!afterByKey.has(k)) diff.removed.push({ key: k, title: titleOf(record) });
  }
  return diff;
}

const byId = (record: DiffRecord) => String((record as { id?: unknown }).id);
const byMeasure = (record: DiffRecord) => String((record as { measureId?: unknown }).measureId);

/** What changed from `before` to `after`. Problems and items are matched by id, coverage marks by measure. */
export function diffRoadmaps(before: DiffableRoadmap, after: DiffableRoadmap): RoadmapDiff {
  const roadmap = diffRecords(before.roadmap, after.roadmap);
  const problems = diffCollections(before.problems, after.problems, byId);
  const items = diffCollections(before.items, after.items, byId);
  const coverage = diffCollections(before.coverage, after.coverage, byMeasure);
  const collectionEmpty = (d: CollectionDiff) =>
    d.added.length === 0 && d.removed.length === 0 && d.changed.length === 0;
  return {
    roadmap,
    problems,
    items,
    coverage,
    isEmpty: roadmap.length === 0 && [problems, items, coverage].every(collectionEmpty),
  };
}
