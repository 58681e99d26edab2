import { queryOptions, useQuery } from '@tanstack/react-query';
import type { SessionResponse } from '@smartcity/contracts';

import { apiClient, isApiError, setCsrfToken } from '../../../lib/api-client';
import { authKeys } from './auth-keys';

/** The current session, or null when signed out (a 401 here is an answer, not an error). */
export async function getSession(signal?: AbortSignal): Promise<SessionResponse | null> {
  try {
    const session = await apiClient.get<SessionResponse>('/auth/session', signal);
    setCsrfToken(session.csrfToken);
    return session;
  } catch (error) {
    if (isApiError(error) && error.status === 401) {
      setCsrfToken(null);
      return null;
    }
    throw error;
  }
}

export const sessionQueryOptions = () =>
  queryOptions({
    queryKey: authKeys.session(),
    queryFn: ({ signal }) => getSession(signal),
    staleTime: 5 * 60_000,
  });

export function useSession() {
  return useQuery(sessionQueryOptions());
}
