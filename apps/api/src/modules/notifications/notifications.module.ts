import { Module } from '@nestjs/common';

import { ApplicationAudience } from './application-audience';
import { ApplicationNotifier } from './application-notifier';
import { MailDeliveryService } from './mail-delivery.service';
import { MailTransport } from './mail-transport';
import { NotificationPreferencesController } from './notification-preferences.controller';
import { NotificationPreferencesRepository } from './notification-preferences.repository';
import { NotificationPreferencesService } from './notification-preferences.service';
import { NotificationsController } from './notifications.controller';
import { NotificationsRepository } from './notifications.repository';
import { NotificationsService } from './notifications.service';

@Module({
  controllers: [NotificationsController, NotificationPreferencesController],
  providers: [
    NotificationsRepository,
    NotificationsService,
    MailTransport,
    MailDeliveryService,
    NotificationPreferencesRepository,
    NotificationPreferencesService,
    ApplicationAudience,
    ApplicationNotifier,
  ],
  exports: [
    NotificationsRepository,
    MailDeliveryService,
    NotificationPreferencesRepository,
    ApplicationAudience,
    ApplicationNotifier,
  ],
})
export class NotificationsModule {}
