/**
 * RFC 4180 CSV: quoted fields may hold the delimiter, quotes ("" escapes one) and line breaks. Records end at
 * CRLF, LF or CR outside quotes. Pure and dependency-free so the browser and the worker read files alike.
 */

import { catalogueProblem, type CatalogueProblem } from './catalogue-problems';

export type CsvRecord = {
  /** 1-based record number, as a spreadsheet numbers rows. */ row: number;
  cells: string[];
};

export class CsvSyntaxError extends Error {
  readonly problem: CatalogueProblem;

  constructor(
    readonly row: number,
    code: 'csv-stray-quote' | 'csv-unclosed-quote',
  ) {
    const problem = catalogueProblem(code, { row });
    super(problem.reason);
    this.problem = problem;
  }
}

/** Chooses `;` when the header has semicolons and no commas (Russian-locale Excel saves CSV that way). */
export function detectDelimiter(text: string): ',' | ';' {
  const end = text.search(/\r|\n/);
  const header = end === -1 ? text : text.slice(0, end);
  return header.includes(';') && !header.includes(',') ? ';' : ',';
}

export function parseCsv(input: string, delimiter: ',' | ';' = detectDelimiter(input)): CsvRecord[] {
  const text = input.charCodeAt(0) === 0xfeff ? input.slice(1) : input;
  const n = text.length;
  const records: CsvRecord[] = [];
  let cells: string[] = [];
  let row = 1;
  // Index of the first delimiter or line break at or after `from` (or n).
  const fieldEnd = (from: number) => {
    let j = from;
    while (j < n) {
      const ch = text[j];
      if (ch === delimiter || ch === '\n' || ch === '\r') break;
      if (ch === '"') {
        throw new CsvSyntaxError(row, 'csv-stray-quote');
      }
      j += 1;
    }
    return j;
  };
  let i = 0;
  while (i < n) {
    if (text[i] === '"') {
      let value = '';
      let from = i + 1;
      for (;;) {
        const q = text.indexOf('"', from);
        if (q === -1) throw new CsvSyntaxError(row, 'csv-unclosed-quote');
        if (text[q + 1] === '"') {
          value += text.slice(from, q + 1);
          from = q + 2;
        } else {
          value += text.slice(from, q);
          i = q + 1;
          break;
        }
      }
      const j = fieldEnd(i);
      cells.push(value + text.slice(i, j));
      i = j;
    } else {
      const j = fieldEnd(i);
      cells.push(text.slice(i, j));
      i = j;
    }
    if (i < n && text[i] === delimiter) {
      i += 1;
      // A delimiter at the very end leaves one last empty field.
      if (i === n) cells.push('');
      else continue;
    } else if (i < n) {
      i += text[i] === '\r' && text[i + 1] === '\n' ? 2 : 1;
    }
    records.push({ row, cells });
    cells = [];
    row += 1;
  }
  return records;
}

function quote(value: string, delimiter: string): string {
  return /["\r\n]/.test(value) || value.includes(delimiter) || /^\s|\s$/.test(value)
    ? `"${value.replace(/"/g, '""')}"`
    : value;
}

/** Serializes rows with CRLF line ends (RFC 4180), quoting only where needed. */
export function toCsv(rows: readonly (readonly string[])[], delimiter: ',' | ';' = ','): string {
  return rows.map((cells) => cells.map((c) => quote(c, delimiter)).join(delimiter)).join('\r\n') + '\r\n';
}
