import { useMutation, useQueryClient } from '@tanstack/react-query';

import { apiClient } from '../../../lib/api-client';
import { memberKeys } from './member-keys';

export function removeMember(organizationId: string, membershipId: string): Promise<void> {
  return apiClient.delete(
    `/organizations/${encodeURIComponent(organizationId)}/members/${encodeURIComponent(membershipId)}`,
  );
}

export function useRemoveMember(organizationId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (membershipId: string) => removeMember(organizationId, membershipId),
    onSettled: () => queryClient.invalidateQueries({ queryKey: memberKeys.page(organizationId) }),
  });
}
