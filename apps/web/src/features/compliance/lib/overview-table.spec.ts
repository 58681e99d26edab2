import type { OverviewRow } from './overview-table';
import { isReportBehind, nextSort, parseSortKey, regionsOfRows, sortRows } from './overview-table';

function row(
  overrides: Partial<OverviewRow> & Pick<OverviewRow, 'municipalityId' | 'municipalityNameRu'>,
): OverviewRow {
  return {
    municipalityNameEn: overrides.municipalityNameRu,
    regionId: 'r1',
    regionNameRu: 'Калужская область',
    regionNameEn: 'Kaluga Region',
    population: 100_000,
    populationGroup: 'big',
    isRegionalCapital: false,
    roadmapId: `${overrides.municipalityId}-roadmap`,
    roadmapTitle: 'Дорожная карта',
    roadmapStatus: 'draft',
    roadmapRevision: 1,
    reportRevision: 1,
    score: 50,
    directionScores: {},
    errorCount: 0,
    warningCount: 0,
    computedAt: '2026-11-22T00:00:00.000Z',
    ...overrides,
  };
}

const kaluga = row({
  municipalityId: 'k',
  municipalityNameRu: 'Калуга',
  populationGroup: 'large',
  score: 80,
  errorCount: 1,
  directionScores: { GU: 90, TR: null },
});
const obninsk = row({
  municipalityId: 'o',
  municipalityNameRu: 'Обнинск',
  score: 40,
  errorCount: 5,
  directionScores: { GU: 30, TR: 70 },
});
const kostroma = row({
  municipalityId: 's',
  municipalityNameRu: 'Кострома',
  regionId: 'r2',
  regionNameRu: 'Костромская область',
  regionNameEn: 'Kostroma Region',
  populationGroup: 'large',
  score: null,
  errorCount: null,
  roadmapId: null,
});
const rows = [kostroma, obninsk, kaluga];
const names = (sorted: OverviewRow[]) => sorted.map((r) => r.municipalityNameRu);

describe('sortRows', () => {
  it('sorts by score, worst first, with rows without a score last in either direction', () => {
    expect(names(sortRows(rows, { key: 'score', direction: 'ascending' }, 'ru'))).toEqual([
      'Обнинск',
      'Калуга',
      'Кострома',
    ]);
    expect(names(sortRows(rows, { key: 'score', direction: 'descending' }, 'ru'))).toEqual([
      'Калуга',
      'Обнинск',
      'Кострома',
    ]);
  });

  it('sorts names with the locale’s collation', () => {
    expect(names(sortRows(rows, { key: 'municipality', direction: 'ascending' }, 'ru'))).toEqual([
      'Калуга',
      'Кострома',
      'Обнинск',
    ]);
  });

  it('sorts by a direction’s score, ties and missing values by name', () => {
    expect(names(sortRows(rows, { key: 'direction:GU', direction: 'descending' }, 'ru'))).toEqual([
      'Калуга',
      'Обнинск',
      'Кострома',
    ]);
    expect(names(sortRows(rows, { key: 'direction:TR', direction: 'ascending' }, 'ru'))).toEqual([
      'Обнинск',
      'Калуга',
      'Кострома',
    ]);
  });

  it('sorts population groups largest first and regions by name', () => {
    expect(names(sortRows(rows, { key: 'populationGroup', direction: 'ascending' }, 'ru'))).toEqual([
      'Калуга',
      'Кострома',
      'Обнинск',
    ]);
    expect(names(sortRows(rows, { key: 'region', direction: 'descending' }, 'en'))).toEqual([
      'Кострома',
      'Калуга',
      'Обнинск',
    ]);
  });

  it('does not change its input', () => {
    const copy = [...rows];
    sortRows(rows, { key: 'errors', direction: 'descending' }, 'ru');
    expect(rows).toEqual(copy);
  });
});

describe('nextSort', () => {
  it('flips the direction of the same column and starts a new one in its natural order', () => {
    expect(nextSort({ key: 'score', direction: 'ascending' }, 'score')).toEqual({
      key: 'score',
      direction: 'descending',
    });
    expect(nextSort({ key: 'score', direction: 'ascending' }, 'errors')).toEqual({
      key: 'errors',
      direction: 'descending',
    });
    expect(nextSort({ key: 'errors', direction: 'descending' }, 'municipality')).toEqual({
      key: 'municipality',
      direction: 'ascending',
    });
  });
});

describe('parseSortKey', () => {
  it('accepts known columns and direction columns, nothing else', () => {
    expect(parseSortKey('score')).toBe('score');
    expect(parseSortKey('direction:GU')).toBe('direction:GU');
    expect(parseSortKey('direction:')).toBeNull();
    expect(parseSortKey('drop table')).toBeNull();
    expect(parseSortKey(null)).toBeNull();
  });
});

describe('regionsOfRows', () => {
  it('lists each region once, by name', () => {
    expect(regionsOfRows(rows, 'en')).toEqual([
      { id: 'r1', name: 'Kaluga Region' },
      { id: 'r2', name: 'Kostroma Region' },
    ]);
  });
});

describe('isReportBehind', () => {
  it('is true only while the report is for an older revision than the roadmap', () => {
    expect(isReportBehind({ roadmapRevision: 5, reportRevision: 4 })).toBe(true);
    expect(isReportBehind({ roadmapRevision: 5, reportRevision: 5 })).toBe(false);
    expect(isReportBehind({ roadmapRevision: 5, reportRevision: null })).toBe(false);
    expect(isReportBehind({ roadmapRevision: null, reportRevision: null })).toBe(false);
  });
});
