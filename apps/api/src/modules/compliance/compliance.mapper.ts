import type {
  ComplianceMunicipalityRowResponse,
  ComplianceReportResponse,
  ComplianceRunResponse,
  ComplianceTrendPointResponse,
} from '@smartcity/contracts';
import { populationGroupOf, type ComplianceReport } from '@smartcity/domain';

import type { ComplianceDailyScore, ComplianceReportRow } from './compliance-report.entity';
import type { ComplianceRun } from './compliance-run.entity';
import {
  directionScoreMap,
  type MunicipalityComplianceRow,
  type StoredReport,
} from './compliance.repository';

/** The stored row back as the domain's report: field for field what `evaluate` returned. */
export function toComplianceReport(row: ComplianceReportRow): ComplianceReport {
  return {
    rulesetVersion: row.rulesetVersion,
    asOf: row.asOf,
    score: row.score,
    coverageRatio: row.coverageRatio,
    qualityRatio: row.qualityRatio,
    basicMeasuresMandatory: row.basicMeasuresMandatory,
    directions: row.directionScores,
    horizons: row.horizonCoverage,
    basicMeasures: row.basicMeasures,
    findings: row.findings,
    counts: { error: row.errorCount, warning: row.warningCount, info: row.infoCount },
    canSubmit: row.errorCount === 0,
  };
}

/** A report just evaluated and stored, without reading it back. */
export function toStoredReportResponse(stored: StoredReport): ComplianceReportResponse {
  return {
    roadmapId: stored.roadmapId,
    roadmapRevision: stored.revision,
    frameworkId: stored.frameworkId,
    computedAt: stored.computedAt.toISOString(),
    report: stored.report,
  };
}

export function toReportResponse(row: ComplianceReportRow): ComplianceReportResponse {
  return {
    roadmapId: row.roadmapId,
    roadmapRevision: row.revision,
    frameworkId: row.frameworkId,
    computedAt: row.computedAt.toISOString(),
    report: toComplianceReport(row),
  };
}

export function toTrendPoint(score: ComplianceDailyScore): ComplianceTrendPointResponse {
  return {
    day: score.day,
    score: score.score,
    roadmapRevision: score.revision,
    errorCount: score.errorCount,
    warningCount: score.warningCount,
    directionScores: score.directionScores,
  };
}

export function toMunicipalityRow(row: MunicipalityComplianceRow): ComplianceMunicipalityRowResponse {
  return {
    municipalityId: row.municipalityId,
    municipalityNameRu: row.municipalityNameRu,
    municipalityNameEn: row.municipalityNameEn,
    regionId: row.regionId,
    regionNameRu: row.regionNameRu,
    regionNameEn: row.regionNameEn,
    population: row.population,
    populationGroup: row.population === null ? null : populationGroupOf(row.population),
    isRegionalCapital: row.isRegionalCapital,
    roadmapId: row.roadmapId,
    roadmapTitle: row.roadmapTitle,
    roadmapStatus: row.roadmapStatus,
    roadmapRevision: row.roadmapRevision,
    reportRevision: row.reportRevision,
    score: row.score,
    directionScores: row.directionScores ? directionScoreMap(row.directionScores) : {},
    errorCount: row.errorCount,
    warningCount: row.warningCount,
    computedAt: row.computedAt ? new Date(row.computedAt).toISOString() : null,
  };
}

export function toRunResponse(run: ComplianceRun): ComplianceRunResponse {
  const processed = run.done + run.failed;
  return {
    id: run.id,
    status: run.status,
    trigger: run.trigger,
    frameworkId: run.frameworkId,
    total: run.total,
    done: run.done,
    failed: run.failed,
    percent:
      run.status === 'completed' ? 100 : run.total === 0 ? 0 : Math.floor((100 * processed) / run.total),
    failureMessage: run.failureMessage,
    createdBy: run.createdBy,
    createdAt: run.createdAt.toISOString(),
    startedAt: run.startedAt?.toISOString() ?? null,
    finishedAt: run.finishedAt?.toISOString() ?? null,
  };
}
