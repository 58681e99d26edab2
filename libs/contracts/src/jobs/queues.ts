/**
 * BullMQ queue names, split by workload class.
 * WARNING: durable identifiers. Renaming a queue strands every job already waiting in it.
 */
export const QUEUES = ['default', 'notifications', 'compliance', 'scheduled', 'sla'] as const;
export type QueueName = (typeof QUEUES)[number];
