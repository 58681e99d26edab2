import type { MailMessageResponse, NotificationResponse } from '@smartcity/contracts';

import type { MailMessage } from './mail-message.entity';
import type { Notification } from './notification.entity';

export function toNotificationResponse(n: Notification): NotificationResponse {
  return {
    id: n.id,
    kind: n.kind,
    params: n.params,
    link: n.link,
    createdAt: n.createdAt.toISOString(),
    readAt: n.readAt?.toISOString() ?? null,
  };
}

export function toMailMessageResponse(m: MailMessage): MailMessageResponse {
  return {
    id: m.id,
    to: m.toAddress,
    subject: m.subject,
    text: m.textBody,
    status: m.status,
    createdAt: m.createdAt.toISOString(),
  };
}
