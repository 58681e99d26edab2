import type { EntityManager } from 'typeorm';

import { OutboxPublisher } from '../../queue/outbox.publisher';
import { ApplicationTransitionRecord } from '../applications/application.entities';
import { DocumentsEffect } from '../documents/documents.effect';
import { DocumentsRepository } from '../documents/documents.repository';
import { SlaClocksEffect } from '../sla/sla-clocks.effect';
import { SlaClocksRepository } from '../sla/sla-clocks.repository';
import { DEMO_CAMPAIGN_TITLE } from './demo-applications';

/**
 * The worker-side traces of the demo campaign's history, without notifying anyone about 2019: the SLA clocks
 * (Kostroma's stays paused while it is back with the municipality) and the PDFs (one `documents.render` job each,
 * rendered by the worker once it runs). Replays the SLA and document effects of every demo transition in order;
 * the notify effects are left out. Idempotent: clocks ignore transitions already applied, documents are unique
 * per source.
 */
export async function seedDemoApplicationEffects(manager: EntityManager): Promise<void> {
  const transitions = await manager
    .getRepository(ApplicationTransitionRecord)
    .createQueryBuilder('t')
    .innerJoin('applications', 'a', 'a.id = t.application_id')
    .innerJoin('campaigns', 'c', 'c.id = a.campaign_id')
    .where('c.title = :title', { title: DEMO_CAMPAIGN_TITLE })
    .orderBy('t.application_id')
    .addOrderBy('t.application_revision')
    .getMany();
  const outbox = new OutboxPublisher();
  const clocks = new SlaClocksEffect(new SlaClocksRepository(manager.connection), outbox);
  const documents = new DocumentsEffect(new DocumentsRepository(manager.connection), outbox);
  for (const transition of transitions) {
    const effects = transition.effects.filter((e) => e.kind !== 'notify');
    await clocks.applyAll(transition, effects, manager);
    await documents.handle(transition, effects, manager);
  }
}
