import { Controller, Get, Param, Post } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { MailboxResponse, NotificationsPageResponse } from '@smartcity/contracts';

import { CurrentAuth, RequirePermission, SignedIn } from '../../common/access.decorators';
import { ApiContract } from '../../common/api-contract.decorator';
import { AppException } from '../../common/app.exception';
import type { RequestAuth } from '../../common/authenticated-request';
import { EnvConfig } from '../../config/env.config';
import { toMailMessageResponse } from './notifications.mapper';
import { NotificationsRepository } from './notifications.repository';
import { NotificationsService } from './notifications.service';

@ApiTags('notifications')
@Controller()
export class NotificationsController {
  constructor(
    private readonly notifications: NotificationsRepository,
    private readonly service: NotificationsService,
    private readonly config: EnvConfig,
  ) {}

  @Get('notifications')
  @SignedIn()
  @ApiContract({ summary: "The caller's notifications, newest first", response: NotificationsPageResponse })
  list(@CurrentAuth() auth: RequestAuth): Promise<NotificationsPageResponse> {
    return this.service.page(auth.userId);
  }

  @Post('notifications/:id/read')
  @SignedIn()
  @ApiContract({ summary: 'Mark one of the caller’s notifications read' })
  markRead(@CurrentAuth() auth: RequestAuth, @Param('id') id: string): Promise<void> {
    return this.service.markRead(auth.userId, id);
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
