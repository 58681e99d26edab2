import { Injectable } from '@nestjs/common';
import type { JobName, JobPayloads } from '@smartcity/contracts';
import type { EntityManager } from 'typeorm';

import { inParameterChunks } from '../database/batches';
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
    return (await this.publishMany(manager, name, [payload]))[0];
  }

  /** Several jobs of one name in one multi-row INSERT (chunked under the parameter limit); their ids in order. */
  async publishMany<N extends JobName>(
    manager: EntityManager,
    name: N,
    payloads: readonly JobPayloads[N][],
  ): Promise<string[]> {
    const repo = manager.getRepository(OutboxEvent);
    const ids: string[] = [];
    for (const chunk of inParameterChunks(payloads, repo.metadata.columns.length)) {
      const result = await repo.insert(
        chunk.map((payload) => repo.create({ jobName: name, payload })) as never,
      );
      ids.push(...(result.identifiers as { id: string }[]).map((i) => i.id));
    }
    return ids;
  }
}
