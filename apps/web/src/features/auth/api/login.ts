import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { LoginDto, SessionResponse } from '@smartcity/contracts';

import { apiClient, setCsrfToken } from '../../../lib/api-client';
import { authKeys } from './auth-keys';
import { forgetSignOuts } from './logout';

export function login(body: LoginDto): Promise<SessionResponse> {
  return apiClient.post<SessionResponse>('/auth/login', body);
}

export function useLogin() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: login,
    onSuccess: (session) => {
      setCsrfToken(session.csrfToken);
      forgetSignOuts(queryClient);
      // Nothing cached for a previous user may leak into this session.
      queryClient.removeQueries({ predicate: (query) => query.queryKey[0] !== authKeys.all[0] });
      queryClient.setQueryData(authKeys.session(), session);
    },
  });
}
