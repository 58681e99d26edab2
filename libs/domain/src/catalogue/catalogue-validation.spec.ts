import type { CatalogueTables, CatalogueRawRow } from './catalogue-files';
import { catalogueProblem } from './catalogue-problems';
import { validateCatalogueInSteps, validateCatalogueTables } from './catalogue-validation';

const row = (n: number, cells: Record<string, unknown>): CatalogueRawRow => ({ row: n, cells });

const framework = {
  code: 'smart-city-standard',
  edition: '2019',
  kind: 'measures',
  title_ru: 'Стандарт «Умный город»',
  title_en: 'Smart City standard',
  provenance: 'official',
};
const measure = (code: string, extra: Record<string, unknown> = {}) => ({
  code,
  direction: 'TRANSPORT',
  kind: 'basic',
  title_ru: `Мероприятие ${code}`,
  provenance: 'confirmed',
  ...extra,
});

function tables(measures: Record<string, unknown>[], overrides: Partial<CatalogueTables['sections']> = {}) {
  return {
    errors: [],
    sections: {
      framework: [row(2, framework)],
      directions: [
        row(2, { code: 'GU', title_ru: 'Городское управление' }),
        row(3, { code: 'TRANSPORT', title_en: 'Transport' }),
      ],
      measures: measures.map((m, i) => row(i + 2, m)),
      ...overrides,
    },
  } satisfies CatalogueTables;
}

describe('validateCatalogueTables', () => {
  it('builds the document from valid rows, trimming text and reading typed cells', () => {
    const result = validateCatalogueTables(
      tables([
        measure(' M-1 ', {
          official_number: 1.2,
          deadline_year: '2024',
          applies_min_population: '100 000',
          applies_regional_capital: 'да',
          sources: 'https://a.example\n\n https://b.example ',
          kind: 'Базовое',
        }),
        measure('M-2', { kind: 'additional', direction: 'GU', deadline_year: 2030 }),
      ]),
    );

    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.rows).toBe(5);
    expect(result.document.framework).toMatchObject({ code: 'smart-city-standard', kind: 'measures' });
    expect(result.document.directions.map((d) => d.code)).toEqual(['GU', 'TRANSPORT']);
    expect(result.document.measures[0]).toEqual({
      code: 'M-1',
      officialNumber: '1.2',
      directionCode: 'TRANSPORT',
      kind: 'basic',
      titleRu: 'Мероприятие  M-1',
      titleEn: null,
      descriptionRu: null,
      descriptionEn: null,
      deadlineYear: 2024,
      applicability: { minPopulation: 100_000, regionalCapitals: true },
      provenance: 'confirmed',
      provenanceNote: null,
      sources: ['https://a.example', 'https://b.example'],
    });
    expect(result.document.measures[1]).toMatchObject({
      kind: 'additional',
      applicability: null,
      deadlineYear: 2030,
    });
  });

  it('reports every bad row with its column and reason, and returns no document', () => {
    const result = validateCatalogueTables(
      tables([
        measure('M-1'),
        measure('M-2', { kind: 'mandatory' }),
        measure('M-3'),
        measure('M-4', { direction: 'SPACE', deadline_year: 'soon' }),
        measure('M-5', { title_ru: '' }),
      ]),
    );

    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors).toEqual([
      {
        section: 'measures',
        row: 3,
        column: 'kind',
        code: 'not-one-of',
        params: { allowed: 'basic, additional', value: 'mandatory' },
        reason: 'must be one of basic, additional (got "mandatory")',
      },
      {
        section: 'measures',
        row: 5,
        column: 'deadline_year',
        code: 'not-integer',
        params: {},
        reason: 'must be a whole number',
      },
      {
        section: 'measures',
        row: 5,
        column: 'direction',
        code: 'unknown-direction',
        params: { direction: 'SPACE' },
        reason: 'direction "SPACE" is not in the directions section',
      },
      {
        section: 'measures',
        row: 6,
        column: 'title_ru',
        code: 'title-required',
        params: {},
        reason: 'title_ru or title_en is required',
      },
    ]);
  });

  it('refuses duplicate codes, pointing at the first use', () => {
    const result = validateCatalogueTables(tables([measure('M-1'), measure('M-1')]));

    expect(result).toMatchObject({
      ok: false,
      errors: [
        {
          section: 'measures',
          row: 3,
          column: 'code',
          code: 'duplicate-code',
          params: { code: 'M-1', firstRow: 2 },
          reason: 'code "M-1" is already used in row 2',
        },
      ],
    });
  });

  it('refuses KPI rows in a measures framework and a missing framework row', () => {
    const withKpis = validateCatalogueTables(
      tables([measure('M-1')], { kpis: [row(2, { code: 'K', direction: 'GU', provenance: 'confirmed' })] }),
    );
    const headless = validateCatalogueTables(tables([measure('M-1')], { framework: [] }));

    expect(withKpis).toMatchObject({
      ok: false,
      errors: [
        {
          section: 'kpis',
          row: 2,
          column: null,
          code: 'wrong-item-section',
          params: { kind: 'measures', section: 'kpis' },
          reason: 'a measures framework cannot hold KPIs',
        },
      ],
    });
    expect(headless).toMatchObject({
      ok: false,
      errors: [
        {
          section: 'framework',
          code: 'framework-row-count',
          params: { count: 0 },
          reason: 'the framework section needs exactly one row (found 0)',
        },
      ],
    });
  });

  it.each([
    [{ applies_regional_capital: 'no' }, 'applies_regional_capital', 'applies-to-nobody', {}, /to nobody/],
    [
      { applies_min_population: -5 },
      'applies_min_population',
      'out-of-range',
      { min: 0, max: 100_000_000 },
      /between 0 and/,
    ],
    [{ applies_regional_capital: 'maybe' }, 'applies_regional_capital', 'not-yes-no', {}, /yes or no/],
    [{ code: 'has/slash' }, 'code', 'bad-code', {}, /letters, digits/],
    [{ sources: ['ok', 42] }, 'sources', 'source-not-text', {}, /each source must be text/],
    [{ sources: 42 }, 'sources', 'sources-not-text', {}, /one source per line/],
    [{ title_en: 'x'.repeat(1001) }, 'title_en', 'too-long', { max: 1000, actual: 1001 }, /at most 1000/],
    [{ provenance: undefined }, 'provenance', 'required', {}, /is required/],
    [{ title_ru: { text: 'x' } }, 'title_ru', 'not-text', {}, /must be text/],
  ])('explains a bad cell %j', (cells, column, code, params, reason) => {
    const result = validateCatalogueTables(tables([measure('M-1', cells)]));

    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors).toEqual([
      expect.objectContaining({ column, code, params, reason: expect.stringMatching(reason) }),
    ]);
  });

  it('reports only the reading problems of a file that could not be read', () => {
    const unreadable = {
      sections: {},
      errors: [
        {
          section: null,
          row: 1,
          column: 'colour',
          ...catalogueProblem('unknown-column', { allowed: 'code, title_ru' }),
        },
      ],
    };

    expect(validateCatalogueTables(unreadable)).toEqual({ ok: false, errors: unreadable.errors, rows: 0 });
  });

  it('yields progress in chunks and ends at the total', () => {
    const many = Array.from({ length: 1200 }, (_, i) => measure(`M-${i}`));
    const steps = validateCatalogueInSteps(tables(many), 500);
    const progress: number[] = [];
    let step = steps.next();
    while (!step.done) {
      progress.push(step.value.processed);
      step = steps.next();
    }

    expect(step.value.ok).toBe(true);
    expect(progress).toEqual([3, 503, 1003, 1203]);
  });
});
