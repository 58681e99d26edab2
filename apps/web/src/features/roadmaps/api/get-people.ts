import { queryOptions, useQuery } from '@tanstack/react-query';
import type { MembersPageResponse } from '@smartcity/contracts';

import { apiClient } from '../../../lib/api-client';
import { roadmapKeys } from './roadmap-keys';

export type Person = { userId: string; displayName: string; email: string };

/** The municipality's people (for @mentions and for naming who changed what); empty when the caller may not list them. */
export async function getPeople(organizationId: string, signal?: AbortSignal): Promise<Person[]> {
  const page = await apiClient.get<MembersPageResponse>(
    `/organizations/${encodeURIComponent(organizationId)}/members`,
    signal,
  );
  const byId = new Map<string, Person>();
  for (const member of page.members) {
    byId.set(member.userId, { userId: member.userId, displayName: member.displayName, email: member.email });
  }
  return [...byId.values()].sort((a, b) => a.displayName.localeCompare(b.displayName));
}

export const peopleQueryOptions = (organizationId: string) =>
  queryOptions({
    queryKey: roadmapKeys.people(organizationId),
    queryFn: ({ signal }) => getPeople(organizationId, signal),
    staleTime: 5 * 60_000,
  });

export function usePeople(organizationId: string, options: { enabled?: boolean } = {}) {
  return useQuery({ ...peopleQueryOptions(organizationId), enabled: options.enabled ?? true });
}
