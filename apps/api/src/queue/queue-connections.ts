import { Injectable, type OnModuleDestroy } from '@nestjs/common';
import { JOB_DEFINITIONS, QUEUES, type JobName, type QueueName } from '@smartcity/contracts';
import { Queue, type JobsOptions } from 'bullmq';
import Redis from 'ioredis';

import { EnvConfig } from '../config/env.config';

/** Retry defaults for every job; JOB_DEFINITIONS sets attempts per job. */
export function jobOptions(name: JobName, jobId: string): JobsOptions {
  return {
    jobId,
    attempts: JOB_DEFINITIONS[name].attempts,
    backoff: { type: 'exponential', delay: 2000 },
    removeOnComplete: { age: 24 * 3600, count: 5000 },
    removeOnFail: { age: 14 * 24 * 3600 },
  };
}

/** Worker concurrency per queue: I/O-bound notifications high, CPU-bound compliance low. */
export const QUEUE_CONCURRENCY: Record<QueueName, number> = {
  default: 4,
  notifications: 8,
  compliance: 1,
  scheduled: 1,
  // Review SLA wake-ups (delayed jobs): short database work each.
  sla: 2,
};

/**
 * BullMQ queues (producers). The connection does not buffer commands while Redis is down, so the outbox relay
 * gets an immediate error and retries later instead of hanging.
 */
@Injectable()
export class QueueConnections implements OnModuleDestroy {
  private readonly connection: Redis;
  private readonly queues = new Map<QueueName, Queue>();

  constructor(private readonly config: EnvConfig) {
    this.connection = new Redis(config.REDIS_URL, {
      enableOfflineQueue: false,
      maxRetriesPerRequest: 1,
      connectTimeout: 2000,
      retryStrategy: (times) => Math.min(times * 250, 2000),
    });
    this.connection.on('error', () => undefined);
  }

  queue(name: QueueName): Queue {
    let queue = this.queues.get(name);
    if (!queue) {
      queue = new Queue(name, { connection: this.connection, prefix: this.config.QUEUE_PREFIX });
      queue.on('error', () => undefined);
      this.queues.set(name, queue);
    }
    return queue;
  }

  all(): Queue[] {
    return QUEUES.map((name) => this.queue(name));
  }

  async onModuleDestroy(): Promise<void> {
    await Promise.allSettled([...this.queues.values()].map((q) => q.close()));
    this.connection.disconnect();
  }
}
