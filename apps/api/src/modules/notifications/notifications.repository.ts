import { Injectable } from '@nestjs/common';
import { DataSource, IsNull, type EntityManager } from 'typeorm';

import { isUuid } from '../../common/uuid';
import type { ComposedMail } from './mail-templates';
import { MailMessage } from './mail-message.entity';
import { Notification } from './notification.entity';

/**
 * Notifications belong to one user; every read or write here is keyed by the recipient's own user id, which is
 * the access scope of this data.
 */
@Injectable()
export class NotificationsRepository {
  constructor(private readonly dataSource: DataSource) {}

  listForUser(userId: string, limit = 50): Promise<Notification[]> {
    return this.dataSource.getRepository(Notification).find({
      where: { userId },
      order: { createdAt: 'DESC' },
      take: limit,
    });
  }

  countUnread(userId: string): Promise<number> {
    return this.dataSource.getRepository(Notification).countBy({ userId, readAt: IsNull() });
  }

  /** The caller's own notification, locked for update; null when it is not theirs or does not exist. */
  findOwnForUpdate(manager: EntityManager, userId: string, id: string): Promise<Notification | null> {
    if (!isUuid(id)) return Promise.resolve(null);
    return manager
      .getRepository(Notification)
      .findOne({ where: { id, userId }, lock: { mode: 'pessimistic_write' } });
  }

  async markRead(manager: EntityManager, notification: Notification, now: Date): Promise<void> {
    await manager.getRepository(Notification).update({ id: notification.id }, { readAt: now });
  }

  /** Inserts once per delivery key; a redelivered job finds the row and inserts nothing. */
  async insertOnce(
    manager: EntityManager,
    notification: Omit<Notification, 'id' | 'createdAt' | 'readAt'>,
  ): Promise<boolean> {
    const result = await manager
      .createQueryBuilder()
      .insert()
      .into(Notification)
      .values(notification)
      .orIgnore()
      .returning('id')
      .execute();
    return (result.raw as unknown[]).length > 0;
  }

  /** Composes an e-mail once per delivery key and returns its id (new or existing). */
  async composeMail(
    manager: EntityManager,
    deliveryKey: string,
    to: string,
    mail: ComposedMail,
    transport: string,
  ): Promise<string> {
    await manager
      .createQueryBuilder()
      .insert()
      .into(MailMessage)
      .values({ deliveryKey, toAddress: to, subject: mail.subject, textBody: mail.text, transport })
      .orIgnore()
      .execute();
    const row = await manager.getRepository(MailMessage).findOneByOrFail({ deliveryKey });
    return row.id;
  }

  listMailbox(limit = 100): Promise<MailMessage[]> {
    return this.dataSource.getRepository(MailMessage).find({ order: { createdAt: 'DESC' }, take: limit });
  }
}
