import { useMutation, useQueryClient } from '@tanstack/react-query';
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
    mutationFn: logout,
    onSuccess: () => forgetSession(queryClient),
  });
}
