import { Injectable } from '@nestjs/common';
import type { JobName, JobPayloads } from '@smartcity/contracts';
import type { EntityManager } from 'typeorm';

import { OutboxEvent } from './outbox-event.entity';

/**
 * Publishes a job by writing it to the outbox inside the caller's transaction. Nothing reaches Redis here: the
 * worker's relay does that after commit, so a rolled-back change never sends, and Redis being down loses nothing.
 */
@Injectable()
export class OutboxPublisher {
  async publish<N extends JobName>(
    manager: EntityManager,
    name: N,
    payload: JobPayloads[N],
  ): Promise<string> {
    const repo = manager.getRepository(OutboxEvent);
    const result = await repo.insert(repo.create({ jobName: name, payload }) as never);
    return (result.identifiers[0] as { id: string }).id;
  }
}
