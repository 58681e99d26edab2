import { Injectable, Logger, type OnModuleDestroy } from '@nestjs/common';
import { createTransport, type Transporter } from 'nodemailer';

import { EnvConfig } from '../../config/env.config';

export type OutgoingMail = { to: string; subject: string; text: string };

/**
 * Sends e-mail. With MAIL_TRANSPORT=smtp it talks to SMTP_URL; with `mailbox` (the default) the message stays in
 * mail_messages, which is the development mailbox the web app shows to platform admins.
 */
@Injectable()
export class MailTransport implements OnModuleDestroy {
  private readonly logger = new Logger(MailTransport.name);
  private transporter?: Transporter;

  constructor(private readonly config: EnvConfig) {}

  get kind(): 'smtp' | 'mailbox' {
    return this.config.MAIL_TRANSPORT;
  }

  /** Returns the status the message ends in: `sent` (handed to SMTP) or `stored` (dev mailbox). */
  async send(mail: OutgoingMail): Promise<'sent' | 'stored'> {
    if (this.config.MAIL_TRANSPORT === 'mailbox') return 'stored';
    this.transporter ??= createTransport(this.config.SMTP_URL);
    const info = (await this.transporter.sendMail({ from: this.config.MAIL_FROM, ...mail })) as {
      messageId?: string;
    };
    this.logger.log({ messageId: info.messageId }, 'E-mail handed to SMTP');
    return 'sent';
  }

  onModuleDestroy(): void {
    this.transporter?.close();
  }
}
