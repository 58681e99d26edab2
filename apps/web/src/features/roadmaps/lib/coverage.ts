import type { CoverageResponse, FrameworkTreeResponse, RoadmapItemResponse } from '@smartcity/contracts';

export type CoverageCounts = { basic: number; additional: number; own: number };
export type CoverageMatrixRow = { directionId: string | null; counts: CoverageCounts };

type MeasureInfo = { directionId: string; kind: 'basic' | 'additional' };

export function measureIndex(tree: FrameworkTreeResponse | undefined): Map<string, MeasureInfo> {
  const index = new Map<string, MeasureInfo>();
  for (const direction of tree?.directions ?? []) {
    for (const measure of direction.measures) {
      index.set(measure.id, { directionId: direction.id, kind: measure.kind });
    }
  }
  return index;
}

/** An item's direction: its own, or its measure's. */
export function directionOf(
  item: Pick<RoadmapItemResponse, 'directionId' | 'measureId'>,
  measures: ReadonlyMap<string, MeasureInfo>,
): string | null {
  return item.directionId ?? (item.measureId ? (measures.get(item.measureId)?.directionId ?? null) : null);
}

/**
 * Items per direction × basic / additional / own (cancelled items do not count). Every direction of the
 * framework has a row, in framework order; items without a direction come last (`directionId` null).
 */
export function coverageMatrix(
  tree: FrameworkTreeResponse | undefined,
  items: readonly RoadmapItemResponse[],
): CoverageMatrixRow[] {
  const measures = measureIndex(tree);
  const rows = new Map<string | null, CoverageCounts>();
  for (const direction of tree?.directions ?? []) rows.set(direction.id, { basic: 0, additional: 0, own: 0 });
  for (const item of items) {
    if (item.status === 'cancelled') continue;
    const directionId = directionOf(item, measures);
    const counts = rows.get(directionId) ?? { basic: 0, additional: 0, own: 0 };
    rows.set(directionId, counts);
    if (item.kind === 'own') counts.own += 1;
    else if (item.measureId && measures.get(item.measureId)?.kind === 'basic') counts.basic += 1;
    else counts.additional += 1;
  }
  const ordered = [...rows.entries()].filter(([id]) => id !== null);
  const unassigned = rows.get(null);
  const result = ordered.map(([directionId, counts]) => ({ directionId, counts }));
  if (unassigned) result.push({ directionId: null, counts: unassigned });
  return result;
}

export type BasicMeasureState = {
  measureId: string;
  /** Active items that implement it. */
  itemIds: string[];
  mark: CoverageResponse | null;
  state: 'planned' | 'implemented' | 'not_applicable' | 'uncovered';
};

/** For every basic measure of the framework: covered by items, marked, or still open. */
export function basicMeasureStates(
  tree: FrameworkTreeResponse | undefined,
  items: readonly RoadmapItemResponse[],
  coverage: readonly CoverageResponse[],
): BasicMeasureState[] {
  const marks = new Map(coverage.map((mark) => [mark.measureId, mark]));
  const states: BasicMeasureState[] = [];
  for (const direction of tree?.directions ?? []) {
    for (const measure of direction.measures) {
      if (measure.kind !== 'basic') continue;
      const itemIds = items
        .filter((item) => item.measureId === measure.id && item.status !== 'cancelled')
        .map((item) => item.id);
      const mark = marks.get(measure.id) ?? null;
      states.push({
        measureId: measure.id,
        itemIds,
        mark,
        state: itemIds.length > 0 ? 'planned' : mark ? mark.status : 'uncovered',
      });
    }
  }
  return states;
}
