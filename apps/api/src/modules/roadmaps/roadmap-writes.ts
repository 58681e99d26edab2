import { Injectable } from '@nestjs/common';
import type { AccessScope } from '@smartcity/domain';
import type { EntityManager } from 'typeorm';

import { AppException } from '../../common/app.exception';
import { TransactionRunner } from '../../database/transaction';
import { OutboxPublisher } from '../../queue/outbox.publisher';
import { AuditService } from '../audit/audit.service';
import { RoadmapLiveService } from './roadmap-live.service';
import type { Roadmap } from './roadmap.entity';
import { RoadmapsRepository } from './roadmaps.repository';

export type WriteAudit = {
  /** `roadmaps.<past-tense verb>`, e.g. `roadmaps.item-updated`. */
  action: string;
  entityType:
    | 'roadmap'
    | 'roadmap_item'
    | 'roadmap_problem'
    | 'roadmap_coverage'
    | 'roadmap_comment'
    | 'roadmap_evidence'
    | 'roadmap_import';
  entityId: string;
  before?: object | null;
  after?: object | null;
};

/**
 * A roadmap out with a pilot application (`submitted`) is what the reviewers are looking at: its content is frozen
 * until they request changes, reject it or the application is withdrawn (the workflow sets it back to `draft`).
 */
export function assertEditable(roadmap: Roadmap): void {
  if (roadmap.status === 'submitted') {
    throw new AppException(
      'roadmaps.under-review',
      'This roadmap is under review with a pilot application; it can be edited again once changes are requested or the application is withdrawn',
      { status: roadmap.status },
    );
  }
}

/** A stale write: 409 `common.conflict` with what is there now, so the client can merge and retry. */
export function staleWrite(what: string, current: unknown): AppException {
  return new AppException(
    'common.conflict',
    `${what} was changed by someone else since you loaded it; review the current version and apply your edit again`,
    { current },
  );
}

/**
 * The one way to change a roadmap's content. In a single transaction it bumps the roadmap's revision (taking the
 * roadmap's row lock, so writers to one roadmap queue up instead of overwriting each other), runs the change,
 * records the audit event and publishes the compliance job for the new revision; after commit it publishes the
 * live update.
 */
@Injectable()
export class RoadmapWrites {
  constructor(
    private readonly roadmaps: RoadmapsRepository,
    private readonly tx: TransactionRunner,
    private readonly audit: AuditService,
    private readonly live: RoadmapLiveService,
    private readonly outbox: OutboxPublisher,
  ) {}

  /** Revisions whose compliance job a transaction has already published (several records in one write). */
  private readonly evaluationRequested = new WeakMap<EntityManager, Set<string>>();

  async write<T>(
    scope: AccessScope,
    municipalityId: string,
    roadmapId: string,
    work: (manager: EntityManager, roadmap: Roadmap) => Promise<{ result: T; audit: WriteAudit }>,
  ): Promise<{ result: T; roadmapRevision: number }> {
    const done = await this.tx.run(async (manager) => {
      const roadmap = await this.roadmaps.beginWrite(scope, manager, municipalityId, roadmapId);
      if (!roadmap) throw AppException.notFound('Roadmap');
      assertEditable(roadmap);
      const { result, audit } = await work(manager, roadmap);
      await this.record(manager, scope, roadmap, audit);
      await this.revisionChanged(manager, roadmap);
      return { result, audit, roadmap };
    });
    this.announce(scope, done.roadmap, done.audit);
    return { result: done.result, roadmapRevision: done.roadmap.revision };
  }

  /** Audit event for a roadmap change; the roadmap id goes into the payload so the activity feed can find it. */
  async record(
    manager: EntityManager,
    scope: AccessScope,
    roadmap: Roadmap,
    audit: WriteAudit,
  ): Promise<void> {
    await this.recordMany(manager, scope, roadmap, [audit]);
  }

  /** Audit events of several changes of one write (e.g. every item of an applied workbook) in one statement. */
  async recordMany(
    manager: EntityManager,
    scope: AccessScope,
    roadmap: Roadmap,
    audits: readonly WriteAudit[],
  ): Promise<void> {
    await this.audit.recordMany(
      manager,
      audits.map((audit) => ({
        actorUserId: scope.userId,
        organizationId: roadmap.municipalityId,
        action: audit.action,
        entityType: audit.entityType,
        entityId: audit.entityId,
        before: audit.before ? { roadmapId: roadmap.id, ...audit.before } : null,
        after: { roadmapId: roadmap.id, ...(audit.after ?? {}) },
      })),
    );
  }

  /**
   * A new roadmap revision exists in this transaction: publish `compliance.evaluate-roadmap` for it through the
   * outbox, so the job commits exactly when the revision does. Writers that bump the revision outside `write`
   * (roadmap fields, create, clone) call this themselves. Once per revision and transaction; the job id is derived
   * from (roadmap, revision), so BullMQ keeps one job even across transactions.
   */
  async revisionChanged(manager: EntityManager, roadmap: Pick<Roadmap, 'id' | 'revision'>): Promise<void> {
    const key = `${roadmap.id}_${roadmap.revision}`;
    let requested = this.evaluationRequested.get(manager);
    if (!requested) {
      requested = new Set();
      this.evaluationRequested.set(manager, requested);
    }
    if (requested.has(key)) return;
    requested.add(key);
    await this.outbox.publish(manager, 'compliance.evaluate-roadmap', {
      v: 1,
      roadmapId: roadmap.id,
      revision: roadmap.revision,
    });
  }

  /** Publishes the live update for a committed change (fire and forget). */
  announce(
    scope: AccessScope,
    roadmap: Roadmap,
    audit: Pick<WriteAudit, 'action' | 'entityType' | 'entityId'>,
    type: 'roadmap.changed' | 'comment.added' = 'roadmap.changed',
  ): void {
    void this.live.publish({
      type,
      roadmapId: roadmap.id,
      roadmapRevision: roadmap.revision,
      action: audit.action,
      entityType: audit.entityType,
      entityId: audit.entityId,
      actorUserId: scope.userId,
      occurredAt: new Date().toISOString(),
    });
  }
}
