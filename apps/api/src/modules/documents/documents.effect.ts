import { Injectable, Logger } from '@nestjs/common';
import type { TransitionEffect } from '@smartcity/domain';
import type { EntityManager } from 'typeorm';

import { OutboxPublisher } from '../../queue/outbox.publisher';
import {
  Application,
  ApplicationSnapshot,
  type ApplicationTransitionRecord,
} from '../applications/application.entities';
import type { TransitionEffectHandler } from '../applications/transition-effects';
import { DocumentsRepository } from './documents.repository';

/**
 * The `render_document` effects: one `documents` row per source — the snapshot a (re)submission froze, or the
 * decision (transition) a letter states — and one `documents.render` job for a new row. The row's unique key
 * makes a redelivered transition ask for nothing new.
 */
@Injectable()
export class DocumentsEffect implements TransitionEffectHandler {
  private readonly logger = new Logger(DocumentsEffect.name);

  constructor(
    private readonly documents: DocumentsRepository,
    private readonly outbox: OutboxPublisher,
  ) {}

  async handle(
    transition: ApplicationTransitionRecord,
    effects: readonly TransitionEffect[],
    manager: EntityManager,
  ): Promise<void> {
    for (const effect of effects) {
      if (effect.kind !== 'render_document') continue;
      const application = await manager
        .getRepository(Application)
        .findOneByOrFail({ id: transition.applicationId });
      const snapshots = manager.getRepository(ApplicationSnapshot);
      const snapshot =
        effect.document === 'application' && transition.snapshotId
          ? await snapshots.findOneBy({ id: transition.snapshotId })
          : await snapshots.findOne({
              where: { applicationId: application.id },
              order: { sequence: 'DESC' },
            });
      if (!snapshot) {
        this.logger.warn({ transitionId: transition.id }, 'No snapshot to render a document from; skipped');
        continue;
      }
      const documentId = await this.documents.requestOnce(manager, {
        kind: effect.document,
        applicationId: application.id,
        municipalityId: application.municipalityId,
        documentKey:
          effect.document === 'application'
            ? `application:${snapshot.id}`
            : `decision_letter:${transition.id}`,
        snapshotHash: snapshot.contentHash,
        transitionId: transition.id,
        // Official documents are in Russian, the language of the programme.
        locale: 'ru',
      });
      if (documentId) await this.outbox.publish(manager, 'documents.render', { v: 1, documentId });
    }
  }
}
