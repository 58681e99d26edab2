/**
 * Every problem the catalogue can find in an import file or a draft edit, as a stable machine code with typed
 * params, plus an English `reason` for logs and API clients. Interfaces translate the code; the reason is never
 * shown to a user in another language.
 *
 * Durable: codes are stored with import results (catalogue_imports.errors) and read by API clients. Never rename
 * a code or a param; add new ones.
 */
type NoParams = Record<never, never>;

export type CatalogueProblemParamsByCode = {
  /** A cell holds something other than text (e.g. a JSON object). */
  'not-text': NoParams;
  'too-long': { max: number; actual: number };
  required: NoParams;
  /** A code breaks CATALOGUE_CODE_PATTERN. */
  'bad-code': NoParams;
  /** `allowed` is the comma-separated list of accepted values; `value` is what the cell holds. */
  'not-one-of': { allowed: string; value: string };
  'not-integer': NoParams;
  'out-of-range': { min: number; max: number };
  'not-yes-no': NoParams;
  'sources-not-text': NoParams;
  'source-not-text': NoParams;
  'source-too-long': { max: number };
  'too-many-sources': { max: number };
  /** Neither title_ru nor title_en (titleRu / titleEn in the API) is given. */
  'title-required': NoParams;
  /** An applicability rule without a population bound and without regional capitals. */
  'applies-to-nobody': NoParams;
  /** An item names a direction code the version (or file) does not have. */
  'unknown-direction': { direction: string };
  /** The framework section holds `count` rows instead of one. */
  'framework-row-count': { count: number };
  'directions-required': NoParams;
  /** Rows of `section` (measures | kpis) in a framework of another `kind`. */
  'wrong-item-section': { kind: string; section: string };
  'duplicate-code': { code: string; firstRow: number };
  /** A code already used in the draft version (API edits). */
  'code-taken': NoParams;
  'too-many-rows': { count: number; max: number };
  'invalid-json': { detail: string };
  'json-not-object': NoParams;
  'bad-format-marker': { expected: string };
  'unsupported-format-version': { version: string; supported: number };
  'unknown-key': { key: string; allowed: string };
  'section-not-array': { section: string };
  'entry-not-object': NoParams;
  'unknown-column': { allowed: string };
  'duplicate-column': NoParams;
  'cell-without-header': NoParams;
  'duplicate-sheet': { sheet: string };
  'empty-file': NoParams;
  'csv-stray-quote': { row: number };
  'csv-unclosed-quote': { row: number };
  'record-column-missing': { column: string };
  'unknown-record-type': { allowed: string; value: string };
  'too-many-cells': { cells: number; columns: number };
  /** A CSV cell in a column that belongs to another record type; `record` is the row's type. */
  'column-not-applicable': { record: string };
  'not-utf8': NoParams;
  'unreadable-workbook': { detail: string };
  /** The file's framework code already exists with another kind. */
  'framework-kind-mismatch': { code: string; existingKind: string; kind: string };
};

export type CatalogueProblemCode = keyof CatalogueProblemParamsByCode;
export type CatalogueProblemParamValue = string | number;

/** A problem: its code, the params its message needs, and the English reason. */
export type CatalogueProblem = {
  [C in CatalogueProblemCode]: { code: C; params: CatalogueProblemParamsByCode[C]; reason: string };
}[CatalogueProblemCode];

const REASONS: { [C in CatalogueProblemCode]: (p: CatalogueProblemParamsByCode[C]) => string } = {
  'not-text': () => 'must be text',
  'too-long': (p) => `must be at most ${p.max} characters (has ${p.actual})`,
  required: () => 'is required',
  'bad-code': () => 'must start with a letter or digit and hold only letters, digits, . _ - : and spaces',
  'not-one-of': (p) => `must be one of ${p.allowed} (got "${p.value}")`,
  'not-integer': () => 'must be a whole number',
  'out-of-range': (p) => `must be between ${p.min} and ${p.max}`,
  'not-yes-no': () => 'must be yes or no',
  'sources-not-text': () => 'must be text with one source per line',
  'source-not-text': () => 'each source must be text',
  'source-too-long': (p) => `each source must be at most ${p.max} characters`,
  'too-many-sources': (p) => `at most ${p.max} sources`,
  'title-required': () => 'title_ru or title_en is required',
  'applies-to-nobody': () =>
    '"no" without applies_min_population applies the measure to nobody; leave both empty for every participant',
  'unknown-direction': (p) => `direction "${p.direction}" is not in the directions section`,
  'framework-row-count': (p) => `the framework section needs exactly one row (found ${p.count})`,
  'directions-required': () => 'at least one direction is required',
  'wrong-item-section': (p) =>
    `a ${p.kind} framework cannot hold ${p.section === 'kpis' ? 'KPIs' : 'measures'}`,
  'duplicate-code': (p) => `code "${p.code}" is already used in row ${p.firstRow}`,
  'code-taken': () => 'code is already used in this version',
  'too-many-rows': (p) => `too many rows (${p.count}); at most ${p.max} per file`,
  'invalid-json': (p) => `The file is not valid JSON: ${p.detail}`,
  'json-not-object': () => 'The JSON file must hold an object with a "framework" key',
  'bad-format-marker': (p) => `"format" must be "${p.expected}"`,
  'unsupported-format-version': (p) => `"formatVersion" ${p.version} is not supported; use ${p.supported}`,
  'unknown-key': (p) => `Unknown key "${p.key}"; expected ${p.allowed}`,
  'section-not-array': (p) => `"${p.section}" must be an array`,
  'entry-not-object': () => 'each entry must be an object',
  'unknown-column': (p) => `unknown column; expected ${p.allowed}`,
  'duplicate-column': () => 'the column appears twice',
  'cell-without-header': () => 'this cell is in a column without a header',
  'duplicate-sheet': (p) => `two sheets are named ${p.sheet}`,
  'empty-file': () => 'The CSV file is empty',
  'csv-stray-quote': (p) => `row ${p.row}: a quote inside an unquoted field; quote the whole field`,
  'csv-unclosed-quote': (p) => `row ${p.row}: a quoted field is never closed`,
  'record-column-missing': (p) =>
    `the "${p.column}" column is required (framework, direction, measure or kpi on each row)`,
  'unknown-record-type': (p) => `must be one of ${p.allowed} (got "${p.value}")`,
  'too-many-cells': (p) => `the row has ${p.cells} cells but the header has ${p.columns}`,
  'column-not-applicable': (p) => `does not apply to a ${p.record} row; leave it empty`,
  'not-utf8': () => 'The file is not UTF-8 text: save it with UTF-8 encoding',
  'unreadable-workbook': (p) => `The workbook cannot be read: ${p.detail}`,
  'framework-kind-mismatch': (p) => `framework ${p.code} holds ${p.existingKind}; this file holds ${p.kind}`,
};

/** Every code, for exhaustiveness checks (e.g. that each one has a translation). */
export const CATALOGUE_PROBLEM_CODES = Object.keys(REASONS) as CatalogueProblemCode[];

const NO_PARAMS: NoParams = {};

/** The param names each code's params carry (the names a translated message may use). */
export const CATALOGUE_PROBLEM_PARAM_NAMES: { [C in CatalogueProblemCode]: readonly string[] } = {
  'not-text': [],
  'too-long': ['max', 'actual'],
  required: [],
  'bad-code': [],
  'not-one-of': ['allowed', 'value'],
  'not-integer': [],
  'out-of-range': ['min', 'max'],
  'not-yes-no': [],
  'sources-not-text': [],
  'source-not-text': [],
  'source-too-long': ['max'],
  'too-many-sources': ['max'],
  'title-required': [],
  'applies-to-nobody': [],
  'unknown-direction': ['direction'],
  'framework-row-count': ['count'],
  'directions-required': [],
  'wrong-item-section': ['kind', 'section'],
  'duplicate-code': ['code', 'firstRow'],
  'code-taken': [],
  'too-many-rows': ['count', 'max'],
  'invalid-json': ['detail'],
  'json-not-object': [],
  'bad-format-marker': ['expected'],
  'unsupported-format-version': ['version', 'supported'],
  'unknown-key': ['key', 'allowed'],
  'section-not-array': ['section'],
  'entry-not-object': [],
  'unknown-column': ['allowed'],
  'duplicate-column': [],
  'cell-without-header': [],
  'duplicate-sheet': ['sheet'],
  'empty-file': [],
  'csv-stray-quote': ['row'],
  'csv-unclosed-quote': ['row'],
  'record-column-missing': ['column'],
  'unknown-record-type': ['allowed', 'value'],
  'too-many-cells': ['cells', 'columns'],
  'column-not-applicable': ['record'],
  'not-utf8': [],
  'unreadable-workbook': ['detail'],
  'framework-kind-mismatch': ['code', 'existingKind', 'kind'],
};

type ParamlessCode = {
  [C in CatalogueProblemCode]: keyof CatalogueProblemParamsByCode[C] extends never ? C : never;
}[CatalogueProblemCode];

/** Builds a problem with its English reason: `catalogueProblem('too-long', { max: 500, actual: 612 })`. */
export function catalogueProblem<C extends ParamlessCode>(code: C): CatalogueProblem;
export function catalogueProblem<C extends CatalogueProblemCode>(
  code: C,
  params: CatalogueProblemParamsByCode[C],
): CatalogueProblem;
export function catalogueProblem<C extends CatalogueProblemCode>(
  code: C,
  params: CatalogueProblemParamsByCode[C] = NO_PARAMS as CatalogueProblemParamsByCode[C],
): CatalogueProblem {
  const reason = (REASONS[code] as (p: CatalogueProblemParamsByCode[C]) => string)(params);
  return { code, params, reason } as CatalogueProblem;
}

export function isCatalogueProblemCode(value: unknown): value is CatalogueProblemCode {
  return typeof value === 'string' && Object.prototype.hasOwnProperty.call(REASONS, value);
}
