/** Up (-1) or down (+1) one place in a displayed list. */
export type MoveDelta = -1 | 1;

/**
 * The ids with `id` moved one place up or down: the order the reorder endpoints take (every id, each once). Null
 * when the move is not possible (already first or last, or not in the list), so nothing is sent.
 */
export function moveId(ids: readonly string[], id: string, delta: MoveDelta): string[] | null {
  const from = ids.indexOf(id);
  const to = from + delta;
  if (from < 0 || to < 0 || to >= ids.length) return null;
  const next = [...ids];
  [next[from], next[to]] = [next[to], next[from]];
  return next;
}

/** Whether the row at `index` of `count` rows can move up and down. */
export function movesOf(index: number, count: number): { canMoveUp: boolean; canMoveDown: boolean } {
  return { canMoveUp: index > 0, canMoveDown: index >= 0 && index < count - 1 };
}

/** The id of a row's move button: focus goes back to it (or its pair, at an end) after the list is redrawn. */
export function moveButtonId(rowId: string, delta: MoveDelta): string {
  return `move-${rowId}-${delta < 0 ? 'up' : 'down'}`;
}
