import { Injectable, Logger, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import { QUEUES, type JobName } from '@smartcity/contracts';
import { UnrecoverableError, Worker, type Job } from 'bullmq';
import Redis from 'ioredis';

import { EnvConfig } from '../config/env.config';
import { PermanentJobError, type JobHandler } from './job-handler';
import { JobRegistry } from './job-registry.service';
import { QUEUE_CONCURRENCY } from './queue-connections';

/**
 * Runs one BullMQ worker per queue and dispatches each job to its registered handler. Errors are rethrown so
 * BullMQ retries with back-off; PermanentJobError fails the job at once.
 */
@Injectable()
export class WorkerRunner implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger('Jobs');
  private readonly workers: Worker[] = [];
  private readonly connections: Redis[] = [];
  private handlers = new Map<JobName, JobHandler<JobName>>();

  constructor(
    private readonly registry: JobRegistry,
    private readonly config: EnvConfig,
  ) {}

  onApplicationBootstrap(): void {
    // Throws, and so stops the worker from starting, when a job has no handler or two.
    this.handlers = this.registry.resolve();
    for (const queue of QUEUES) {
      const connection = new Redis(this.config.REDIS_URL, { maxRetriesPerRequest: null });
      connection.on('error', () => undefined);
      this.connections.push(connection);
      const worker = new Worker(queue, (job) => this.process(job), {
        connection,
        prefix: this.config.QUEUE_PREFIX,
        concurrency: QUEUE_CONCURRENCY[queue],
      });
      worker.on('error', (err) => this.logger.warn({ queue, err: err.message }, 'Worker connection problem'));
      this.workers.push(worker);
    }
    this.logger.log({ queues: QUEUES, jobs: [...this.handlers.keys()] }, 'Worker started');
  }

  async onApplicationShutdown(): Promise<void> {
    await Promise.allSettled(this.workers.map((w) => w.close()));
    // BullMQ does not close connections it was given.
    for (const connection of this.connections) connection.disconnect();
  }

  private async process(job: Job): Promise<void> {
    const name = job.name as JobName;
    const handler = this.handlers.get(name);
    const started = Date.now();
    const meta = { jobId: job.id, job: name, queue: job.queueName, attempt: job.attemptsMade + 1 };
    if (!handler) throw new UnrecoverableError(`No handler for job ${name}`);
    try {
      await handler.handle(job.data as never, { jobId: String(job.id), attemptsMade: job.attemptsMade });
      this.logger.log({ ...meta, ms: Date.now() - started }, 'Job done');
    } catch (err) {
      this.logger.warn({ ...meta, ms: Date.now() - started, err: (err as Error).message }, 'Job failed');
      if (err instanceof PermanentJobError) throw new UnrecoverableError(err.message);
      throw err;
    }
  }
}
