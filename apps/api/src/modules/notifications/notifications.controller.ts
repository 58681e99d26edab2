import { Controller, Get, Param, Post } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { MailboxResponse, NotificationsPageResponse } from '@smartcity/contracts';

import { CurrentAuth, RequirePermission, SignedIn } from '../../common/access.decorators';
import { ApiContract } from '../../common/api-contract.decorator';
import { AppException } from '../../common/app.exception';
import type { RequestAuth } from '../../common/authenticated-request';
import { EnvConfig } from '../../config/env.config';
import { toMailMessageResponse, toNotificationResponse } from './notifications.mapper';
import { NotificationsRepository } from './notifications.repository';

@ApiTags('notifications')
@Controller()
export class NotificationsController {
  constructor(
    private readonly notifications: NotificationsRepository,
    private readonly config: EnvConfig,
  ) {}

  @Get('notifications')
  @SignedIn()
  @ApiContract({ summary: "The caller's notifications, newest first", response: NotificationsPageResponse })
  async list(@CurrentAuth() auth: RequestAuth): Promise<NotificationsPageResponse> {
    const [items, unread] = await Promise.all([
      this.notifications.listForUser(auth.userId),
      this.notifications.countUnread(auth.userId),
    ]);
    return { items: items.map(toNotificationResponse), unread };
  }

  @Post('notifications/:id/read')
  @SignedIn()
  @ApiContract({ summary: 'Mark one of the caller’s notifications read' })
  async markRead(@CurrentAuth() auth: RequestAuth, @Param('id') id: string): Promise<void> {
    if (!(await this.notifications.markRead(auth.userId, id, new Date())))
      throw AppException.notFound('Notification');
  }

  @Get('dev/mailbox')
  @RequirePermission('mailbox.read')
  @ApiContract({
    summary: 'Development mailbox: e-mails kept when no SMTP server is configured',
    response: MailboxResponse,
  })
  async mailbox(): Promise<MailboxResponse> {
    if (this.config.MAIL_TRANSPORT !== 'mailbox') throw AppException.notFound('Development mailbox');
    return { items: (await this.notifications.listMailbox()).map(toMailMessageResponse) };
  }
}
