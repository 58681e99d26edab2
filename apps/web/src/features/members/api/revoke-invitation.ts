import { useMutation, useQueryClient } from '@tanstack/react-query';

import { apiClient } from '../../../lib/api-client';
import { memberKeys } from './member-keys';

export function revokeInvitation(organizationId: string, invitationId: string): Promise<void> {
  return apiClient.delete(
    `/organizations/${encodeURIComponent(organizationId)}/invitations/${encodeURIComponent(invitationId)}`,
  );
}

export function useRevokeInvitation(organizationId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (invitationId: string) => revokeInvitation(organizationId, invitationId),
    onSettled: () => queryClient.invalidateQueries({ queryKey: memberKeys.page(organizationId) }),
  });
}
