import type { ComplianceMunicipalityRowResponse } from '@smartcity/contracts';
import type { PopulationGroup } from '@smartcity/domain';
import { POPULATION_GROUPS } from '@smartcity/domain';

export type OverviewRow = ComplianceMunicipalityRowResponse;

/** A sortable column: a fixed one, or a direction's score (`direction:<code>`). */
export type SortKey =
  'municipality' | 'region' | 'populationGroup' | 'score' | 'errors' | 'warnings' | `direction:${string}`;

export type SortDirection = 'ascending' | 'descending';

export type SortState = { key: SortKey; direction: SortDirection };

export const DEFAULT_SORT: SortState = { key: 'score', direction: 'ascending' };

const FIXED_KEYS: readonly SortKey[] = [
  'municipality',
  'region',
  'populationGroup',
  'score',
  'errors',
  'warnings',
];

/** A sort key read from the URL; anything unknown falls back to null (the caller uses the default). */
export function parseSortKey(value: string | null): SortKey | null {
  if (value === null) return null;
  if ((FIXED_KEYS as readonly string[]).includes(value)) return value as SortKey;
  if (value.startsWith('direction:') && value.length > 'direction:'.length) return value as SortKey;
  return null;
}

/** Clicking a column: a new column sorts by its natural order (names A→Z, scores worst first), again flips it. */
export function nextSort(current: SortState, key: SortKey): SortState {
  if (current.key === key)
    return { key, direction: current.direction === 'ascending' ? 'descending' : 'ascending' };
  return { key, direction: key === 'errors' || key === 'warnings' ? 'descending' : 'ascending' };
}

// Largest first, as the index lists groups.
const GROUP_RANK: Record<PopulationGroup, number> = Object.fromEntries(
  POPULATION_GROUPS.map((group, index) => [group.id, index]),
) as Record<PopulationGroup, number>;

type SortValue = string | number | null;

function valueOf(row: OverviewRow, key: SortKey, locale: 'ru' | 'en'): SortValue {
  switch (key) {
    case 'municipality':
      return locale === 'ru' ? row.municipalityNameRu : row.municipalityNameEn;
    case 'region':
      return locale === 'ru' ? row.regionNameRu : row.regionNameEn;
    case 'populationGroup':
      return row.populationGroup === null ? null : GROUP_RANK[row.populationGroup];
    case 'score':
      return row.score;
    case 'errors':
      return row.errorCount;
    case 'warnings':
      return row.warningCount;
    default:
      return row.directionScores[key.slice('direction:'.length)] ?? null;
  }
}

/**
 * Rows sorted by one column; rows without a value (no roadmap, no report yet) always go last, and ties keep the
 * municipality name order, so the table is stable whatever the column.
 */
export function sortRows(rows: readonly OverviewRow[], sort: SortState, locale: 'ru' | 'en'): OverviewRow[] {
  const collator = new Intl.Collator(locale === 'ru' ? 'ru' : 'en', { sensitivity: 'base', numeric: true });
  const sign = sort.direction === 'ascending' ? 1 : -1;
  const compareValues = (a: SortValue, b: SortValue): number => {
    if (typeof a === 'string' && typeof b === 'string') return collator.compare(a, b);
    return (a as number) - (b as number);
  };
  return rows
    .map((row) => ({
      row,
      value: valueOf(row, sort.key, locale),
      name: valueOf(row, 'municipality', locale) as string,
    }))
    .sort((a, b) => {
      if (a.value === null && b.value !== null) return 1;
      if (b.value === null && a.value !== null) return -1;
      const byValue = a.value === null || b.value === null ? 0 : sign * compareValues(a.value, b.value);
      return (
        byValue ||
        collator.compare(a.name, b.name) ||
        compareValues(a.row.roadmapId ?? '', b.row.roadmapId ?? '')
      );
    })
    .map((entry) => entry.row);
}

export type RegionOption = { id: string; name: string };

/** Regions named by the rows, for the filter when no organization list is at hand; sorted by name. */
export function regionsOfRows(rows: readonly OverviewRow[], locale: 'ru' | 'en'): RegionOption[] {
  const byId = new Map<string, string>();
  for (const row of rows) {
    if (row.regionId === null) continue;
    const name = (locale === 'ru' ? row.regionNameRu : row.regionNameEn) ?? row.regionId;
    byId.set(row.regionId, name);
  }
  const collator = new Intl.Collator(locale);
  return [...byId].map(([id, name]) => ({ id, name })).sort((a, b) => collator.compare(a.name, b.name));
}

/** The row's scores are for an older revision than the roadmap's (the worker has not caught up yet). */
export function isReportBehind(row: Pick<OverviewRow, 'roadmapRevision' | 'reportRevision'>): boolean {
  return (
    row.roadmapRevision !== null && row.reportRevision !== null && row.reportRevision < row.roadmapRevision
  );
}
