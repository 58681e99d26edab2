import { Injectable } from '@nestjs/common';
import type {
  CloneRoadmapDto,
  CreateRoadmapDto,
  RoadmapDocumentResponse,
  RoadmapListResponse,
  RoadmapResponse,
  UpdateRoadmapDto,
} from '@smartcity/contracts';
import { diffRecords, type AccessScope, type RoadmapStatus } from '@smartcity/domain';
import type { EntityManager } from 'typeorm';

import { AppException } from '../../common/app.exception';
import { TransactionRunner } from '../../database/transaction';
import { isUniqueViolation } from '../../database/postgres-errors';
import { CatalogueReferences } from './catalogue-references';
import { assertEditable, RoadmapWrites, staleWrite } from './roadmap-writes';
import type { Roadmap } from './roadmap.entity';
import { toDocumentResponse, toRoadmapResponse } from './roadmaps.mapper';
import { RoadmapsRepository } from './roadmaps.repository';

function checkYears(start: number, end: number, outlook: number | null | undefined): void {
  const fields = [];
  if (end < start)
    fields.push({ field: 'periodEndYear', reason: 'periodEndYear must not be before periodStartYear' });
  if (outlook != null && outlook < end) {
    fields.push({ field: 'outlookYear', reason: 'outlookYear must not be before periodEndYear' });
  }
  if (fields.length > 0) throw AppException.validation(fields);
}

/** Statuses only the applications workflow sets (submission locks a roadmap, approval makes it the baseline). */
const WORKFLOW_OWNED_STATUSES: readonly RoadmapStatus[] = ['submitted', 'approved'];

const periodTaken = (start: number, end: number) =>
  new AppException('roadmaps.period-taken', `This municipality already has a roadmap for ${start}–${end}`, {
    fields: [{ field: 'periodStartYear', reason: `a roadmap for ${start}–${end} exists already` }],
  });

/** Roadmaps as documents: list, create, read whole, edit their own fields, clone. */
@Injectable()
export class RoadmapsService {
  constructor(
    private readonly roadmaps: RoadmapsRepository,
    private readonly tx: TransactionRunner,
    private readonly writes: RoadmapWrites,
    private readonly catalogue: CatalogueReferences,
  ) {}

  async list(scope: AccessScope, orgId: string): Promise<RoadmapListResponse> {
    return { items: (await this.roadmaps.list(scope, orgId)).map(toRoadmapResponse) };
  }

  async document(scope: AccessScope, orgId: string, roadmapId: string): Promise<RoadmapDocumentResponse> {
    // One transaction, so the document is one consistent state even while others write.
    return this.tx.run(async (manager) => {
      const roadmap = await this.requireRoadmap(scope, manager, orgId, roadmapId);
      return toDocumentResponse(await this.roadmaps.loadDocument(scope, manager, roadmap));
    });
  }

  async create(scope: AccessScope, orgId: string, dto: CreateRoadmapDto): Promise<RoadmapResponse> {
    checkYears(dto.periodStartYear, dto.periodEndYear, dto.outlookYear);
    try {
      return await this.tx.run(async (manager) => {
        await this.roadmaps.assertReach(scope, manager, orgId, 'roadmaps.edit');
        await this.catalogue.assertPinnableFramework(manager, dto.frameworkId);
        const roadmap = await this.roadmaps.insert(scope, manager, {
          municipalityId: orgId,
          frameworkId: dto.frameworkId,
          title: dto.title.trim(),
          periodStartYear: dto.periodStartYear,
          periodEndYear: dto.periodEndYear,
          outlookYear: dto.outlookYear ?? null,
          status: 'draft',
          createdBy: scope.userId,
        });
        const response = toRoadmapResponse(roadmap);
        await this.writes.revisionChanged(manager, roadmap);
        await this.writes.record(manager, scope, roadmap, {
          action: 'roadmaps.created',
          entityType: 'roadmap',
          entityId: roadmap.id,
          after: response,
        });
        return response;
      });
    } catch (error) {
      if (isUniqueViolation(error, 'roadmaps_period_uq'))
        throw periodTaken(dto.periodStartYear, dto.periodEndYear);
      throw error;
    }
  }

  async update(
    scope: AccessScope,
    orgId: string,
    roadmapId: string,
    dto: UpdateRoadmapDto,
  ): Promise<RoadmapResponse> {
    const { revision, ...changes } = dto;
    const { before, after } = await this.tx.run(async (manager) => {
      const current = await this.requireRoadmap(scope, manager, orgId, roadmapId, 'roadmaps.edit');
      assertEditable(current);
      if (changes.status && changes.status !== current.status && WORKFLOW_OWNED_STATUSES.includes(changes.status)) {
        throw AppException.validation([
          {
            field: 'status',
            reason: `only the pilot application workflow sets a roadmap ${changes.status}; choose draft or archived`,
          },
        ]);
      }
      checkYears(
        current.periodStartYear,
        changes.periodEndYear ?? current.periodEndYear,
        changes.outlookYear === undefined ? current.outlookYear : changes.outlookYear,
      );
      const updated = await this.roadmaps.updateIfRevision(scope, manager, current, revision, changes);
      if (!updated) {
        const now = await this.requireRoadmap(scope, manager, orgId, roadmapId);
        throw staleWrite('This roadmap', toRoadmapResponse(now));
      }
      const fieldChanges = diffRecords(toRoadmapResponse(current), toRoadmapResponse(updated));
      await this.writes.revisionChanged(manager, updated);
      await this.writes.record(manager, scope, updated, {
        action: 'roadmaps.updated',
        entityType: 'roadmap',
        entityId: updated.id,
        before: Object.fromEntries(fieldChanges.map((c) => [c.field, c.before])),
        after: Object.fromEntries(fieldChanges.map((c) => [c.field, c.after])),
      });
      return { before: current, after: updated };
    });
    this.writes.announce(scope, after, {
      action: 'roadmaps.updated',
      entityType: 'roadmap',
      entityId: before.id,
    });
    return toRoadmapResponse(after);
  }

  /**
   * A new draft roadmap for another period, copied from this one: problems, items with their budget (planned only;
   * actual spending belongs to the old period), KPI targets, dependencies and coverage marks (whose reviews start
   * over). Items keep their status and progress.
   */
  async clone(
    scope: AccessScope,
    orgId: string,
    roadmapId: string,
    dto: CloneRoadmapDto,
  ): Promise<RoadmapResponse> {
    checkYears(dto.periodStartYear, dto.periodEndYear, dto.outlookYear);
    try {
      return await this.tx.run(async (manager) => {
        const source = await this.requireRoadmap(scope, manager, orgId, roadmapId, 'roadmaps.edit');
        const rows = await this.roadmaps.loadDocument(scope, manager, source);
        const copy = await this.roadmaps.insert(scope, manager, {
          municipalityId: orgId,
          frameworkId: source.frameworkId,
          title: dto.title.trim(),
          periodStartYear: dto.periodStartYear,
          periodEndYear: dto.periodEndYear,
          outlookYear: dto.outlookYear ?? null,
          status: 'draft',
          clonedFromId: source.id,
          createdBy: scope.userId,
        });
        await this.roadmaps.copyParts(scope, manager, rows, copy);
        const response = toRoadmapResponse(copy);
        await this.writes.revisionChanged(manager, copy);
        await this.writes.record(manager, scope, copy, {
          action: 'roadmaps.cloned',
          entityType: 'roadmap',
          entityId: copy.id,
          after: { ...response, sourceRoadmapId: source.id },
        });
        return response;
      });
    } catch (error) {
      if (isUniqueViolation(error, 'roadmaps_period_uq'))
        throw periodTaken(dto.periodStartYear, dto.periodEndYear);
      throw error;
    }
  }

  private async requireRoadmap(
    scope: AccessScope,
    manager: EntityManager,
    orgId: string,
    roadmapId: string,
    permission: 'roadmaps.read' | 'roadmaps.edit' = 'roadmaps.read',
  ): Promise<Roadmap> {
    const roadmap = await this.roadmaps.find(scope, manager, orgId, roadmapId, permission);
    if (!roadmap) throw AppException.notFound('Roadmap');
    return roadmap;
  }
}
