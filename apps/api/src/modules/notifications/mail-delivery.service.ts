import { Injectable, Logger } from '@nestjs/common';
import { DataSource } from 'typeorm';

import { MailMessage } from './mail-message.entity';
import { MailTransport } from './mail-transport';

/**
 * Delivers a composed message at most once per delivery key: the row is locked while sending and a row already
 * `sent`/`stored` is skipped, so a redelivered job does not send twice.
 */
@Injectable()
export class MailDeliveryService {
  private readonly logger = new Logger(MailDeliveryService.name);

  constructor(
    private readonly dataSource: DataSource,
    private readonly transport: MailTransport,
  ) {}

  /** Returns false when the message does not exist (a permanent failure for the job). */
  async deliver(messageId: string): Promise<boolean> {
    return this.dataSource.transaction(async (manager) => {
      const message = await manager
        .getRepository(MailMessage)
        .findOne({ where: { id: messageId }, lock: { mode: 'pessimistic_write' } });
      if (!message) return false;
      if (message.status !== 'pending') {
        this.logger.debug({ messageId }, 'E-mail already delivered; skipping');
        return true;
      }
      const status = await this.transport.send({
        to: message.toAddress,
        subject: message.subject,
        text: message.textBody,
      });
      await manager
        .getRepository(MailMessage)
        .update(
          { id: message.id },
          { status, sentAt: new Date(), attempts: message.attempts + 1, transport: this.transport.kind },
        );
      return true;
    });
  }
}
