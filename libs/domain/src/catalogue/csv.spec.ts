import fc from 'fast-check';

import { CsvSyntaxError, detectDelimiter, parseCsv, toCsv } from './csv';

describe('parseCsv', () => {
  it('reads quoted fields holding delimiters, quotes and line breaks, numbering rows like a spreadsheet', () => {
    const text = 'a,b,c\r\n"x, y","he said ""hi""","two\nlines"\r\nlast,,\r\n';

    expect(parseCsv(text)).toEqual([
      { row: 1, cells: ['a', 'b', 'c'] },
      { row: 2, cells: ['x, y', 'he said "hi"', 'two\nlines'] },
      { row: 3, cells: ['last', '', ''] },
    ]);
  });

  it('drops a byte-order mark and accepts a last line without a line break', () => {
    expect(parseCsv('\ufeffa,b\n1,2')).toEqual([
      { row: 1, cells: ['a', 'b'] },
      { row: 2, cells: ['1', '2'] },
    ]);
  });

  it('keeps empty trailing fields', () => {
    expect(parseCsv('a,b,\r\n,,\n1,2,').map((r) => r.cells)).toEqual([
      ['a', 'b', ''],
      ['', '', ''],
      ['1', '2', ''],
    ]);
  });

  it('keeps an empty line as a record of one empty cell (callers skip blank rows)', () => {
    expect(parseCsv('a\n\nb\n').map((r) => r.cells)).toEqual([['a'], [''], ['b']]);
  });

  it('detects semicolon-separated files saved by Russian-locale Excel', () => {
    expect(detectDelimiter('код;название\n1;2')).toBe(';');
    expect(detectDelimiter('code,title;x\n')).toBe(',');
    expect(parseCsv('a;b\n"1;2";3\n')).toEqual([
      { row: 1, cells: ['a', 'b'] },
      { row: 2, cells: ['1;2', '3'] },
    ]);
  });

  it.each([
    ['a,"never closed\n', 1, /never closed/, 'csv-unclosed-quote'],
    ['a,b\nx"y,z\n', 2, /quote inside an unquoted field/, 'csv-stray-quote'],
  ])('refuses malformed quoting in %p, naming the row', (text, row, message, code) => {
    const attempt = () => parseCsv(text);

    expect(attempt).toThrow(CsvSyntaxError);
    expect(attempt).toThrow(message);
    try {
      attempt();
    } catch (error) {
      expect((error as CsvSyntaxError).row).toBe(row);
      expect((error as CsvSyntaxError).problem).toMatchObject({ code, params: { row } });
    }
  });
});

describe('toCsv', () => {
  it('quotes only cells that need it and ends lines with CRLF', () => {
    expect(toCsv([['a', 'b c', 'd,e', ' padded', 'q"q']])).toBe('a,b c,"d,e"," padded","q""q"\r\n');
  });

  it('round-trips any table through parseCsv', () => {
    const cell = fc.string({ unit: fc.constantFrom('a', 'я', ',', ';', '"', '\n', '\r', ' ', '1') });
    fc.assert(
      fc.property(
        fc
          .integer({ min: 1, max: 5 })
          .chain((width) =>
            fc.array(fc.array(cell, { minLength: width, maxLength: width }), { minLength: 1, maxLength: 6 }),
          ),
        (rows) => {
          // A one-column row with an empty cell is indistinguishable from a blank line; give it content.
          const table = rows.map((r) => (r.length === 1 && r[0] === '' ? ['x'] : r));

          expect(parseCsv(toCsv(table), ',').map((r) => r.cells)).toEqual(table);
        },
      ),
    );
  });
});
