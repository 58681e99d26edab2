import { queryOptions, useQuery } from '@tanstack/react-query';
import type { InvitationPreviewResponse } from '@smartcity/contracts';

import { apiClient } from '../../../lib/api-client';
import { authKeys } from './auth-keys';

export function getInvitationPreview(
  token: string,
  signal?: AbortSignal,
): Promise<InvitationPreviewResponse> {
  return apiClient.get<InvitationPreviewResponse>(`/invitations/${encodeURIComponent(token)}`, signal);
}

export const invitationPreviewQueryOptions = (token: string) =>
  queryOptions({
    queryKey: authKeys.invitation(token),
    queryFn: ({ signal }) => getInvitationPreview(token, signal),
  });

export function useInvitationPreview(token: string) {
  return useQuery(invitationPreviewQueryOptions(token));
}
