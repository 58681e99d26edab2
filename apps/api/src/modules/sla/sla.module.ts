import { Module } from '@nestjs/common';

import { NotificationsModule } from '../notifications/notifications.module';
import { Clock, SystemClock } from './clock';
import { SlaBoardService } from './sla-board.service';
import { SlaClocksRepository } from './sla-clocks.repository';
import { SlaController } from './sla.controller';

/**
 * Review SLA clocks (issue 6): the board over HTTP. The worker adds the transition effect (SlaClocksEffect), the
 * wake-up handler (CheckSlaClockHandler) and the scheduler, which need the queue connections (worker.module.ts).
 */
@Module({
  imports: [NotificationsModule],
  controllers: [SlaController],
  providers: [SlaClocksRepository, SlaBoardService, { provide: Clock, useClass: SystemClock }],
  exports: [SlaClocksRepository, Clock],
})
export class SlaModule {}
