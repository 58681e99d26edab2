import type { ReviewerCandidateResponse } from '@smartcity/contracts';

import { isApiError } from '../../../lib/api-client';

type Candidate = Pick<ReviewerCandidateResponse, 'userId' | 'displayName' | 'assigned'>;

/** The people checked in the form: the coordinator's choice once they changed it, else whoever is assigned now. */
export function checkedReviewers(
  candidates: readonly Candidate[],
  chosen: readonly string[] | undefined,
): string[] {
  return chosen ? [...chosen] : candidates.filter((c) => c.assigned).map((c) => c.userId);
}

export function toggleReviewer(selected: readonly string[], userId: string, checked: boolean): string[] {
  if (checked) return selected.includes(userId) ? [...selected] : [...selected, userId];
  return selected.filter((id) => id !== userId);
}

/** Whether saving would change anything: the checked people differ from those assigned now. */
export function selectionChanged(candidates: readonly Candidate[], selected: readonly string[]): boolean {
  const assigned = new Set(candidates.filter((c) => c.assigned).map((c) => c.userId));
  const checked = new Set(selected);
  return assigned.size !== checked.size || [...checked].some((id) => !assigned.has(id));
}

/** The candidates list after an override of `userIds` was saved (what the server now holds). */
export function withAssigned<T extends Candidate>(candidates: readonly T[], userIds: readonly string[]): T[] {
  const assigned = new Set(userIds);
  return candidates.map((c) => ({ ...c, assigned: assigned.has(c.userId) }));
}

/**
 * The people the API refused in an override (400 with `userIds.<index>` fields, e.g. someone disabled since the
 * list loaded), by name where the list knows them, else by id.
 */
export function refusedReviewers(
  error: unknown,
  sentUserIds: readonly string[] | undefined,
  candidates: readonly Candidate[],
): string[] {
  if (!isApiError(error) || !sentUserIds) return [];
  const names = new Map(candidates.map((c) => [c.userId, c.displayName]));
  return error.fields
    .map((f) => /^userIds\.(\d+)$/.exec(f.field))
    .filter((match): match is RegExpExecArray => match !== null)
    .map((match) => sentUserIds[Number(match[1])])
    .filter((id): id is string => id !== undefined)
    .map((id) => names.get(id) ?? id);
}
