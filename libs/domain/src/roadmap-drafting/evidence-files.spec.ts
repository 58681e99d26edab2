import { checkEvidenceFile, sanitizeFileName } from './evidence-files';

const bytes = (...parts: (string | number[] | Uint8Array)[]) =>
  Buffer.concat(parts.map((p) => (typeof p === 'string' ? Buffer.from(p, 'latin1') : Buffer.from(p))));
const zipEntry = (name: string) => bytes([0x50, 0x4b, 0x03, 0x04], 'x'.repeat(26), name);

describe('checkEvidenceFile', () => {
  it.each([
    ['report.pdf', bytes('%PDF-1.7\n'), 'pdf'],
    ['photo.PNG', bytes([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0]), 'png'],
    ['photo.jpg', bytes([0xff, 0xd8, 0xff, 0xe0]), 'jpeg'],
    ['act.docx', bytes(zipEntry('[Content_Types].xml'), 'word/document.xml'), 'docx'],
    ['plan.xlsx', bytes(zipEntry('[Content_Types].xml'), 'xl/workbook.xml'), 'xlsx'],
    ['memo.odt', zipEntry('mimetypeapplication/vnd.oasis.opendocument.text'), 'odt'],
    ['sheet.ods', zipEntry('mimetypeapplication/vnd.oasis.opendocument.spreadsheet'), 'ods'],
    ['notes.txt', Buffer.from('Заметки по проекту\n'), 'txt'],
  ])('accepts %s', (name, content, type) => {
    expect(checkEvidenceFile(name, content)).toEqual({ ok: true, type });
  });

  it.each([
    ['setup.exe', bytes('MZ'), /cannot be attached/],
    ['report.pdf', bytes('MZ\0\0'), /not a pdf file/],
    ['act.docx', bytes(zipEntry('[Content_Types].xml'), 'xl/workbook.xml'), /not a docx file/],
    ['memo.odt', zipEntry('mimetypeapplication/vnd.oasis.opendocument.spreadsheet'), /not a odt file/],
    ['notes.txt', bytes([0x41, 0, 0x42]), /not a txt file/],
    ['empty.pdf', Buffer.alloc(0), /empty/],
    ['noext', bytes('%PDF-'), /cannot be attached/],
  ])('refuses %s', (name, content, reason) => {
    const result = checkEvidenceFile(name, content);
    expect(result.ok).toBe(false);
    expect(!result.ok && result.reason).toMatch(reason);
  });
});

describe('sanitizeFileName', () => {
  it('drops paths and control characters and keeps the extension of long names', () => {
    expect(sanitizeFileName('../../etc/passwd')).toBe('passwd');
    expect(sanitizeFileName('C:\\Users\\a\\Акт "1".pdf')).toBe('Акт 1.pdf');
    expect(sanitizeFileName(`${'я'.repeat(300)}.pdf`)).toHaveLength(200);
    expect(sanitizeFileName(`${'я'.repeat(300)}.pdf`).endsWith('.pdf')).toBe(true);
  });
});
