import { Type } from 'class-transformer';
import {
  IsArray,
  IsBoolean,
  IsDateString,
  IsIn,
  IsInt,
  IsNumber,
  IsObject,
  IsOptional,
  IsString,
  IsUUID,
  ValidateNested,
} from 'class-validator';
import type {
  CoverageReviewStatus,
  FinancingSource,
  MeasureCoverageStatus,
  ProblemSeverity,
  RoadmapDiff,
  RoadmapItemKind,
  RoadmapItemStatus,
  RoadmapStatus,
} from '@smartcity/domain';
import {
  COVERAGE_REVIEW_STATUSES,
  FINANCING_SOURCES,
  MEASURE_COVERAGE_STATUSES,
  PROBLEM_SEVERITIES,
  ROADMAP_ITEM_KINDS,
  ROADMAP_ITEM_STATUSES,
  ROADMAP_STATUSES,
} from '@smartcity/domain';

export class RoadmapResponse {
  @IsUUID() id!: string;
  @IsUUID() municipalityId!: string;
  @IsUUID() frameworkId!: string;
  @IsString() title!: string;
  @IsInt() periodStartYear!: number;
  @IsInt() periodEndYear!: number;
  @IsOptional() @IsInt() outlookYear!: number | null;
  @IsIn(ROADMAP_STATUSES) status!: RoadmapStatus;
  /** Bumped by every change anywhere in the roadmap; the base for roadmap-level edits. */
  @IsInt() revision!: number;
  @IsOptional() @IsUUID() clonedFromId!: string | null;
  @IsDateString() createdAt!: string;
  @IsDateString() updatedAt!: string;
}

export class RoadmapListResponse {
  @IsArray() @ValidateNested({ each: true }) @Type(() => RoadmapResponse) items!: RoadmapResponse[];
}

export class ProblemResponse {
  @IsUUID() id!: string;
  @IsString() title!: string;
  @IsOptional() @IsString() description!: string | null;
  @IsArray() @IsString({ each: true }) evidenceLinks!: string[];
  @IsIn(PROBLEM_SEVERITIES) severity!: ProblemSeverity;
  @IsOptional() @IsUUID() directionId!: string | null;
  @IsInt() revision!: number;
  @IsDateString() updatedAt!: string;
}

export class BudgetLineResponse {
  @IsInt() year!: number;
  @IsIn(FINANCING_SOURCES) source!: FinancingSource;
  /** Roubles, two decimals: "1234567.89". */
  @IsString() planned!: string;
  @IsOptional() @IsString() actual!: string | null;
}

export class KpiTargetResponse {
  @IsUUID() kpiDefinitionId!: string;
  @IsOptional() @IsNumber() baseline!: number | null;
  @IsNumber() target!: number;
  @IsInt() year!: number;
}

export class RoadmapItemResponse {
  @IsUUID() id!: string;
  @IsIn(ROADMAP_ITEM_KINDS) kind!: RoadmapItemKind;
  @IsOptional() @IsUUID() measureId!: string | null;
  @IsString() title!: string;
  @IsOptional() @IsString() description!: string | null;
  @IsOptional() @IsUUID() directionId!: string | null;
  @IsOptional() @IsString() responsibleUnit!: string | null;
  @IsOptional() @IsString() responsiblePerson!: string | null;
  @IsOptional() @IsString() startMonth!: string | null;
  @IsOptional() @IsString() endMonth!: string | null;
  @IsIn(ROADMAP_ITEM_STATUSES) status!: RoadmapItemStatus;
  @IsInt() progress!: number;
  @IsArray() @IsUUID('all', { each: true }) problemIds!: string[];
  @IsArray() @IsUUID('all', { each: true }) dependsOn!: string[];
  @IsArray()
  @ValidateNested({ each: true })
  @Type(() => BudgetLineResponse)
  budgetLines!: BudgetLineResponse[];
  @IsArray() @ValidateNested({ each: true }) @Type(() => KpiTargetResponse) kpiTargets!: KpiTargetResponse[];
  @IsInt() revision!: number;
  @IsDateString() updatedAt!: string;
}

export class CoverageResponse {
  @IsUUID() measureId!: string;
  @IsIn(MEASURE_COVERAGE_STATUSES) status!: MeasureCoverageStatus;
  @IsOptional() @IsString() justification!: string | null;
  @IsArray() @IsString({ each: true }) evidenceLinks!: string[];
  /** For `not_applicable`: whether a reviewer accepted the justification yet; null for `implemented`. */
  @IsOptional() @IsIn(COVERAGE_REVIEW_STATUSES) reviewStatus!: CoverageReviewStatus | null;
  @IsInt() revision!: number;
  @IsDateString() updatedAt!: string;
}

/** The whole roadmap: what the drafting workspace loads, what a snapshot stores. */
export class RoadmapDocumentResponse {
  @ValidateNested() @Type(() => RoadmapResponse) roadmap!: RoadmapResponse;
  @IsArray() @ValidateNested({ each: true }) @Type(() => ProblemResponse) problems!: ProblemResponse[];
  @IsArray() @ValidateNested({ each: true }) @Type(() => RoadmapItemResponse) items!: RoadmapItemResponse[];
  @IsArray() @ValidateNested({ each: true }) @Type(() => CoverageResponse) coverage!: CoverageResponse[];
}

/** What a write of a part returns: the part as saved and the roadmap revision the write produced. */
export class RoadmapItemWriteResponse {
  @IsInt() roadmapRevision!: number;
  @ValidateNested() @Type(() => RoadmapItemResponse) item!: RoadmapItemResponse;
}

export class ProblemWriteResponse {
  @IsInt() roadmapRevision!: number;
  @ValidateNested() @Type(() => ProblemResponse) problem!: ProblemResponse;
}

export class CoverageWriteResponse {
  @IsInt() roadmapRevision!: number;
  @ValidateNested() @Type(() => CoverageResponse) coverage!: CoverageResponse;
}

export class RoadmapRevisionResponse {
  @IsInt() roadmapRevision!: number;
}

export class CommentResponse {
  @IsUUID() id!: string;
  @IsOptional() @IsUUID() itemId!: string | null;
  @IsUUID() authorId!: string;
  @IsString() authorName!: string;
  @IsString() body!: string;
  @IsArray() @IsUUID('all', { each: true }) mentionedUserIds!: string[];
  @IsDateString() createdAt!: string;
}

export class CommentListResponse {
  @IsArray() @ValidateNested({ each: true }) @Type(() => CommentResponse) items!: CommentResponse[];
}

/** One entry of the activity feed, read from the audit trail. */
export class ActivityEntryResponse {
  @IsString() id!: string;
  @IsString() action!: string;
  @IsString() entityType!: string;
  @IsString() entityId!: string;
  @IsOptional() @IsUUID() actorUserId!: string | null;
  @IsOptional() @IsString() actorName!: string | null;
  @IsOptional() @IsObject() before!: Record<string, unknown> | null;
  @IsOptional() @IsObject() after!: Record<string, unknown> | null;
  @IsDateString() occurredAt!: string;
}

export class ActivityPageResponse {
  @IsArray()
  @ValidateNested({ each: true })
  @Type(() => ActivityEntryResponse)
  items!: ActivityEntryResponse[];
}

export class SnapshotResponse {
  @IsUUID() id!: string;
  @IsString() name!: string;
  @IsInt() roadmapRevision!: number;
  /** SHA-256 of the stored document. */
  @IsString() contentHash!: string;
  @IsUUID() createdBy!: string;
  @IsDateString() createdAt!: string;
}

export class SnapshotListResponse {
  @IsArray() @ValidateNested({ each: true }) @Type(() => SnapshotResponse) items!: SnapshotResponse[];
}

export class SnapshotCompareResponse {
  @IsUUID() from!: string;
  /** A snapshot id, or null for the current state. */
  @IsOptional() @IsUUID() to!: string | null;
  @IsObject() diff!: RoadmapDiff;
  @IsBoolean() identical!: boolean;
}

/** Server-sent event kinds on `GET …/roadmaps/:roadmapId/events`. */
export const ROADMAP_LIVE_EVENT_TYPES = ['roadmap.changed', 'comment.added'] as const;
export type RoadmapLiveEventType = (typeof ROADMAP_LIVE_EVENT_TYPES)[number];

/**
 * The `data` of a live event: enough to decide what to refetch, never the content itself. `action` is the audit
 * action (`roadmaps.item-updated`, …).
 */
export type RoadmapLiveEvent = {
  type: RoadmapLiveEventType;
  roadmapId: string;
  roadmapRevision: number;
  action: string;
  entityType: string;
  entityId: string;
  actorUserId: string;
  occurredAt: string;
};
