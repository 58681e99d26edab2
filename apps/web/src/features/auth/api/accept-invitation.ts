import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { AcceptInvitationDto, SessionResponse } from '@smartcity/contracts';

import { apiClient, setCsrfToken } from '../../../lib/api-client';
import { authKeys } from './auth-keys';
import { forgetSignOuts } from './logout';

export function acceptInvitation(token: string, body: AcceptInvitationDto): Promise<SessionResponse> {
  return apiClient.post<SessionResponse>(`/invitations/${encodeURIComponent(token)}/accept`, body);
}

/** Accepting signs the invitee in: the answer is their new session. */
export function useAcceptInvitation(token: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: AcceptInvitationDto) => acceptInvitation(token, body),
    onSuccess: (session) => {
      setCsrfToken(session.csrfToken);
      forgetSignOuts(queryClient);
      queryClient.removeQueries({ predicate: (query) => query.queryKey[0] !== authKeys.all[0] });
      queryClient.removeQueries({ queryKey: authKeys.invitation(token) });
      queryClient.setQueryData(authKeys.session(), session);
    },
  });
}
