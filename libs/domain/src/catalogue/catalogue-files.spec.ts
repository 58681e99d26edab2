import fc from 'fast-check';

import type { CatalogueDocument, KpiRecord, MeasureRecord } from './catalogue-document';
import {
  catalogueToCsv,
  catalogueToJson,
  catalogueTablesFromCsv,
  catalogueTablesFromJson,
  catalogueTablesFromSheets,
} from './catalogue-files';
import { ITEM_PROVENANCES, KPI_POLARITIES, KPI_TIERS, MEASURE_KINDS } from './catalogue-kinds';
import { validateCatalogueTables } from './catalogue-validation';

const text = (max = 40) =>
  fc
    .string({ unit: fc.constantFrom('a', 'Б', ' ', ',', ';', '"', '\n', '«', '1'), maxLength: max })
    .map((s) => s.trim())
    .filter((s) => s !== '' && !/\n\s|\s\n/.test(s));
const optionalText = fc.option(text(), { nil: null });
const code = fc.stringMatching(/^[A-Z][A-Z0-9_-]{0,8}$/);
const sources = fc.array(fc.webUrl(), { maxLength: 3 });

const measures = (directions: string[]) =>
  fc.record<MeasureRecord>({
    code,
    officialNumber: fc.option(fc.stringMatching(/^[0-9]{1,2}(\.[0-9]{1,2})?$/), { nil: null }),
    directionCode: fc.constantFrom(...directions),
    kind: fc.constantFrom(...MEASURE_KINDS),
    titleRu: text(),
    titleEn: optionalText,
    descriptionRu: optionalText,
    descriptionEn: optionalText,
    deadlineYear: fc.option(fc.integer({ min: 2000, max: 2100 }), { nil: null }),
    applicability: fc.option(
      fc.oneof(
        fc.record({ minPopulation: fc.integer({ min: 0, max: 5_000_000 }), regionalCapitals: fc.boolean() }),
        fc.constant({ minPopulation: null, regionalCapitals: true }),
      ),
      { nil: null },
    ),
    provenance: fc.constantFrom(...ITEM_PROVENANCES),
    provenanceNote: optionalText,
    sources,
  });

const kpis = (directions: string[]) =>
  fc.record<KpiRecord>({
    code,
    directionCode: fc.constantFrom(...directions),
    subDimension: optionalText,
    category: optionalText,
    titleRu: optionalText,
    titleEn: text(),
    descriptionRu: optionalText,
    descriptionEn: optionalText,
    unit: optionalText,
    tier: fc.option(fc.constantFrom(...KPI_TIERS), { nil: null }),
    better: fc.option(fc.constantFrom(...KPI_POLARITIES), { nil: null }),
    provenance: fc.constantFrom(...ITEM_PROVENANCES),
    provenanceNote: optionalText,
    sources,
  });

const documents: fc.Arbitrary<CatalogueDocument> = fc
  .tuple(
    fc.uniqueArray(code, { minLength: 1, maxLength: 4 }),
    fc.constantFrom('measures' as const, 'kpis' as const),
  )
  .chain(([directionCodes, kind]) =>
    fc.record({
      framework: fc.record({
        code,
        edition: text(10),
        kind: fc.constant(kind),
        titleRu: text(),
        titleEn: optionalText,
        descriptionRu: optionalText,
        descriptionEn: optionalText,
        provenance: fc.record({
          status: fc.constantFrom('official' as const, 'partial' as const, 'reconstruction' as const),
          note: optionalText,
          sources,
        }),
      }),
      directions: fc
        .constant(directionCodes)
        .chain((codes) =>
          fc.tuple(
            ...codes.map((c) => fc.record({ code: fc.constant(c), titleRu: text(), titleEn: optionalText })),
          ),
        ),
      measures:
        kind === 'measures'
          ? fc.uniqueArray(measures(directionCodes), { selector: (m) => m.code, maxLength: 6 })
          : fc.constant([]),
      kpis:
        kind === 'kpis'
          ? fc.uniqueArray(kpis(directionCodes), { selector: (k) => k.code, maxLength: 6 })
          : fc.constant([]),
    }),
  );

const INTEGER_COLUMNS = new Set(['deadline_year', 'applies_min_population']);

/** What a spreadsheet application hands back: the CSV's cells, numbers where a cell holds a number. */
function sheetsFromCsv(csv: string) {
  const tables = catalogueTablesFromCsv(csv);
  const sheet = (name: 'framework' | 'directions' | 'measures' | 'kpis', columns: string[]) => ({
    name,
    rows: [
      { row: 1, cells: columns },
      ...(tables.sections[name] ?? []).map((r, i) => ({
        row: i + 2,
        cells: columns.map((c) => {
          const value = r.cells[c] as string;
          return INTEGER_COLUMNS.has(c) && value !== '' ? Number(value) : value;
        }),
      })),
    ],
  });
  return [tables, sheet] as const;
}

describe('export and import files', () => {
  it.each([
    ['JSON', (d: CatalogueDocument) => catalogueTablesFromJson(catalogueToJson(d))],
    ['CSV', (d: CatalogueDocument) => catalogueTablesFromCsv(catalogueToCsv(d))],
  ])('round-trips any document through %s exactly', (_, roundTrip) => {
    fc.assert(
      fc.property(documents, (document) => {
        const result = validateCatalogueTables(roundTrip(document));

        expect(result).toMatchObject({ ok: true });
        expect(result.ok && result.document).toEqual(document);
      }),
      { numRuns: 150 },
    );
  });

  it('reads worksheets with typed cells the same way', () => {
    fc.assert(
      fc.property(documents, (document) => {
        const [tables, sheet] = sheetsFromCsv(catalogueToCsv(document));
        const item = document.framework.kind === 'measures' ? 'measures' : 'kpis';
        const columns = (name: 'framework' | 'directions' | 'measures' | 'kpis') =>
          Object.keys(tables.sections[name]?.[0]?.cells ?? { code: '' });
        const sheets = [
          { name: 'Instructions', rows: [{ row: 1, cells: ['ignored'] }] },
          sheet('framework', columns('framework')),
          sheet('directions', columns('directions')),
          sheet(item, columns(item)),
        ];

        const result = validateCatalogueTables(catalogueTablesFromSheets(sheets));

        expect(result.ok && result.document).toEqual(document);
      }),
      { numRuns: 50 },
    );
  });

  it('writes a readable CSV with a record column and the columns of the kind', () => {
    const csv = catalogueToCsv({
      framework: {
        code: 'u4ssc',
        edition: '2017',
        kind: 'kpis',
        titleRu: null,
        titleEn: 'U4SSC KPIs',
        descriptionRu: null,
        descriptionEn: null,
        provenance: { status: 'partial', note: null, sources: ['https://a', 'https://b'] },
      },
      directions: [{ code: 'EC', titleRu: 'Экономика', titleEn: 'Economy' }],
      measures: [],
      kpis: [],
    });

    expect(csv.split('\r\n').slice(0, 3)).toEqual([
      'record,code,edition,kind,title_ru,title_en,description_ru,description_en,provenance,provenance_note,sources,direction,sub_dimension,category,unit,tier,better',
      'framework,u4ssc,2017,kpis,,U4SSC KPIs,,,partial,,"https://a\nhttps://b",,,,,,',
      'direction,EC,,,Экономика,Economy,,,,,,,,,,,',
    ]);
  });
});

describe('reading files', () => {
  it('names unknown JSON keys and columns', () => {
    const tables = catalogueTablesFromJson(
      JSON.stringify({ framework: { code: 'x', colour: 'red' }, directions: [], extras: [], measures: {} }),
    );

    expect(tables.errors).toEqual([
      expect.objectContaining({
        section: 'framework',
        row: 1,
        column: 'colour',
        code: 'unknown-column',
        reason: expect.stringMatching(/^unknown column/),
      }),
      expect.objectContaining({
        section: null,
        code: 'unknown-key',
        params: { key: 'extras', allowed: 'format, formatVersion, framework, directions, measures, kpis' },
        reason: expect.stringMatching(/^Unknown key "extras"/),
      }),
      {
        section: 'measures',
        row: null,
        column: null,
        code: 'section-not-array',
        params: { section: 'measures' },
        reason: '"measures" must be an array',
      },
    ]);
  });

  it('explains a file that is not JSON', () => {
    const [error] = catalogueTablesFromJson('{"framework": ').errors;

    expect(error).toMatchObject({ code: 'invalid-json', params: { detail: expect.any(String) } });
    expect(error?.reason).toMatch(/^The file is not valid JSON/);
  });

  it('refuses CSV cells in columns that do not apply to the row, and unknown record types', () => {
    const tables = catalogueTablesFromCsv(
      'record,code,title_ru,deadline_year\ndirection,GU,Управление,2024\nnote,x,,\n',
    );

    expect(tables.errors).toEqual([
      {
        section: 'directions',
        row: 2,
        column: 'deadline_year',
        code: 'column-not-applicable',
        params: { record: 'direction' },
        reason: 'does not apply to a direction row; leave it empty',
      },
      {
        section: null,
        row: 3,
        column: 'record',
        code: 'unknown-record-type',
        params: { allowed: 'framework, direction, measure, kpi', value: 'note' },
        reason: 'must be one of framework, direction, measure, kpi (got "note")',
      },
    ]);
  });

  it('refuses a CSV without the record column or with unknown columns', () => {
    expect(catalogueTablesFromCsv('code,colour\nx,red\n').errors.map((e) => [e.column, e.code])).toEqual([
      ['colour', 'unknown-column'],
      ['record', 'record-column-missing'],
    ]);
  });

  it('ignores blank rows and reports cells under no header', () => {
    const tables = catalogueTablesFromSheets([
      {
        name: 'Directions',
        rows: [
          { row: 1, cells: ['code', 'title_ru'] },
          { row: 2, cells: [null, '  '] },
          { row: 3, cells: ['GU', 'Управление', 'stray'] },
        ],
      },
    ]);

    expect(tables.sections.directions).toEqual([{ row: 3, cells: { code: 'GU', title_ru: 'Управление' } }]);
    expect(tables.errors).toEqual([
      {
        section: 'directions',
        row: 3,
        column: '#3',
        code: 'cell-without-header',
        params: {},
        reason: 'this cell is in a column without a header',
      },
    ]);
  });
});
