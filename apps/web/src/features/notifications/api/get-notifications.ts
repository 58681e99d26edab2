import { queryOptions, useQuery } from '@tanstack/react-query';
import type { NotificationsPageResponse } from '@smartcity/contracts';

import { apiClient } from '../../../lib/api-client';
import { notificationKeys } from './notification-keys';

/** How often the header's unread counter looks for news while a page is open. */
export const NOTIFICATIONS_POLL_MS = 30_000;

export function getNotifications(signal?: AbortSignal): Promise<NotificationsPageResponse> {
  return apiClient.get<NotificationsPageResponse>('/notifications', signal);
}

export const notificationsQueryOptions = () =>
  queryOptions({
    queryKey: notificationKeys.list(),
    queryFn: ({ signal }) => getNotifications(signal),
    staleTime: 10_000,
    refetchInterval: NOTIFICATIONS_POLL_MS,
  });

export function useNotifications() {
  return useQuery(notificationsQueryOptions());
}
