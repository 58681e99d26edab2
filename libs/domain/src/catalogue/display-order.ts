// Display order of a catalogue version's directions and items. The order is one sequence per version (the
// `position` column); reordering a direction's items rewrites their places in that sequence and leaves every
// other item where it was, so an export lists the rows in display order and an import restores it exactly.

/** What is wrong with a proposed order of a set of ids, or null when it is a permutation of them. */
export type OrderProblem = {
  /** Ids of the set that the proposed order leaves out. */
  missing: string[];
  /** Ids in the proposed order that are not in the set. */
  unknown: string[];
  /** Ids listed more than once. */
  repeated: string[];
};

/** Checks that `proposed` lists every id of `current` exactly once and nothing else. */
export function orderProblem(current: readonly string[], proposed: readonly string[]): OrderProblem | null {
  const known = new Set(current);
  const seen = new Set<string>();
  const repeated = new Set<string>();
  const unknown: string[] = [];
  for (const id of proposed) {
    if (seen.has(id)) repeated.add(id);
    else if (!known.has(id)) unknown.push(id);
    seen.add(id);
  }
  const missing = current.filter((id) => !seen.has(id));
  return missing.length === 0 && unknown.length === 0 && repeated.size === 0
    ? null
    : { missing, unknown, repeated: [...repeated] };
}

/** An English sentence naming the problem, for the API's field error (ids shortened to the first three). */
export function describeOrderProblem(problem: OrderProblem, what: string): string {
  const list = (ids: string[]) =>
    ids.slice(0, 3).join(', ') + (ids.length > 3 ? ` and ${ids.length - 3} more` : '');
  const parts = [
    problem.missing.length > 0 ? `leaves out ${list(problem.missing)}` : null,
    problem.unknown.length > 0 ? `names ${list(problem.unknown)}, which are not ${what} of it` : null,
    problem.repeated.length > 0 ? `repeats ${list(problem.repeated)}` : null,
  ].filter((part): part is string => part !== null);
  return `must list every one of its ${what} exactly once: it ${parts.join('; ')}`;
}

/**
 * The whole sequence with the members of one group put into `groupOrder`: the group's places in `sequence` keep
 * their slots, filled in the new order; ids outside the group stay put. `groupOrder` must be a permutation of the
 * group's ids as they occur in `sequence` (check with orderProblem first).
 */
export function reorderWithin(sequence: readonly string[], groupOrder: readonly string[]): string[] {
  const group = new Set(groupOrder);
  let next = 0;
  return sequence.map((id) => (group.has(id) ? groupOrder[next++] : id));
}
