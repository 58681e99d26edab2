import type {
  CommentResponse,
  CoverageResponse,
  EvidenceResponse,
  ProblemResponse,
  RoadmapDocumentResponse,
  RoadmapImportResponse,
  RoadmapItemResponse,
  RoadmapResponse,
  SnapshotResponse,
} from '@smartcity/contracts';
import { kopecksToMoneyText } from '@smartcity/domain';

import type {
  RoadmapComment,
  RoadmapMeasureCoverage,
  RoadmapProblem,
  RoadmapSnapshot,
} from './roadmap-parts.entity';
import type { RoadmapEvidence } from './roadmap-evidence.entity';
import type { RoadmapImport } from './roadmap-import.entity';
import type { Roadmap } from './roadmap.entity';
import type { ItemRow, RoadmapDocumentRows } from './roadmaps.repository';

export function toRoadmapResponse(roadmap: Roadmap): RoadmapResponse {
  return {
    id: roadmap.id,
    municipalityId: roadmap.municipalityId,
    frameworkId: roadmap.frameworkId,
    title: roadmap.title,
    periodStartYear: roadmap.periodStartYear,
    periodEndYear: roadmap.periodEndYear,
    outlookYear: roadmap.outlookYear,
    status: roadmap.status,
    revision: roadmap.revision,
    clonedFromId: roadmap.clonedFromId,
    createdAt: roadmap.createdAt.toISOString(),
    updatedAt: new Date(roadmap.updatedAt).toISOString(),
  };
}

export function toProblemResponse(problem: RoadmapProblem): ProblemResponse {
  return {
    id: problem.id,
    title: problem.title,
    description: problem.description,
    evidenceLinks: problem.evidenceLinks,
    severity: problem.severity,
    directionId: problem.directionId,
    revision: problem.revision,
    updatedAt: new Date(problem.updatedAt).toISOString(),
  };
}

/** numeric columns come back as strings; KPI values are plain decimals, so a number is exact enough here. */
const toNumber = (value: string | null) => (value === null ? null : Number(value));

export function toItemResponse(item: ItemRow): RoadmapItemResponse {
  return {
    id: item.id,
    kind: item.kind,
    measureId: item.measureId,
    title: item.title,
    description: item.description,
    directionId: item.directionId,
    responsibleUnit: item.responsibleUnit,
    responsiblePerson: item.responsiblePerson,
    startMonth: item.startMonth,
    endMonth: item.endMonth,
    status: item.status,
    progress: item.progress,
    problemIds: item.problemIds,
    dependsOn: item.dependsOn,
    budgetLines: item.budgetLines.map((line) => ({
      year: line.year,
      source: line.source,
      planned: kopecksToMoneyText(line.plannedKopecks),
      actual: line.actualKopecks === null ? null : kopecksToMoneyText(line.actualKopecks),
    })),
    kpiTargets: item.kpiTargets.map((target) => ({
      kpiDefinitionId: target.kpiDefinitionId,
      baseline: toNumber(target.baseline),
      target: Number(target.target),
      year: target.year,
    })),
    revision: item.revision,
    updatedAt: new Date(item.updatedAt).toISOString(),
  };
}

export function toCoverageResponse(coverage: RoadmapMeasureCoverage): CoverageResponse {
  return {
    measureId: coverage.measureId,
    status: coverage.status,
    justification: coverage.justification,
    evidenceLinks: coverage.evidenceLinks,
    reviewStatus: coverage.reviewStatus,
    revision: coverage.revision,
    updatedAt: new Date(coverage.updatedAt).toISOString(),
  };
}

export function toDocumentResponse(rows: RoadmapDocumentRows): RoadmapDocumentResponse {
  return {
    roadmap: toRoadmapResponse(rows.roadmap),
    problems: rows.problems.map(toProblemResponse),
    items: rows.items.map(toItemResponse),
    coverage: rows.coverage.map(toCoverageResponse),
  };
}

export function toCommentResponse(comment: RoadmapComment, authorName: string): CommentResponse {
  return {
    id: comment.id,
    itemId: comment.itemId,
    authorId: comment.authorId,
    authorName,
    body: comment.body,
    mentionedUserIds: comment.mentionedUserIds,
    createdAt: comment.createdAt.toISOString(),
  };
}

export function toSnapshotResponse(snapshot: RoadmapSnapshot): SnapshotResponse {
  return {
    id: snapshot.id,
    name: snapshot.name,
    roadmapRevision: snapshot.roadmapRevision,
    contentHash: snapshot.contentHash,
    createdBy: snapshot.createdBy,
    createdAt: snapshot.createdAt.toISOString(),
  };
}

export function toEvidenceResponse(evidence: RoadmapEvidence): EvidenceResponse {
  return {
    id: evidence.id,
    kind: evidence.kind,
    itemId: evidence.itemId,
    problemId: evidence.problemId,
    title: evidence.title,
    url: evidence.url,
    fileName: evidence.fileName,
    fileType: evidence.fileType,
    sizeBytes: evidence.sizeBytes === null ? null : Number(evidence.sizeBytes),
    sha256: evidence.sha256,
    createdBy: evidence.createdBy,
    createdAt: evidence.createdAt.toISOString(),
  };
}

export function toImportResponse(row: RoadmapImport): RoadmapImportResponse {
  return {
    id: row.id,
    roadmapId: row.roadmapId,
    fileName: row.fileName,
    status: row.status,
    baseRevision: row.baseRevision,
    isValid: row.isValid,
    summary: row.summary,
    rows: row.rows,
    createdBy: row.createdBy,
    createdAt: row.createdAt.toISOString(),
    appliedAt: row.appliedAt ? row.appliedAt.toISOString() : null,
    appliedRevision: row.appliedRevision,
  };
}
