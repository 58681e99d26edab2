/* eslint-disable @nx/enforce-module-boundaries -- the journeys' Node side reaches the stack's database and queues
   (E2E_DATABASE_URL, E2E_REDIS_URL): this file never reaches the browser bundle that the scope:web ban protects. */
import { Queue } from 'bullmq';
import Redis from 'ioredis';
import { Client } from 'pg';
import type { JobName, JobPayloads } from '@smartcity/contracts';
import { JOB_DEFINITIONS } from '@smartcity/contracts';

export type StackDatabase = Client;

/** A client of the stack's database, for history that only a scheduler writes (close it with `end()`). */
export async function connectStackDatabase(): Promise<StackDatabase> {
  const connectionString = process.env.E2E_DATABASE_URL;
  if (!connectionString) throw new Error('E2E_DATABASE_URL is not set (run with `npm test -- --only e2e`)');
  const client = new Client({ connectionString });
  await client.connect();
  return client;
}

/** Enqueues a job on the stack's queue, as its scheduler or the outbox relay would. */
export async function enqueueStackJob<N extends JobName>(name: N, payload: JobPayloads[N]): Promise<void> {
  const redisUrl = process.env.E2E_REDIS_URL;
  const prefix = process.env.E2E_QUEUE_PREFIX;
  if (!redisUrl || !prefix) throw new Error('E2E_REDIS_URL and E2E_QUEUE_PREFIX are not set');
  const connection = new Redis(redisUrl, { maxRetriesPerRequest: null });
  const queue = new Queue(JOB_DEFINITIONS[name].queue, { connection, prefix });
  try {
    await queue.add(name, payload, { removeOnComplete: true });
  } finally {
    await queue.close();
    connection.disconnect();
  }
}
