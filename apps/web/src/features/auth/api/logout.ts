import { useMutation, useMutationState, useQueryClient } from '@tanstack/react-query';
import type { QueryClient } from '@tanstack/react-query';

import { apiClient, setCsrfToken } from '../../../lib/api-client';
import { authKeys } from './auth-keys';

export type LogoutScope = 'this-device' | 'everywhere';

export function logout(scope: LogoutScope): Promise<void> {
  return apiClient.post<void>(scope === 'everywhere' ? '/auth/logout-all' : '/auth/logout');
}

/** Forgets the session and every cached answer that belonged to it. */
export function forgetSession(queryClient: QueryClient): void {
  setCsrfToken(null);
  queryClient.setQueryData(authKeys.session(), null);
  queryClient.removeQueries({ predicate: (query) => query.queryKey[0] !== authKeys.all[0] });
}

/** Signs out on this device, or everywhere ("sign out everywhere" revokes every session of the user). */
export function useLogout() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationKey: authKeys.logout(),
    mutationFn: logout,
    onSuccess: () => forgetSession(queryClient),
  });
}

/**
 * Whether the user signed out in this tab (rather than the session ending on its own): the sign-in page then
 * says so, and does not offer to return to the page they left.
 */
export function useHasSignedOut(): boolean {
  const statuses = useMutationState({
    filters: { mutationKey: authKeys.logout() },
    select: (m) => m.state.status,
  });
  return statuses.some((status) => status === 'success');
}

/** Drops finished sign-outs once someone signs in again, so a later expiry is not reported as a sign-out. */
export function forgetSignOuts(queryClient: QueryClient): void {
  const cache = queryClient.getMutationCache();
  for (const mutation of cache.findAll({ mutationKey: authKeys.logout() })) cache.remove(mutation);
}
