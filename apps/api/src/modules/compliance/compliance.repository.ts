import { Injectable } from '@nestjs/common';
import type { ComplianceMunicipalitiesQueryDto, ComplianceRunTrigger } from '@smartcity/contracts';
import {
  COMPLIANCE_RULESET_VERSION,
  organizationFilter,
  POPULATION_GROUPS,
  type AccessScope,
  type ComplianceReport,
  type DirectionCompliance,
  type RoadmapStatus,
} from '@smartcity/domain';
import { DataSource, type EntityManager } from 'typeorm';

import { ComplianceDailyScore, ComplianceReportRow } from './compliance-report.entity';
import { ComplianceRun } from './compliance-run.entity';

/** What the report of one roadmap revision is stored from. */
export type ReportToStore = {
  roadmapId: string;
  revision: number;
  frameworkId: string;
  report: ComplianceReport;
};

export type StoredReport = ReportToStore & { id: string; computedAt: Date };

export type MunicipalityComplianceRow = {
  municipalityId: string;
  municipalityNameRu: string;
  municipalityNameEn: string;
  regionId: string | null;
  regionNameRu: string | null;
  regionNameEn: string | null;
  population: number | null;
  isRegionalCapital: boolean;
  roadmapId: string | null;
  roadmapTitle: string | null;
  roadmapStatus: RoadmapStatus | null;
  roadmapRevision: number | null;
  reportRevision: number | null;
  score: number | null;
  directionScores: DirectionCompliance[] | null;
  errorCount: number | null;
  warningCount: number | null;
  computedAt: Date | null;
};

/**
 * Compliance results: reports per roadmap revision, daily scores and recompute runs. Report writes are upserts on
 * the natural keys, so a job delivered twice leaves one row. The cross-municipality read takes the caller's scope
 * and filters by what `compliance.overview` reaches.
 */
@Injectable()
export class ComplianceRepository {
  constructor(private readonly dataSource: DataSource) {}

  get manager(): EntityManager {
    return this.dataSource.manager;
  }

  // ---- reports ----

  async saveReports(manager: EntityManager, reports: readonly ReportToStore[]): Promise<StoredReport[]> {
    if (reports.length === 0) return [];
    const values = reports.map(({ roadmapId, revision, frameworkId, report }) => ({
      roadmapId,
      revision,
      rulesetVersion: report.rulesetVersion,
      frameworkId,
      asOf: report.asOf,
      score: report.score,
      coverageRatio: report.coverageRatio,
      qualityRatio: report.qualityRatio,
      basicMeasuresMandatory: report.basicMeasuresMandatory,
      directionScores: report.directions,
      horizonCoverage: report.horizons,
      basicMeasures: report.basicMeasures,
      findings: report.findings,
      errorCount: report.counts.error,
      warningCount: report.counts.warning,
      infoCount: report.counts.info,
      computedAt: () => 'now()',
    }));
    const result = await manager
      .createQueryBuilder()
      .insert()
      .into(ComplianceReportRow)
      .values(values)
      .orUpdate(
        [
          'framework_id',
          'as_of',
          'score',
          'coverage_ratio',
          'quality_ratio',
          'basic_measures_mandatory',
          'direction_scores',
          'horizon_coverage',
          'basic_measures',
          'findings',
          'error_count',
          'warning_count',
          'info_count',
          'computed_at',
        ],
        ['roadmap_id', 'revision', 'ruleset_version'],
      )
      .returning('id, roadmap_id, computed_at')
      .execute();
    // RETURNING instead of re-reading: the reports are in hand, only the id and the time are the database's.
    const returned = new Map(
      (result.raw as { id: string; roadmap_id: string; computed_at: Date }[]).map((r) => [r.roadmap_id, r]),
    );
    return reports.map((r) => {
      const row = returned.get(r.roadmapId)!;
      return { ...r, id: row.id, computedAt: new Date(row.computed_at) };
    });
  }

  findReport(
    manager: EntityManager,
    roadmapId: string,
    revision: number,
    rulesetVersion = COMPLIANCE_RULESET_VERSION,
  ): Promise<ComplianceReportRow | null> {
    return manager.getRepository(ComplianceReportRow).findOneBy({ roadmapId, revision, rulesetVersion });
  }

  // ---- daily scores ----

  async saveDailyScores(manager: EntityManager, day: string, reports: readonly StoredReport[]) {
    if (reports.length === 0) return;
    await manager
      .createQueryBuilder()
      .insert()
      .into(ComplianceDailyScore)
      .values(
        reports.map((r) => ({
          roadmapId: r.roadmapId,
          day,
          revision: r.revision,
          score: r.report.score,
          directionScores: directionScoreMap(r.report.directions),
          errorCount: r.report.counts.error,
          warningCount: r.report.counts.warning,
          computedAt: () => 'now()',
        })),
      )
      .orUpdate(
        ['revision', 'score', 'direction_scores', 'error_count', 'warning_count', 'computed_at'],
        ['roadmap_id', 'day'],
      )
      .execute();
  }

  dailyScores(roadmapId: string, from: string, to: string): Promise<ComplianceDailyScore[]> {
    return this.manager
      .getRepository(ComplianceDailyScore)
      .createQueryBuilder('d')
      .where('d.roadmap_id = :roadmapId AND d.day BETWEEN :from AND :to', { roadmapId, from, to })
      .orderBy('d.day', 'ASC')
      .getMany();
  }

  // ---- roadmaps to evaluate (the system's view: the worker, no scope) ----

  /** Roadmap ids in id order after `afterId`, optionally only those pinned to one framework version. */
  async roadmapIdsAfter(
    frameworkId: string | null,
    afterId: string | null,
    limit: number,
  ): Promise<string[]> {
    const rows = await this.manager.query<{ id: string }[]>(
      `SELECT id FROM roadmaps
       WHERE ($1::uuid IS NULL OR framework_id = $1) AND ($2::uuid IS NULL OR id > $2)
       ORDER BY id LIMIT $3`,
      [frameworkId, afterId, limit],
    );
    return rows.map((r) => r.id);
  }

  /** The roadmap's current revision, or null when it is gone. */
  async roadmapRevision(roadmapId: string): Promise<number | null> {
    const [row] = await this.manager.query<{ revision: number }[]>(
      `SELECT revision FROM roadmaps WHERE id = $1`,
      [roadmapId],
    );
    return row?.revision ?? null;
  }

  /** Every roadmap id in id order, optionally only those pinned to one framework version. */
  async roadmapIds(frameworkId: string | null): Promise<string[]> {
    const rows = await this.manager.query<{ id: string }[]>(
      `SELECT id FROM roadmaps WHERE ($1::uuid IS NULL OR framework_id = $1) ORDER BY id`,
      [frameworkId],
    );
    return rows.map((r) => r.id);
  }

  // ---- runs ----

  async insertRun(
    manager: EntityManager,
    values: { trigger: ComplianceRunTrigger; frameworkId: string | null; createdBy: string | null },
  ): Promise<ComplianceRun> {
    const repo = manager.getRepository(ComplianceRun);
    return repo.save(repo.create(values));
  }

  /** The run of a published framework version, created on first delivery of the event and reused after. */
  async frameworkRun(manager: EntityManager, frameworkId: string): Promise<ComplianceRun> {
    await manager.query(
      `INSERT INTO compliance_runs (trigger, framework_id) VALUES ('framework-published', $1)
       ON CONFLICT (framework_id) WHERE trigger = 'framework-published' DO NOTHING`,
      [frameworkId],
    );
    return manager
      .getRepository(ComplianceRun)
      .findOneByOrFail({ frameworkId, trigger: 'framework-published' });
  }

  findRun(id: string): Promise<ComplianceRun | null> {
    return this.manager.getRepository(ComplianceRun).findOneBy({ id });
  }

  listRuns(limit: number): Promise<ComplianceRun[]> {
    return this.manager.getRepository(ComplianceRun).find({ order: { createdAt: 'DESC' }, take: limit });
  }

  async startRun(id: string, total: number): Promise<void> {
    await this.manager.query(
      `UPDATE compliance_runs SET status = 'running', total = $2, done = 0, failed = 0, failure_message = NULL,
         started_at = now(), finished_at = NULL WHERE id = $1`,
      [id, total],
    );
  }

  async addProgress(id: string, done: number, failed: number): Promise<void> {
    await this.manager.query(
      `UPDATE compliance_runs SET done = done + $2, failed = failed + $3 WHERE id = $1`,
      [id, done, failed],
    );
  }

  async finishRun(id: string, status: 'completed' | 'failed', failureMessage: string | null): Promise<void> {
    await this.manager.query(
      `UPDATE compliance_runs SET status = $2, failure_message = $3, finished_at = now() WHERE id = $1`,
      [id, status, failureMessage],
    );
  }

  // ---- the cross-municipality table ----

  /**
   * One row per (non-archived) roadmap of every municipality the scope's `compliance.overview` reaches, plus one
   * row for each reached municipality without a roadmap, with the latest stored report of the current ruleset.
   */
  async municipalityRows(
    scope: AccessScope,
    query: ComplianceMunicipalitiesQueryDto,
  ): Promise<MunicipalityComplianceRow[]> {
    const filter = organizationFilter(scope, 'compliance.overview');
    const group = query.populationGroup
      ? POPULATION_GROUPS.find((g) => g.id === query.populationGroup)!
      : null;
    const params: unknown[] = [
      filter.all,
      filter.all ? [] : filter.organizationIds,
      filter.all ? [] : filter.regionIds,
      query.regionId ?? null,
      group?.minPopulation ?? null,
      group?.maxPopulation ?? null,
      COMPLIANCE_RULESET_VERSION,
    ];
    return this.manager.query<MunicipalityComplianceRow[]>(
      `SELECT m.id AS "municipalityId", m.name_ru AS "municipalityNameRu", m.name_en AS "municipalityNameEn",
              m.parent_id AS "regionId", reg.name_ru AS "regionNameRu", reg.name_en AS "regionNameEn",
              m.population, m.is_regional_capital AS "isRegionalCapital",
              rm.id AS "roadmapId", rm.title AS "roadmapTitle", rm.status AS "roadmapStatus",
              rm.revision AS "roadmapRevision", cr.revision AS "reportRevision", cr.score,
              cr.direction_scores AS "directionScores", cr.error_count AS "errorCount",
              cr.warning_count AS "warningCount", cr.computed_at AS "computedAt"
       FROM organizations m
       LEFT JOIN organizations reg ON reg.id = m.parent_id
       LEFT JOIN roadmaps rm ON rm.municipality_id = m.id AND rm.status <> 'archived'
       LEFT JOIN LATERAL (
         SELECT r.revision, r.score, r.direction_scores, r.error_count, r.warning_count, r.computed_at
         FROM compliance_reports r
         WHERE r.roadmap_id = rm.id AND r.ruleset_version = $7
         ORDER BY r.revision DESC LIMIT 1
       ) cr ON true
       WHERE m.kind = 'municipality'
         AND ($1::boolean OR m.id = ANY($2::uuid[]) OR m.parent_id = ANY($3::uuid[]))
         AND ($4::uuid IS NULL OR m.parent_id = $4)
         AND ($5::int IS NULL OR (m.population >= $5 AND ($6::int IS NULL OR m.population < $6)))
       ORDER BY reg.name_ru NULLS LAST, m.name_ru, m.id, rm.period_start_year DESC NULLS LAST, rm.id`,
      params,
    );
  }
}

export function directionScoreMap(directions: readonly DirectionCompliance[]): Record<string, number | null> {
  return Object.fromEntries(directions.map((d) => [d.directionCode, d.score]));
}
