import { validateCatalogueTables } from '@smartcity/domain';
import ExcelJS from 'exceljs';

import { CatalogueFileCodec } from './catalogue-file-codec';
import { iqCitiesIndex, smartCityStandard2019, u4sscKpis } from './seed/bundled-catalogue';

describe(CatalogueFileCodec.name, () => {
  const codec = new CatalogueFileCodec();

  describe('detectFormat', () => {
    const zip = Buffer.from([0x50, 0x4b, 0x03, 0x04, 0]);

    it.each([
      ['standard.xlsx', zip, 'xlsx'],
      ['no-extension', zip, 'xlsx'],
      ['standard.json', Buffer.from('{"framework": {}}'), 'json'],
      ['standard.CSV', Buffer.from('record,code'), 'csv'],
      ['upload', Buffer.from('\ufeff  {"framework": {}}'), 'json'],
      ['upload', Buffer.from('record;code'), 'csv'],
    ])('reads %s as %s', (name, content, format) => {
      expect(codec.detectFormat(name, content)).toBe(format);
    });

    it.each([
      ['old.xls', Buffer.from([0xd0, 0xcf, 0x11, 0xe0]), /save the workbook as \.xlsx/],
      ['renamed.xlsx', Buffer.from('record,code'), /not an XLSX workbook/],
      ['scan.pdf', Buffer.from('%PDF-1.7'), /JSON, CSV or XLSX/],
    ])('refuses %s', (name, content, reason) => {
      expect(codec.detectFormat(name, content)).toEqual({ refused: expect.stringMatching(reason) });
    });
  });

  it.each([
    ['the standard', smartCityStandard2019],
    ['U4SSC', u4sscKpis],
    ['the IQ index', iqCitiesIndex],
  ])('writes %s as a workbook that reads back to the same document', async (_, load) => {
    const document = load();

    const file = await codec.write('xlsx', document);
    const result = validateCatalogueTables(await codec.read('xlsx', file.body));

    expect(file.contentType).toBe('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
    expect(result.ok && result.document).toEqual(document);
  });

  it('reads rich text, formulas and hyperlinks as their text', async () => {
    const book = new ExcelJS.Workbook();
    book.addWorksheet('framework').addRows([
      ['code', 'edition', 'kind', 'title_ru', 'provenance', 'sources'],
      [
        'std',
        { formula: '2018+1', result: 2019 },
        'measures',
        { richText: [{ text: 'Стандарт ' }, { text: '«Умный город»', font: { bold: true } }] },
        'official',
        { text: 'minstroyrf.gov.ru', hyperlink: 'https://minstroyrf.gov.ru' },
      ],
    ]);
    book.addWorksheet('directions').addRows([
      ['code', 'title_ru'],
      ['GU', 'Городское управление'],
    ]);
    book.addWorksheet('measures').addRows([['code', 'direction', 'kind', 'title_ru', 'provenance']]);

    const tables = await codec.read('xlsx', Buffer.from(await book.xlsx.writeBuffer()));
    const result = validateCatalogueTables(tables);

    expect(result.ok && result.document.framework).toMatchObject({
      edition: '2019',
      titleRu: 'Стандарт «Умный город»',
      provenance: { sources: ['minstroyrf.gov.ru'] },
    });
  });

  it('explains a CSV that is not UTF-8', async () => {
    const tables = await codec.read('csv', Buffer.from([0x72, 0x65, 0xff, 0xfe, 0x0a]));

    expect(tables.errors).toEqual([
      expect.objectContaining({ code: 'not-utf8', params: {}, reason: expect.stringMatching(/not UTF-8/) }),
    ]);
  });
});
