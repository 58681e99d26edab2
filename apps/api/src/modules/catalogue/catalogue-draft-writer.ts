import { Injectable } from '@nestjs/common';
import type { AccessScope } from '@smartcity/domain';
import type { EntityManager } from 'typeorm';

import { AppException } from '../../common/app.exception';
import { TransactionRunner } from '../../database/transaction';
import { AuditService } from '../audit/audit.service';
import { mapCatalogueDatabaseError, versionPublished } from './catalogue-errors';
import { CatalogueRepository } from './catalogue.repository';
import type { Framework } from './framework.entity';

type Changes = { before: Record<string, unknown>; after: Record<string, unknown> };

/** Fields of `patch` that differ from `current` (undefined = not sent; null clears). */
export function changesOf<T extends object>(current: T, patch: Partial<T>): Changes {
  const before: Record<string, unknown> = {};
  const after: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(patch)) {
    if (value === undefined) continue;
    const old = (current as Record<string, unknown>)[key];
    if (JSON.stringify(old) !== JSON.stringify(value)) {
      before[key] = old;
      after[key] = value;
    }
  }
  return { before, after };
}

export function requireTitle(titleRu: string | null | undefined, titleEn: string | null | undefined): void {
  if (!titleRu && !titleEn) {
    throw AppException.validation([
      { field: 'titleRu', reason: 'titleRu or titleEn is required', constraint: 'title-required' },
    ]);
  }
}

/**
 * The write discipline both draft services share: one transaction per change, the version row locked and checked
 * to be a draft at the expected revision (the database re-checks with its freeze triggers), database refusals
 * mapped to catalogue errors, and an audit event in the same transaction.
 */
@Injectable()
export class CatalogueDraftWriter {
  constructor(
    private readonly catalogue: CatalogueRepository,
    private readonly tx: TransactionRunner,
    private readonly audit: AuditService,
  ) {}

  async write<T>(work: (manager: EntityManager) => Promise<T>): Promise<T> {
    try {
      return await this.tx.run(work);
    } catch (error) {
      return mapCatalogueDatabaseError(error);
    }
  }

  async lockVersion(scope: AccessScope, m: EntityManager, id: string): Promise<Framework> {
    const framework = await this.catalogue.findFramework(scope, id, m, true);
    if (!framework) throw AppException.notFound('Framework version');
    return framework;
  }

  /** The version, locked, if it is a draft at the expected revision: 404, 409 published or 409 stale otherwise. */
  async lockDraft(
    scope: AccessScope,
    m: EntityManager,
    id: string,
    expectedRevision?: number,
  ): Promise<Framework> {
    const framework = await this.lockVersion(scope, m, id);
    if (framework.status !== 'draft') throw versionPublished(framework);
    this.checkRevision(framework, expectedRevision);
    return framework;
  }

  checkRevision(framework: Framework, expectedRevision: number | undefined): void {
    if (expectedRevision !== undefined && expectedRevision !== framework.revision) {
      throw new AppException(
        'common.conflict',
        `The draft changed since you loaded it (revision ${framework.revision}, you sent ${expectedRevision}); reload it`,
        {
          current: {
            id: framework.id,
            revision: framework.revision,
            updatedAt: framework.updatedAt.toISOString(),
          },
        },
      );
    }
  }

  record(
    m: EntityManager,
    scope: AccessScope,
    action: string,
    entityType: string,
    entityId: string,
    before: object | null,
    after?: object | null,
  ): Promise<void> {
    // The catalogue is ministry-wide reference data: its events belong to no organization.
    return this.audit.record(m, {
      actorUserId: scope.userId,
      organizationId: null,
      action: `catalogue.${action}`,
      entityType,
      entityId,
      before,
      after: after ?? null,
    });
  }
}
