import { Injectable, Logger } from '@nestjs/common';
import type { JobPayloads } from '@smartcity/contracts';
import { createHash } from 'node:crypto';
import { DataSource } from 'typeorm';

import { EnvConfig } from '../../config/env.config';
import { HandlesJob, PermanentJobError, type JobHandler } from '../../queue/job-handler';
import {
  Application,
  ApplicationSnapshot,
  ApplicationTransitionRecord,
  Campaign,
} from '../applications/application.entities';
import { User } from '../identity/user.entity';
import { Organization } from '../organizations/organization.entity';
import { FileStorage, newStorageKey } from '../roadmaps/storage/file-storage';
import type { ApplicationDocument } from './document.entity';
import { applicationDocumentModel, decisionLetterModel, type DocumentContext } from './document-models';
import { DocumentsRepository } from './documents.repository';
import { renderPdf } from './pdf-renderer';

/** The lease is held by another worker: retry later (BullMQ back-off) rather than render twice. */
class RenderInProgress extends Error {}

/**
 * Renders one document to PDF and stores it. Idempotent and crash-safe: a ready document is left alone; a claim
 * (attempt + 1, fresh storage key, lease) is taken in its own statement before rendering, so a worker killed
 * mid-render leaves a claim that another worker takes over once the lease has run out (after deleting any file the
 * dead attempt stored); completing requires still holding the claim. The result is exactly one stored file per
 * document, whatever the number of attempts.
 */
@Injectable()
@HandlesJob('documents.render')
export class RenderDocumentHandler implements JobHandler<'documents.render'> {
  private readonly logger = new Logger(RenderDocumentHandler.name);

  constructor(
    private readonly dataSource: DataSource,
    private readonly documents: DocumentsRepository,
    private readonly storage: FileStorage,
    private readonly config: EnvConfig,
  ) {}

  async handle({ documentId }: JobPayloads['documents.render']): Promise<void> {
    const storageKey = newStorageKey('documents');
    const claim = await this.documents.claim(documentId, storageKey, this.config.DOCUMENT_RENDER_LEASE_MS);
    if (!claim) {
      const current = await this.documents.findById(documentId);
      if (!current) throw new PermanentJobError(`Document ${documentId} does not exist`);
      if (current.status === 'ready' || current.status === 'failed') return;
      throw new RenderInProgress(`Document ${documentId} is being rendered by another worker`);
    }
    const { document, previousKey } = claim;
    const started = Date.now();
    try {
      if (previousKey) await this.storage.delete(previousKey);
      const pdf = await renderPdf(await this.model(document));
      await this.storage.put(storageKey, pdf, 'application/pdf');
      const sha256 = createHash('sha256').update(pdf).digest('hex');
      if (!(await this.documents.complete(document.id, storageKey, pdf.length, sha256))) {
        // Our lease ran out and another worker took over: its file is the document, ours goes.
        await this.storage.delete(storageKey);
        return;
      }
      this.logger.log(
        {
          documentId,
          kind: document.kind,
          attempt: document.attempts,
          bytes: pdf.length,
          ms: Date.now() - started,
        },
        'Document rendered',
      );
    } catch (err) {
      await this.documents.release(document.id, storageKey, (err as Error).message);
      throw err;
    }
  }

  private async model(document: ApplicationDocument) {
    const manager = this.dataSource.manager;
    const application = await manager
      .getRepository(Application)
      .findOneByOrFail({ id: document.applicationId });
    const campaign = await manager.getRepository(Campaign).findOneByOrFail({ id: application.campaignId });
    const municipality = await manager
      .getRepository(Organization)
      .findOneByOrFail({ id: application.municipalityId });
    const region = municipality.parentId
      ? await manager.getRepository(Organization).findOneBy({ id: municipality.parentId })
      : null;
    const snapshot = await manager.getRepository(ApplicationSnapshot).findOneOrFail({
      where: { applicationId: application.id, contentHash: document.snapshotHash },
      order: { sequence: 'DESC' },
    });
    const context: DocumentContext = {
      applicationId: application.id,
      campaignTitle: campaign.title,
      municipalityRu: municipality.nameRu,
      municipalityEn: municipality.nameEn,
      regionRu: region?.nameRu ?? null,
      regionEn: region?.nameEn ?? null,
      snapshot: {
        sequence: snapshot.sequence,
        contentHash: snapshot.contentHash,
        createdAt: snapshot.createdAt,
        content: snapshot.content,
      },
    };
    if (document.kind === 'application') return applicationDocumentModel(context, document.locale);
    const transition = await manager
      .getRepository(ApplicationTransitionRecord)
      .findOneByOrFail({ id: document.transitionId! });
    const actor = transition.actorUserId
      ? await manager.getRepository(User).findOneBy({ id: transition.actorUserId })
      : null;
    return decisionLetterModel(
      context,
      {
        toStatus: transition.toStatus,
        stage: transition.stage,
        reasons: transition.reasons,
        decidedBy: actor?.displayName ?? null,
        decidedAt: transition.occurredAt,
      },
      document.locale,
    );
  }
}
