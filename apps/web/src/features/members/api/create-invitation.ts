import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { CreateInvitationDto, InvitationResponse } from '@smartcity/contracts';

import { apiClient } from '../../../lib/api-client';
import { memberKeys } from './member-keys';

export function createInvitation(
  organizationId: string,
  body: CreateInvitationDto,
): Promise<InvitationResponse> {
  return apiClient.post<InvitationResponse>(
    `/organizations/${encodeURIComponent(organizationId)}/invitations`,
    body,
  );
}

export function useCreateInvitation(organizationId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: CreateInvitationDto) => createInvitation(organizationId, body),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: memberKeys.page(organizationId) }),
  });
}
