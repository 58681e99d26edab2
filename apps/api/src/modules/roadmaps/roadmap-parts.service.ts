import { Injectable } from '@nestjs/common';
import type {
  CoverageWriteResponse,
  CreateProblemDto,
  ProblemResponse,
  ProblemWriteResponse,
  RoadmapRevisionResponse,
  SetCoverageDto,
  UpdateProblemDto,
} from '@smartcity/contracts';
import type { AccessScope } from '@smartcity/domain';
import type { FieldError } from '@smartcity/contracts';

import { AppException } from '../../common/app.exception';
import { CatalogueReferences } from './catalogue-references';
import { RoadmapEvidenceRepository } from './roadmap-evidence.repository';
import { RoadmapEvidenceService } from './roadmap-evidence.service';
import type { RoadmapMeasureCoverage } from './roadmap-parts.entity';
import { RoadmapWrites, staleWrite } from './roadmap-writes';
import { toCoverageResponse, toProblemResponse } from './roadmaps.mapper';
import { RoadmapsRepository } from './roadmaps.repository';

/** Problems (the analysis own measures cite) and coverage marks for basic measures no item covers. */
@Injectable()
export class RoadmapPartsService {
  constructor(
    private readonly roadmaps: RoadmapsRepository,
    private readonly writes: RoadmapWrites,
    private readonly catalogue: CatalogueReferences,
    private readonly evidence: RoadmapEvidenceRepository,
    private readonly evidenceFiles: RoadmapEvidenceService,
  ) {}

  /** One problem, mapped exactly as the document maps it (a live update splices it in); 404 for another roadmap's. */
  async getProblem(
    scope: AccessScope,
    orgId: string,
    roadmapId: string,
    problemId: string,
  ): Promise<ProblemResponse> {
    const manager = this.roadmaps.manager;
    const roadmap = await this.roadmaps.find(scope, manager, orgId, roadmapId);
    if (!roadmap) throw AppException.notFound('Roadmap');
    const problem = await this.roadmaps.findProblem(scope, manager, roadmap, problemId);
    if (!problem) throw AppException.notFound('Problem');
    return toProblemResponse(problem);
  }

  async createProblem(
    scope: AccessScope,
    orgId: string,
    roadmapId: string,
    dto: CreateProblemDto,
  ): Promise<ProblemWriteResponse> {
    const { result, roadmapRevision } = await this.writes.write(
      scope,
      orgId,
      roadmapId,
      async (manager, roadmap) => {
        if (dto.directionId) await this.checkDirection(manager, roadmap.frameworkId, dto.directionId);
        const problem = await this.roadmaps.insertProblem(scope, manager, roadmap, {
          title: dto.title.trim(),
          description: dto.description ?? null,
          evidenceLinks: dto.evidenceLinks ?? [],
          severity: dto.severity,
          directionId: dto.directionId ?? null,
        });
        const saved = toProblemResponse(problem);
        return {
          result: saved,
          audit: {
            action: 'roadmaps.problem-created',
            entityType: 'roadmap_problem',
            entityId: problem.id,
            after: saved,
          },
        };
      },
    );
    return { roadmapRevision, problem: result };
  }

  async updateProblem(
    scope: AccessScope,
    orgId: string,
    roadmapId: string,
    problemId: string,
    dto: UpdateProblemDto,
  ): Promise<ProblemWriteResponse> {
    const { revision, ...changes } = dto;
    const { result, roadmapRevision } = await this.writes.write(
      scope,
      orgId,
      roadmapId,
      async (manager, roadmap) => {
        const current = await this.roadmaps.findProblem(scope, manager, roadmap, problemId);
        if (!current) throw AppException.notFound('Problem');
        if (current.revision !== revision) throw staleWrite('This problem', toProblemResponse(current));
        if (changes.directionId) await this.checkDirection(manager, roadmap.frameworkId, changes.directionId);
        if (changes.title !== undefined) changes.title = changes.title.trim();
        if (!(await this.roadmaps.updateProblem(scope, manager, roadmap, problemId, revision, changes))) {
          throw staleWrite('This problem', toProblemResponse(current));
        }
        const saved = toProblemResponse(
          (await this.roadmaps.findProblem(scope, manager, roadmap, problemId))!,
        );
        return {
          result: saved,
          audit: {
            action: 'roadmaps.problem-updated',
            entityType: 'roadmap_problem',
            entityId: problemId,
            before: toProblemResponse(current),
            after: saved,
          },
        };
      },
    );
    return { roadmapRevision, problem: result };
  }

  async deleteProblem(
    scope: AccessScope,
    orgId: string,
    roadmapId: string,
    problemId: string,
    revision: number,
  ): Promise<RoadmapRevisionResponse> {
    const { roadmapRevision } = await this.writes.write(scope, orgId, roadmapId, async (manager, roadmap) => {
      const current = await this.roadmaps.findProblem(scope, manager, roadmap, problemId);
      if (!current) throw AppException.notFound('Problem');
      if (current.revision !== revision) throw staleWrite('This problem', toProblemResponse(current));
      const citing = await this.roadmaps.itemsCitingProblem(scope, manager, roadmap, problemId);
      if (citing.length > 0) {
        throw new AppException(
          'roadmaps.problem-in-use',
          `${citing.length} item(s) cite this problem; remove it from them first`,
          { itemIds: citing },
        );
      }
      // Evidence rows go with the problem (cascade); their files are deleted after commit.
      const files = await this.evidence.storageKeysOf(scope, manager, roadmap, { problemId });
      await this.roadmaps.deleteProblem(scope, manager, roadmap, problemId);
      await this.evidenceFiles.enqueueFileDeletion(manager, files);
      return {
        result: null,
        audit: {
          action: 'roadmaps.problem-deleted',
          entityType: 'roadmap_problem',
          entityId: problemId,
          before: toProblemResponse(current),
        },
      };
    });
    return { roadmapRevision };
  }

  /**
   * Creates or replaces the mark of a basic measure. `implemented` needs evidence; `not_applicable` needs a
   * justification and (re)starts its review: any change to it must be accepted again.
   */
  async setCoverage(
    scope: AccessScope,
    orgId: string,
    roadmapId: string,
    measureId: string,
    dto: SetCoverageDto,
  ): Promise<CoverageWriteResponse> {
    const fields: FieldError[] = [];
    const justification = dto.justification?.trim() || null;
    const evidenceLinks = dto.evidenceLinks ?? [];
    if (dto.status === 'implemented' && evidenceLinks.length === 0) {
      fields.push({
        field: 'evidenceLinks',
        reason: 'an implemented measure needs at least one evidence link',
      });
    }
    if (dto.status === 'not_applicable' && !justification) {
      fields.push({
        field: 'justification',
        reason: 'explain why the measure does not apply to the municipality',
      });
    }
    if (fields.length > 0) throw AppException.validation(fields);

    const { result, roadmapRevision } = await this.writes.write(
      scope,
      orgId,
      roadmapId,
      async (manager, roadmap) => {
        const refs = await this.catalogue.check(manager, roadmap.frameworkId, {
          measures: [{ field: 'measureId', id: measureId }],
          basicOnly: true,
        });
        if (refs.length > 0) throw AppException.validation(refs);
        const current = await this.roadmaps.findCoverage(scope, manager, roadmap, measureId);
        const values: Partial<RoadmapMeasureCoverage> = {
          status: dto.status,
          justification,
          evidenceLinks,
          reviewStatus: dto.status === 'not_applicable' ? 'pending' : null,
          reviewedBy: null,
          reviewedAt: null,
        };
        if (!current) {
          // Someone deleted the mark this edit was based on.
          if (dto.revision !== undefined) throw staleWrite('This coverage mark', null);
          const created = toCoverageResponse(
            await this.roadmaps.insertCoverage(scope, manager, roadmap, { ...values, measureId }),
          );
          return {
            result: created,
            audit: {
              action: 'roadmaps.coverage-set',
              entityType: 'roadmap_coverage',
              entityId: measureId,
              after: created,
            },
          };
        }
        if (dto.revision !== current.revision)
          throw staleWrite('This coverage mark', toCoverageResponse(current));
        if (
          !(await this.roadmaps.updateCoverage(scope, manager, roadmap, current.id, current.revision, values))
        ) {
          throw staleWrite('This coverage mark', toCoverageResponse(current));
        }
        const saved = toCoverageResponse(
          (await this.roadmaps.findCoverage(scope, manager, roadmap, measureId))!,
        );
        return {
          result: saved,
          audit: {
            action: 'roadmaps.coverage-set',
            entityType: 'roadmap_coverage',
            entityId: measureId,
            before: toCoverageResponse(current),
            after: saved,
          },
        };
      },
    );
    return { roadmapRevision, coverage: result };
  }

  async clearCoverage(
    scope: AccessScope,
    orgId: string,
    roadmapId: string,
    measureId: string,
    revision: number,
  ): Promise<RoadmapRevisionResponse> {
    const { roadmapRevision } = await this.writes.write(scope, orgId, roadmapId, async (manager, roadmap) => {
      const current = await this.roadmaps.findCoverage(scope, manager, roadmap, measureId);
      if (!current) throw AppException.notFound('Coverage mark');
      if (current.revision !== revision) throw staleWrite('This coverage mark', toCoverageResponse(current));
      await this.roadmaps.deleteCoverage(scope, manager, roadmap, current.id);
      return {
        result: null,
        audit: {
          action: 'roadmaps.coverage-cleared',
          entityType: 'roadmap_coverage',
          entityId: measureId,
          before: toCoverageResponse(current),
        },
      };
    });
    return { roadmapRevision };
  }

  private async checkDirection(
    manager: Parameters<CatalogueReferences['check']>[0],
    frameworkId: string,
    id: string,
  ) {
    const errors = await this.catalogue.check(manager, frameworkId, {
      directions: [{ field: 'directionId', id }],
    });
    if (errors.length > 0) throw AppException.validation(errors);
  }
}
