import { Injectable, Logger, type OnApplicationBootstrap } from '@nestjs/common';
import { JOB_DEFINITIONS } from '@smartcity/contracts';

import { jobOptions, QueueConnections } from '../../queue/queue-connections';

/** Every day at 00:15 UTC, after the day has turned for every Russian time zone's previous evening. */
export const DAILY_SNAPSHOT_CRON = '15 0 * * *';
const SCHEDULER_ID = 'compliance.snapshot-daily-scores';

/**
 * Registers the repeatable daily snapshot with BullMQ (worker only). `upsertJobScheduler` is idempotent, so
 * every worker instance may register it at boot and BullMQ still produces one job per tick.
 */
@Injectable()
export class ComplianceScheduler implements OnApplicationBootstrap {
  private readonly logger = new Logger(ComplianceScheduler.name);

  constructor(private readonly queues: QueueConnections) {}

  async onApplicationBootstrap(): Promise<void> {
    const name = 'compliance.snapshot-daily-scores' as const;
    const { jobId: _ignored, ...options } = jobOptions(name, SCHEDULER_ID);
    try {
      await this.queues
        .queue(JOB_DEFINITIONS[name].queue)
        .upsertJobScheduler(
          SCHEDULER_ID,
          { pattern: DAILY_SNAPSHOT_CRON, tz: 'UTC' },
          { name, data: { v: 1 }, opts: options },
        );
      this.logger.log(
        { scheduler: SCHEDULER_ID, pattern: DAILY_SNAPSHOT_CRON },
        'Daily compliance snapshot scheduled',
      );
    } catch (err) {
      // Redis down at boot: the worker still starts; the next boot (or another instance) registers it.
      this.logger.warn({ err: (err as Error).message }, 'Could not register the daily compliance snapshot');
    }
  }
}
