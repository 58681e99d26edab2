import { Injectable } from '@nestjs/common';
import type {
  ComplianceDirectionColumnResponse,
  ComplianceMunicipalitiesQueryDto,
  ComplianceMunicipalityTableResponse,
  ComplianceReportResponse,
  ComplianceRunListResponse,
  ComplianceRunResponse,
  ComplianceTrendQueryDto,
  ComplianceTrendResponse,
  StartComplianceRecomputeDto,
} from '@smartcity/contracts';
import { isValidIsoDate, type AccessScope } from '@smartcity/domain';

import { AppException } from '../../common/app.exception';
import { isUuid } from '../../common/uuid';
import { TransactionRunner } from '../../database/transaction';
import { OutboxPublisher } from '../../queue/outbox.publisher';
import { AuditService } from '../audit/audit.service';
import { Framework } from '../catalogue/framework.entity';
import { RoadmapsRepository } from '../roadmaps/roadmaps.repository';
import { ComplianceClock } from './compliance-clock';
import { ComplianceEvaluator } from './compliance-evaluator';
import {
  toMunicipalityRow,
  toReportResponse,
  toRunResponse,
  toStoredReportResponse,
  toTrendPoint,
} from './compliance.mapper';
import { ComplianceRepository } from './compliance.repository';

const DEFAULT_TREND_DAYS = 90;
const MAX_TREND_DAYS = 800;
const RUN_LIST_LIMIT = 20;

/** Compliance over HTTP: the authoritative report, the trend, the cross-municipality table and bulk runs. */
@Injectable()
export class ComplianceService {
  constructor(
    private readonly roadmaps: RoadmapsRepository,
    private readonly repository: ComplianceRepository,
    private readonly evaluator: ComplianceEvaluator,
    private readonly clock: ComplianceClock,
    private readonly tx: TransactionRunner,
    private readonly outbox: OutboxPublisher,
    private readonly audit: AuditService,
  ) {}

  /**
   * The report for the roadmap's current revision as of today. Stored per (roadmap, revision, ruleset version);
   * when missing (the worker has not got to it yet) or computed on an earlier day (the schedule rules depend on
   * the date), it is evaluated now — under 2 ms for 500 items — stored and returned.
   */
  async report(scope: AccessScope, orgId: string, roadmapId: string): Promise<ComplianceReportResponse> {
    const roadmap = await this.roadmaps.find(scope, this.roadmaps.manager, orgId, roadmapId);
    if (!roadmap) throw AppException.notFound('Roadmap');
    const today = this.clock.today();
    const stored = await this.repository.findReport(this.repository.manager, roadmap.id, roadmap.revision);
    if (stored && stored.asOf === today) return toReportResponse(stored);
    const { stored: fresh, failed } = await this.evaluator.evaluateAndStore([roadmap.id], today);
    if (fresh.length === 0) {
      throw new Error(
        `Compliance evaluation of roadmap ${roadmap.id} failed: ${failed[0]?.error ?? 'not found'}`,
      );
    }
    return toStoredReportResponse(fresh[0]);
  }

  async trend(
    scope: AccessScope,
    orgId: string,
    roadmapId: string,
    query: ComplianceTrendQueryDto,
  ): Promise<ComplianceTrendResponse> {
    const roadmap = await this.roadmaps.find(scope, this.roadmaps.manager, orgId, roadmapId);
    if (!roadmap) throw AppException.notFound('Roadmap');
    const to = query.to ?? this.clock.today();
    const from = query.from ?? addDays(to, -(DEFAULT_TREND_DAYS - 1));
    const problems = [
      ...(isValidIsoDate(from) ? [] : [{ field: 'from', reason: 'not a calendar date' }]),
      ...(isValidIsoDate(to) ? [] : [{ field: 'to', reason: 'not a calendar date' }]),
    ];
    if (problems.length > 0) throw AppException.validation(problems);
    if (from > to) throw AppException.validation([{ field: 'from', reason: 'must not be after to' }]);
    if (daysBetween(from, to) >= MAX_TREND_DAYS) {
      throw AppException.validation([
        { field: 'from', reason: `the range may span at most ${MAX_TREND_DAYS} days` },
      ]);
    }
    const points = await this.repository.dailyScores(roadmap.id, from, to);
    return { roadmapId: roadmap.id, from, to, points: points.map(toTrendPoint) };
  }

  async municipalities(
    scope: AccessScope,
    query: ComplianceMunicipalitiesQueryDto,
  ): Promise<ComplianceMunicipalityTableResponse> {
    const rows = await this.repository.municipalityRows(scope, query);
    const columns = new Map<string, ComplianceDirectionColumnResponse>();
    for (const row of rows) {
      for (const d of row.directionScores ?? []) {
        if (!columns.has(d.directionCode)) {
          columns.set(d.directionCode, { code: d.directionCode, titleRu: d.titleRu, titleEn: d.titleEn });
        }
      }
    }
    return { directions: [...columns.values()], items: rows.map(toMunicipalityRow) };
  }

  /** Starts a bulk recompute: a run row and its job commit together with the audit event. */
  async startRecompute(scope: AccessScope, dto: StartComplianceRecomputeDto): Promise<ComplianceRunResponse> {
    return this.tx.run(async (manager) => {
      const frameworkId = dto.frameworkId ?? null;
      if (frameworkId !== null) {
        const framework = await manager.getRepository(Framework).findOneBy({ id: frameworkId });
        if (!framework || framework.kind !== 'measures') {
          throw AppException.validation([
            { field: 'frameworkId', reason: 'no measures framework version has this id' },
          ]);
        }
      }
      const run = await this.repository.insertRun(manager, {
        trigger: 'manual',
        frameworkId,
        createdBy: scope.userId,
      });
      await this.outbox.publish(manager, 'compliance.run-recompute', { v: 1, runId: run.id });
      await this.audit.record(manager, {
        actorUserId: scope.userId,
        organizationId: null,
        action: 'compliance.recompute-started',
        entityType: 'compliance_run',
        entityId: run.id,
        after: { frameworkId },
      });
      return toRunResponse(run);
    });
  }

  async run(runId: string): Promise<ComplianceRunResponse> {
    const run = isUuid(runId) ? await this.repository.findRun(runId) : null;
    if (!run) throw AppException.notFound('Compliance run');
    return toRunResponse(run);
  }

  async runs(): Promise<ComplianceRunListResponse> {
    return { items: (await this.repository.listRuns(RUN_LIST_LIMIT)).map(toRunResponse) };
  }
}

function addDays(day: string, days: number): string {
  const date = new Date(`${day}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}

function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}
