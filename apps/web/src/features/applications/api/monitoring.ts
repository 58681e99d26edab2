import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type {
  DashboardResponse,
  NotificationPreferenceDto,
  NotificationPreferencesResponse,
  SlaBoardResponse,
} from '@smartcity/contracts';

import { apiClient } from '../../../lib/api-client';
import { applicationKeys } from './application-keys';

/** How often the SLA board refreshes its clocks while open. */
export const SLA_BOARD_POLL_MS = 60_000;

export function useSlaBoard() {
  return useQuery({
    queryKey: applicationKeys.slaBoard(),
    queryFn: ({ signal }) => apiClient.get<SlaBoardResponse>('/sla/board', signal),
    refetchInterval: SLA_BOARD_POLL_MS,
  });
}

export function useApplicationsDashboard(campaignId: string | null) {
  const query = campaignId ? `?campaignId=${encodeURIComponent(campaignId)}` : '';
  return useQuery({
    queryKey: applicationKeys.dashboard(campaignId),
    queryFn: ({ signal }) => apiClient.get<DashboardResponse>(`/dashboard/applications${query}`, signal),
  });
}

export function useNotificationPreferences() {
  return useQuery({
    queryKey: applicationKeys.preferences(),
    queryFn: ({ signal }) =>
      apiClient.get<NotificationPreferencesResponse>('/me/notification-preferences', signal),
  });
}

export function useSaveNotificationPreferences() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (items: NotificationPreferenceDto[]) =>
      apiClient.put<NotificationPreferencesResponse>('/me/notification-preferences', { items }),
    onSuccess: (saved) => queryClient.setQueryData(applicationKeys.preferences(), saved),
  });
}
