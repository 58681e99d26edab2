import { Injectable, Logger, type OnApplicationBootstrap } from '@nestjs/common';
import { JOB_DEFINITIONS } from '@smartcity/contracts';

import { jobOptions, QueueConnections } from '../../queue/queue-connections';
import { Clock } from './clock';
import { SlaClocksRepository } from './sla-clocks.repository';

/**
 * Wake-ups of SLA clocks: BullMQ delayed jobs `sla.check-clock` on the `sla` queue. A wake-up carries only the
 * clock id; the handler re-reads the clock, so a wake-up that became stale (the clock was paused, resumed or
 * stopped since) does nothing. The job id is `sla-<clock>-<epoch ms>`, so scheduling the same moment twice makes
 * one job. Delayed jobs live in Redis only: at worker start every running clock is checked again, which
 * re-schedules its next wake-up after Redis was emptied.
 */
@Injectable()
export class SlaScheduler implements OnApplicationBootstrap {
  private readonly logger = new Logger(SlaScheduler.name);

  constructor(
    private readonly queues: QueueConnections,
    private readonly clocks: SlaClocksRepository,
    private readonly clock: Clock,
  ) {}

  async schedule(clockId: string, at: Date): Promise<void> {
    const delay = Math.max(0, at.getTime() - this.clock.now().getTime());
    await this.queues
      .queue(JOB_DEFINITIONS['sla.check-clock'].queue)
      .add(
        'sla.check-clock',
        { v: 1, clockId },
        { ...jobOptions('sla.check-clock', `sla-${clockId}-${at.getTime()}`), delay },
      );
  }

  async onApplicationBootstrap(): Promise<void> {
    try {
      const ids = await this.clocks.listRunningIds();
      const now = this.clock.now();
      for (const id of ids) await this.schedule(id, now);
      if (ids.length > 0) this.logger.log({ clocks: ids.length }, 'SLA clocks re-checked at start');
    } catch (err) {
      // Redis may be down at start: the clocks' own checks (published through the outbox) still run later.
      this.logger.warn({ err: (err as Error).message }, 'Could not re-check SLA clocks at start');
    }
  }
}
