import { Injectable } from '@nestjs/common';
import type { NotificationParams } from '@smartcity/contracts';
import { IsNull, In, type EntityManager } from 'typeorm';

import { EnvConfig } from '../../config/env.config';
import { OutboxPublisher } from '../../queue/outbox.publisher';
import { User } from '../identity/user.entity';
import { applicationMail, type ApplicationMailKind } from './application-mail-templates';
import { MailMessage } from './mail-message.entity';
import { NotificationPreferencesRepository } from './notification-preferences.repository';
import { NotificationsRepository } from './notifications.repository';

export type ApplicationNotice<K extends ApplicationMailKind> = {
  kind: K;
  userIds: readonly string[];
  params: NotificationParams[K];
  /** App-relative link, e.g. `/organizations/…/applications/…`. */
  link: string;
  /**
   * Identifies the event, e.g. `transition:<id>`. Each delivery's key is `<prefix>:<user id>:<channel>` and is
   * UNIQUE in its table (notifications, mail_messages), so a redelivered job delivers nothing twice.
   */
  keyPrefix: string;
};

export type DeliveryCount = { inApp: number; email: number };

/**
 * Delivers an application notification to people, in the app and by e-mail, honouring each person's preferences
 * and language. Runs inside the caller's transaction: the in-app rows and the composed e-mails commit with the
 * caller's state change, and each new e-mail is sent by its own outbox job (`mail.send-message`).
 */
@Injectable()
export class ApplicationNotifier {
  constructor(
    private readonly notifications: NotificationsRepository,
    private readonly preferences: NotificationPreferencesRepository,
    private readonly outbox: OutboxPublisher,
    private readonly config: EnvConfig,
  ) {}

  async deliver<K extends ApplicationMailKind>(
    manager: EntityManager,
    notice: ApplicationNotice<K>,
  ): Promise<DeliveryCount> {
    const count: DeliveryCount = { inApp: 0, email: 0 };
    const ids = [...new Set(notice.userIds)];
    if (ids.length === 0) return count;
    // Disabled accounts receive nothing.
    const users = await manager.getRepository(User).findBy({ id: In(ids), disabledAt: IsNull() });
    const active = users.map((u) => u.id);

    for (const userId of await this.preferences.recipientsWanting(manager, active, notice.kind, 'in_app')) {
      const inserted = await this.notifications.insertOnce(manager, {
        userId,
        kind: notice.kind,
        params: notice.params,
        link: notice.link,
        deliveryKey: `${notice.keyPrefix}:${userId}:in_app`,
      });
      if (inserted) count.inApp += 1;
    }

    const wantMail = new Set(await this.preferences.recipientsWanting(manager, active, notice.kind, 'email'));
    for (const user of users.filter((u) => wantMail.has(u.id))) {
      const mail = applicationMail(
        notice.kind,
        user.locale,
        notice.params,
        `${this.config.PUBLIC_WEB_URL}${notice.link}`,
      );
      const result = await manager
        .createQueryBuilder()
        .insert()
        .into(MailMessage)
        .values({
          deliveryKey: `${notice.keyPrefix}:${user.id}:email`,
          toAddress: user.email,
          subject: mail.subject,
          textBody: mail.text,
          transport: this.config.MAIL_TRANSPORT,
        })
        .orIgnore()
        .returning('id')
        .execute();
      const row = (result.raw as { id: string }[])[0];
      if (!row) continue;
      await this.outbox.publish(manager, 'mail.send-message', { v: 1, messageId: row.id });
      count.email += 1;
    }
    return count;
  }
}
