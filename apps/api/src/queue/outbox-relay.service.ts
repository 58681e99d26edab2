import { Injectable, Logger, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import { JOB_DEFINITIONS, jobIdFor, type JobName } from '@smartcity/contracts';
import { Client } from 'pg';
import { DataSource } from 'typeorm';

import { EnvConfig } from '../config/env.config';
import { OutboxEvent } from './outbox-event.entity';
import { jobOptions, QueueConnections } from './queue-connections';

const BATCH_SIZE = 100;
const MAX_BACKOFF_SECONDS = 60;

export type RelayResult = { sent: number; failed: number };

/**
 * Moves committed outbox rows into BullMQ. Two paths share one routine:
 * - the relay reacts at once to the `outbox_events` NOTIFY that each insert raises on commit;
 * - the sweeper runs every OUTBOX_POLL_MS and re-sends rows left unsent (Redis was down, a NOTIFY was missed,
 *   a worker died mid-batch), after their back-off has passed.
 * Rows are claimed with FOR UPDATE SKIP LOCKED, so several workers relay in parallel without double-sending;
 * the BullMQ job id is the outbox id (or a payload-derived id, see `jobIdFor`), so a row relayed twice still
 * makes one job.
 */
@Injectable()
export class OutboxRelay implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(OutboxRelay.name);
  private listener?: Client;
  private timer?: NodeJS.Timeout;
  private running = false;
  private rerun = false;
  private stopped = false;

  constructor(
    private readonly dataSource: DataSource,
    private readonly queues: QueueConnections,
    private readonly config: EnvConfig,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    await this.listen();
    this.timer = setInterval(() => this.trigger(), this.config.OUTBOX_POLL_MS);
    this.trigger();
  }

  async onApplicationShutdown(): Promise<void> {
    this.stopped = true;
    if (this.timer) clearInterval(this.timer);
    await this.listener?.end().catch(() => undefined);
    while (this.running) await new Promise((resolve) => setTimeout(resolve, 20));
  }

  /** Runs a relay pass now, or right after the current one. */
  trigger(): void {
    if (this.stopped) return;
    if (this.running) {
      this.rerun = true;
      return;
    }
    this.running = true;
    void this.relayPending()
      .catch((err: Error) => this.logger.error({ err: err.message }, 'Outbox relay pass failed'))
      .finally(() => {
        this.running = false;
        if (this.rerun) {
          this.rerun = false;
          this.trigger();
        }
      });
  }

  /** Relays every due row, batch by batch. */
  async relayPending(): Promise<RelayResult> {
    const total: RelayResult = { sent: 0, failed: 0 };
    for (;;) {
      const batch = await this.relayBatch();
      total.sent += batch.sent;
      total.failed += batch.failed;
      if (batch.sent + batch.failed < BATCH_SIZE || batch.failed > 0 || this.stopped) return total;
    }
  }

  private relayBatch(): Promise<RelayResult> {
    return this.dataSource.transaction(async (manager) => {
      const rows = await manager
        .getRepository(OutboxEvent)
        .createQueryBuilder('e')
        .where(`e.status = 'pending'`)
        .andWhere('e.available_at <= now()')
        .orderBy('e.created_at', 'ASC')
        .limit(BATCH_SIZE)
        .setLock('pessimistic_write')
        .setOnLocked('skip_locked')
        .getMany();
      const result: RelayResult = { sent: 0, failed: 0 };
      for (const row of rows) {
        const name = row.jobName as JobName;
        try {
          await this.queues
            .queue(JOB_DEFINITIONS[name].queue)
            .add(name, row.payload, jobOptions(name, jobIdFor(name, row.payload as never, row.id)));
          await manager.update(
            OutboxEvent,
            { id: row.id },
            { status: 'sent', sentAt: new Date(), attempts: row.attempts + 1 },
          );
          result.sent += 1;
        } catch (err) {
          const attempts = row.attempts + 1;
          const delay = Math.min(2 ** Math.min(attempts, 6), MAX_BACKOFF_SECONDS);
          await manager.query(
            `UPDATE outbox_events SET attempts = $2, last_error = $3, available_at = now() + make_interval(secs => $4) WHERE id = $1`,
            [row.id, attempts, (err as Error).message.slice(0, 500), delay],
          );
          result.failed += 1;
        }
      }
      if (result.sent > 0 || result.failed > 0) {
        this.logger.log(result, 'Outbox relayed');
      }
      return result;
    });
  }

  private async listen(): Promise<void> {
    const client = new Client({
      connectionString: this.config.DATABASE_URL,
      application_name: 'smartcity-outbox-relay',
    });
    client.on('error', (err) => {
      // The sweeper keeps relaying; reconnect the fast path after a pause.
      this.logger.warn({ err: err.message }, 'Outbox LISTEN connection lost; sweeper continues');
      this.listener = undefined;
      if (!this.stopped) setTimeout(() => void this.listen().catch(() => undefined), 2000);
    });
    client.on('notification', () => this.trigger());
    await client.connect();
    await client.query('LISTEN outbox_events');
    this.listener = client;
  }
}
