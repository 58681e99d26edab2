import type { CatalogueDocument, MeasureRecord } from './catalogue-document';
import { CatalogueKindMismatchError, diffCatalogues } from './catalogue-diff';

const measure = (code: string, overrides: Partial<MeasureRecord> = {}): MeasureRecord => ({
  code,
  officialNumber: null,
  directionCode: 'GU',
  kind: 'basic',
  titleRu: `Мероприятие ${code}`,
  titleEn: `Measure ${code}`,
  descriptionRu: null,
  descriptionEn: null,
  deadlineYear: 2024,
  applicability: { minPopulation: 100_000, regionalCapitals: true },
  provenance: 'reconstructed',
  provenanceNote: null,
  sources: [],
  ...overrides,
});

const standard = (measures: MeasureRecord[], edition = '2019'): CatalogueDocument => ({
  framework: {
    code: 'smart-city-standard',
    edition,
    kind: 'measures',
    titleRu: 'Стандарт',
    titleEn: 'Standard',
    descriptionRu: null,
    descriptionEn: null,
    provenance: { status: 'reconstruction', note: null, sources: [] },
  },
  directions: [
    { code: 'GU', titleRu: 'Городское управление', titleEn: 'City governance' },
    { code: 'TRANSPORT', titleRu: 'Транспорт', titleEn: 'Transport' },
  ],
  measures,
  kpis: [],
});

describe('diffCatalogues', () => {
  it('lists added, removed, reworded, moved and re-kinded measures', () => {
    const before = standard([measure('A'), measure('B'), measure('C'), measure('D'), measure('E')]);
    const after = standard(
      [
        measure('A'),
        measure('B', { titleRu: 'Новая формулировка' }),
        measure('C', { directionCode: 'TRANSPORT' }),
        measure('D', { kind: 'additional', applicability: null }),
        measure('F'),
      ],
      '2022',
    );

    const diff = diffCatalogues(before, after);

    expect(diff.framework).toEqual([{ field: 'edition', before: '2019', after: '2022' }]);
    expect(diff.items.added.map((i) => i.code)).toEqual(['F']);
    expect(diff.items.removed.map((i) => i.code)).toEqual(['E']);
    expect(diff.items.changed).toEqual([
      expect.objectContaining({
        code: 'B',
        reworded: true,
        moved: false,
        kindChanged: false,
        changes: [{ field: 'title_ru', before: 'Мероприятие B', after: 'Новая формулировка' }],
      }),
      expect.objectContaining({
        code: 'C',
        moved: true,
        reworded: false,
        changes: [{ field: 'direction', before: 'GU', after: 'TRANSPORT' }],
      }),
      expect.objectContaining({
        code: 'D',
        kindChanged: true,
        changes: [
          { field: 'kind', before: 'basic', after: 'additional' },
          { field: 'applies_min_population', before: '100000', after: '' },
          { field: 'applies_regional_capital', before: 'yes', after: '' },
        ],
      }),
    ]);
    expect(diff.summary).toEqual({
      added: 1,
      removed: 1,
      changed: 3,
      reworded: 1,
      moved: 1,
      kindChanged: 1,
      unchanged: 1,
    });
  });

  it('reports directions added, removed and renamed', () => {
    const after = standard([]);
    after.directions = [
      { code: 'GU', titleRu: 'Управление городом', titleEn: 'City governance' },
      { code: 'COMMS', titleRu: 'Связь', titleEn: null },
    ];

    const diff = diffCatalogues(standard([]), after);

    expect(diff.directions).toEqual({
      added: [{ code: 'COMMS', titleRu: 'Связь', titleEn: null }],
      removed: [{ code: 'TRANSPORT', titleRu: 'Транспорт', titleEn: 'Transport' }],
      changed: [
        {
          code: 'GU',
          changes: [{ field: 'title_ru', before: 'Городское управление', after: 'Управление городом' }],
        },
      ],
    });
  });

  it('treats everything as added when there is no previous version', () => {
    const diff = diffCatalogues(null, standard([measure('A'), measure('B')]));

    expect(diff.summary).toMatchObject({ added: 2, removed: 0, changed: 0, unchanged: 0 });
    expect(diff.directions.added).toHaveLength(2);
  });

  it('finds no change between identical versions, whatever their order', () => {
    const diff = diffCatalogues(
      standard([measure('A'), measure('B')]),
      standard([measure('B'), measure('A')]),
    );

    expect(diff.summary).toMatchObject({ added: 0, removed: 0, changed: 0, unchanged: 2 });
  });

  it('refuses to compare a measures framework with a KPI framework', () => {
    const kpis = standard([]);
    kpis.framework = { ...kpis.framework, kind: 'kpis' };

    expect(() => diffCatalogues(standard([]), kpis)).toThrow(CatalogueKindMismatchError);
  });
});
