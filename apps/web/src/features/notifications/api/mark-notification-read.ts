import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { NotificationsPageResponse } from '@smartcity/contracts';

import { apiClient } from '../../../lib/api-client';
import { notificationKeys } from './notification-keys';

export function markNotificationRead(notificationId: string): Promise<void> {
  return apiClient.post<void>(`/notifications/${encodeURIComponent(notificationId)}/read`);
}

/** Marks read optimistically (the counter drops at once) and re-reads the list afterwards. */
export function useMarkNotificationRead() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: markNotificationRead,
    onMutate: async (notificationId) => {
      await queryClient.cancelQueries({ queryKey: notificationKeys.list() });
      const previous = queryClient.getQueryData<NotificationsPageResponse>(notificationKeys.list());
      if (previous) {
        const now = new Date().toISOString();
        const wasUnread = previous.items.some((item) => item.id === notificationId && item.readAt === null);
        queryClient.setQueryData<NotificationsPageResponse>(notificationKeys.list(), {
          items: previous.items.map((item) =>
            item.id === notificationId ? { ...item, readAt: item.readAt ?? now } : item,
          ),
          unread: Math.max(0, previous.unread - (wasUnread ? 1 : 0)),
        });
      }
      return { previous };
    },
    onError: (_error, _id, context) => {
      if (context?.previous) queryClient.setQueryData(notificationKeys.list(), context.previous);
    },
    onSettled: () => queryClient.invalidateQueries({ queryKey: notificationKeys.all }),
  });
}
