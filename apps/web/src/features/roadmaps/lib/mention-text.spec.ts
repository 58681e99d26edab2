import { extractMentionedUserIds } from '@smartcity/domain';

import { commentSegments, insertMention, mentionQueryAt } from './mention-text';

const anna = { userId: '0e3c7a52-9b1d-4a55-8f00-5a1d2b3c4d5e', displayName: 'Анна [Ред]' };

describe('mentions', () => {
  it('finds the mention being typed and inserts it as the API expects', () => {
    const text = 'Посмотрите, @ан';
    const at = mentionQueryAt(text, text.length);
    expect(at).toEqual({ start: 12, query: 'ан' });
    const result = insertMention(text, at!, anna);
    expect(result.text).toBe(`Посмотрите, @[Анна Ред](${anna.userId}) `);
    expect(extractMentionedUserIds(result.text)).toEqual([anna.userId]);
    expect(mentionQueryAt('e-mail a@b', 10)).toBeNull();
  });

  it('splits a body into text and mentions', () => {
    expect(commentSegments(`Привет, @[Анна](${anna.userId})!`)).toEqual([
      { kind: 'text', text: 'Привет, ' },
      { kind: 'mention', name: 'Анна', userId: anna.userId },
      { kind: 'text', text: '!' },
    ]);
  });
});
