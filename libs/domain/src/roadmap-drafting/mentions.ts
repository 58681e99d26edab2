/**
 * @mentions in comment text. The web inserts a mention as `@[Display name](user-id)`, so the text stays readable
 * and the ids are exact; this returns the distinct ids in order of first appearance.
 */
const MENTION = /@\[([^\]\n]{1,120})\]\(([0-9a-fA-F-]{36})\)/g;

export function extractMentionedUserIds(text: string): string[] {
  const ids: string[] = [];
  for (const match of text.matchAll(MENTION)) {
    const id = match[2].toLowerCase();
    if (!ids.includes(id)) ids.push(id);
  }
  return ids;
}
