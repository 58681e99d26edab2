import { Injectable } from '@nestjs/common';
import type { NotificationsPageResponse } from '@smartcity/contracts';

import { AppException } from '../../common/app.exception';
import { TransactionRunner } from '../../database/transaction';
import { AuditService } from '../audit/audit.service';
import { toNotificationResponse } from './notifications.mapper';
import { NotificationsRepository } from './notifications.repository';

@Injectable()
export class NotificationsService {
  constructor(
    private readonly notifications: NotificationsRepository,
    private readonly tx: TransactionRunner,
    private readonly audit: AuditService,
  ) {}

  async page(userId: string): Promise<NotificationsPageResponse> {
    const [items, unread] = await Promise.all([
      this.notifications.listForUser(userId),
      this.notifications.countUnread(userId),
    ]);
    return { items: items.map(toNotificationResponse), unread };
  }

  /** Marks one of the user's own notifications read; reading it again changes nothing. */
  async markRead(userId: string, id: string): Promise<void> {
    await this.tx.run(async (manager) => {
      const notification = await this.notifications.findOwnForUpdate(manager, userId, id);
      if (!notification) throw AppException.notFound('Notification');
      if (notification.readAt) return;
      const now = new Date();
      await this.notifications.markRead(manager, notification, now);
      await this.audit.record(manager, {
        actorUserId: userId,
        organizationId: null,
        action: 'notifications.read',
        entityType: 'notification',
        entityId: notification.id,
        before: { readAt: null },
        after: { readAt: now.toISOString() },
      });
    });
  }
}
