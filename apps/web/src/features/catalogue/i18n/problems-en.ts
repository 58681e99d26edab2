import type { catalogueProblemsRu } from './problems-ru';

// Exactly the keys of ./problems-ru.ts: a missing or extra key is a type error.
export const catalogueProblemsEn: { readonly [K in keyof typeof catalogueProblemsRu]: string } = {
  'catalogueProblem.not-text': 'Must be text.',
  'catalogueProblem.too-long': 'At most {max} characters (has {actual}).',
  'catalogueProblem.required': 'Required.',
  'catalogueProblem.bad-code':
    'A code starts with a letter or digit and holds only letters, digits, spaces and . _ - :',
  'catalogueProblem.not-one-of': '“{value}” is not allowed; use one of: {allowed}.',
  'catalogueProblem.not-integer': 'Must be a whole number.',
  'catalogueProblem.out-of-range': 'Must be between {min} and {max}.',
  'catalogueProblem.not-yes-no': 'Enter yes or no.',
  'catalogueProblem.sources-not-text': 'Sources are text, one per line.',
  'catalogueProblem.source-not-text': 'Each source must be text.',
  'catalogueProblem.source-too-long': 'Each source is at most {max} characters.',
  'catalogueProblem.too-many-sources': 'At most {max} sources.',
  'catalogueProblem.title-required': 'A Russian or English title is required.',
  'catalogueProblem.applies-to-nobody':
    'A rule without a population bound and without regional capitals applies to nobody; leave both empty if the measure is for everyone.',
  'catalogueProblem.unknown-direction': 'Direction “{direction}” is not in the directions section.',
  'catalogueProblem.framework-row-count': 'The framework section needs exactly one row (has {count}).',
  'catalogueProblem.directions-required': 'At least one direction is required.',
  'catalogueProblem.wrong-item-section': 'A catalogue of kind “{kind}” cannot hold the “{section}” section.',
  'catalogueProblem.duplicate-code': 'Code “{code}” is already used in row {firstRow}.',
  'catalogueProblem.code-taken': 'This code is already used in this version.',
  'catalogueProblem.too-many-rows': 'Too many rows ({count}); at most {max} per file.',
  'catalogueProblem.invalid-json': 'The file is not valid JSON (parser: “{detail}”).',
  'catalogueProblem.json-not-object': 'The JSON file must hold an object with a "framework" key.',
  'catalogueProblem.bad-format-marker': '"format" must be "{expected}".',
  'catalogueProblem.unsupported-format-version':
    'Format version {version} is not supported; use {supported}.',
  'catalogueProblem.unknown-key': 'Unknown key “{key}”; allowed: {allowed}.',
  'catalogueProblem.section-not-array': 'Section “{section}” must be an array.',
  'catalogueProblem.entry-not-object': 'Each entry must be an object.',
  'catalogueProblem.unknown-column': 'Unknown column; allowed: {allowed}.',
  'catalogueProblem.duplicate-column': 'The column appears twice.',
  'catalogueProblem.cell-without-header': 'A value in a column without a header.',
  'catalogueProblem.duplicate-sheet': 'Two sheets are named “{sheet}”.',
  'catalogueProblem.empty-file': 'The file is empty.',
  'catalogueProblem.csv-stray-quote': 'Row {row}: a quote inside an unquoted value; quote the whole value.',
  'catalogueProblem.csv-unclosed-quote': 'Row {row}: a quoted value is never closed.',
  'catalogueProblem.record-column-missing':
    'The “{column}” column is required (framework, direction, measure or kpi on each row).',
  'catalogueProblem.unknown-record-type': 'Unknown record type “{value}”; allowed: {allowed}.',
  'catalogueProblem.too-many-cells': 'The row has {cells} values but the header has {columns} columns.',
  'catalogueProblem.column-not-applicable': 'Does not apply to a “{record}” record; leave it empty.',
  'catalogueProblem.not-utf8': 'The file is not UTF-8 text: save it as UTF-8.',
  'catalogueProblem.unreadable-workbook': 'The XLSX workbook cannot be read (reason: “{detail}”).',
  'catalogueProblem.framework-kind-mismatch':
    'Catalogue {code} is of kind “{existingKind}”; the file is “{kind}”.',
} as const;
