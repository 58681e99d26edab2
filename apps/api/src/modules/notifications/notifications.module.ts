import { Module } from '@nestjs/common';

import { MailDeliveryService } from './mail-delivery.service';
import { MailTransport } from './mail-transport';
import { NotificationsController } from './notifications.controller';
import { NotificationsRepository } from './notifications.repository';
import { NotificationsService } from './notifications.service';

@Module({
  controllers: [NotificationsController],
  providers: [NotificationsRepository, NotificationsService, MailTransport, MailDeliveryService],
  exports: [NotificationsRepository, MailDeliveryService],
})
export class NotificationsModule {}
