/** A mention as the API reads it: `@[Display name](user-id)`. Brackets in the name are dropped to keep it parseable. */
export function mentionToken(person: { userId: string; displayName: string }): string {
  const name = person.displayName.replace(/[[\]()\n]/g, '').slice(0, 120) || '?';
  return `@[${name}](${person.userId})`;
}

export type CommentSegment =
  { kind: 'text'; text: string } | { kind: 'mention'; name: string; userId: string };

const MENTION = /@\[([^\]\n]{1,120})\]\(([0-9a-fA-F-]{36})\)/g;

/** Splits a comment body into text and mentions, for rendering mentions as names. */
export function commentSegments(body: string): CommentSegment[] {
  const segments: CommentSegment[] = [];
  let last = 0;
  for (const match of body.matchAll(MENTION)) {
    const index = match.index ?? 0;
    if (index > last) segments.push({ kind: 'text', text: body.slice(last, index) });
    segments.push({ kind: 'mention', name: match[1], userId: match[2] });
    last = index + match[0].length;
  }
  if (last < body.length) segments.push({ kind: 'text', text: body.slice(last) });
  return segments;
}

/**
 * The mention being typed at the caret: `@` at the start or after a space, followed by up to 40 non-space
 * characters (no `[`: a finished mention is not re-opened). Null when the caret is not in one.
 */
export function mentionQueryAt(text: string, caret: number): { start: number; query: string } | null {
  const before = text.slice(0, caret);
  const match = /(^|\s)@([^\s@[\]]{0,40})$/.exec(before);
  if (!match) return null;
  return { start: caret - match[2].length - 1, query: match[2] };
}

/** Replaces the `@query` being typed with the person's mention token and a space; returns the new caret. */
export function insertMention(
  text: string,
  at: { start: number; query: string },
  person: { userId: string; displayName: string },
): { text: string; caret: number } {
  const token = `${mentionToken(person)} `;
  const end = at.start + 1 + at.query.length;
  return { text: text.slice(0, at.start) + token + text.slice(end), caret: at.start + token.length };
}
