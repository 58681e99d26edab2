import { extractMentionedUserIds } from './mentions';

describe('extractMentionedUserIds', () => {
  it('returns distinct ids of @[name](id) mentions in order', () => {
    const a = '0b9a3c4e-1111-4a2b-9c3d-000000000001';
    const b = '0b9a3c4e-1111-4a2b-9c3d-000000000002';

    expect(
      extractMentionedUserIds(
        `@[Анна](${a}) посмотрите, и @[Bob B.](${b.toUpperCase()}), и снова @[Анна](${a})`,
      ),
    ).toEqual([a, b]);
  });

  it('ignores plain @words and malformed mentions', () => {
    expect(extractMentionedUserIds('@anna, @[Anna](not-an-id), email@x.ru')).toEqual([]);
  });
});
