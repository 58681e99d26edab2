import { queryString } from './query-string';

describe('queryString', () => {
  it('keeps defined, non-empty values, encoded', () => {
    expect(queryString({ q: 'умный город', kind: undefined, status: '', limit: 20 })).toBe(
      '?q=%D1%83%D0%BC%D0%BD%D1%8B%D0%B9+%D0%B3%D0%BE%D1%80%D0%BE%D0%B4&limit=20',
    );
  });

  it('is empty without values', () => {
    expect(queryString({})).toBe('');
    expect(queryString({ code: undefined })).toBe('');
  });
});
