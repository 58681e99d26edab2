import { acceptAttribute, byteSize, extensionOf, isHttpUrl, uploadProblem } from './evidence-upload';

const limits = { maxBytes: 20 * 1024 * 1024, extensions: ['pdf', 'png', 'jpg', 'jpeg', 'docx', 'txt'] };

describe('evidence uploads', () => {
  it('reads the extension case-insensitively from the last dot', () => {
    expect(extensionOf('Акт.приёмки.PDF')).toBe('pdf');
    expect(extensionOf('README')).toBe('');
    expect(extensionOf('.bashrc')).toBe('');
    expect(extensionOf('name.')).toBe('');
  });

  it('accepts an allowed file within the limit', () => {
    expect(uploadProblem({ name: 'plan.docx', size: 20 * 1024 * 1024 }, limits)).toBeNull();
  });

  it('refuses a file over the limit, saying both sizes', () => {
    expect(uploadProblem({ name: 'scan.pdf', size: 20 * 1024 * 1024 + 1 }, limits)).toEqual({
      kind: 'too-large',
      sizeBytes: 20 * 1024 * 1024 + 1,
      maxBytes: 20 * 1024 * 1024,
    });
  });

  it('refuses a type the API does not take, and an empty file', () => {
    expect(uploadProblem({ name: 'setup.exe', size: 10 }, limits)).toEqual({
      kind: 'type',
      extension: 'exe',
    });
    expect(uploadProblem({ name: 'notes', size: 10 }, limits)).toEqual({ kind: 'type', extension: '' });
    expect(uploadProblem({ name: 'empty.txt', size: 0 }, limits)).toEqual({ kind: 'empty' });
  });

  it('shows sizes in binary units with the locale’s decimal mark', () => {
    expect(byteSize(512, 'ru-RU')).toEqual({ unit: 'bytes', value: '512' });
    expect(byteSize(1536, 'ru-RU')).toEqual({ unit: 'kilobytes', value: '1,5' });
    expect(byteSize(20 * 1024 * 1024, 'en-GB')).toEqual({ unit: 'megabytes', value: '20' });
  });

  it('builds the file input’s accept list and checks link addresses', () => {
    expect(acceptAttribute(['pdf', 'png'])).toBe('.pdf,.png');
    expect(isHttpUrl('https://example.org/report')).toBe(true);
    expect(isHttpUrl('http://intranet/doc')).toBe(true);
    expect(isHttpUrl('ftp://example.org/file')).toBe(false);
    expect(isHttpUrl('javascript:alert(1)')).toBe(false);
    expect(isHttpUrl('example.org')).toBe(false);
  });
});
