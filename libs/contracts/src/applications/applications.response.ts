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
  AgreementParty,
  ApplicationStatus,
  ApplicationTransition,
  ChecklistVerdict,
  EligibilityRuleId,
  FinancingSource,
  ReviewDecision,
  ReviewStage,
  RoadmapDiff,
  TransitionEffect,
} from '@smartcity/domain';
import {
  AGREEMENT_PARTIES,
  APPLICATION_STATUSES,
  APPLICATION_TRANSITIONS,
  CHECKLIST_VERDICTS,
  ELIGIBILITY_RULE_IDS,
  FINANCING_SOURCES,
  REVIEW_DECISIONS,
  REVIEW_STAGES,
} from '@smartcity/domain';

import { ComplianceEvaluationResponse, ComplianceFindingResponse } from '../compliance/compliance.response';
import { RoadmapDocumentResponse } from '../roadmaps/roadmaps.response';

/* Wire shapes of pilot applications (issue 6). See docs/applications.md. */

export class EligibilityCheckResponse {
  @IsIn(ELIGIBILITY_RULE_IDS) rule!: EligibilityRuleId;
  @IsBoolean() passed!: boolean;
  /** English sentence; the web renders its own text from `rule` and `params`. */
  @IsString() reason!: string;
  @IsObject() params!: Record<string, string | number | boolean | null>;
}

/** `GET …/applications/:applicationId/precheck`: may this roadmap be submitted now, and if not, why. */
export class ApplicationPrecheckResponse {
  @IsBoolean() eligible!: boolean;
  /** First submissions only: the campaign is open and inside its window (resubmissions ignore the window). */
  @IsBoolean() campaignAccepting!: boolean;
  /** Every eligibility rule, passed or not. */
  @IsArray()
  @ValidateNested({ each: true })
  @Type(() => EligibilityCheckResponse)
  checks!: EligibilityCheckResponse[];
  /** The compliance errors that block submission (render with `formatFinding`). */
  @IsArray()
  @ValidateNested({ each: true })
  @Type(() => ComplianceFindingResponse)
  errors!: ComplianceFindingResponse[];
  @IsInt() complianceScore!: number;
  /** The roadmap revision checked. */
  @IsInt() roadmapRevision!: number;
  /** Whether the caller could submit (or resubmit) now: eligible, accepting, the right status and role. */
  @IsBoolean() canSubmit!: boolean;
  /** When `canSubmit` is false: why (first reason). */
  @IsOptional() @IsString() blockedReason!: string | null;
}

export class PrefillMeasureResponse {
  @IsUUID() measureId!: string;
  @IsString() code!: string;
  @IsOptional() @IsString() titleRu!: string | null;
  @IsArray() @IsUUID('all', { each: true }) itemIds!: string[];
}

export class PrefillAmountResponse {
  /** Roubles, two decimals. */
  @IsString() planned!: string;
}

export class PrefillSourceAmountResponse extends PrefillAmountResponse {
  @IsIn(FINANCING_SOURCES) source!: FinancingSource;
}

export class PrefillYearAmountResponse extends PrefillAmountResponse {
  @IsInt() year!: number;
}

export class PrefillKpiTargetResponse {
  @IsUUID() itemId!: string;
  @IsUUID() kpiDefinitionId!: string;
  @IsOptional() @IsNumber() baseline!: number | null;
  @IsNumber() target!: number;
  @IsInt() year!: number;
}

/** What the application says about the roadmap, computed from it (at start, refreshed at every submission). */
export class ApplicationPrefillResponse {
  /** Standard measures the roadmap covers with items. */
  @IsArray()
  @ValidateNested({ each: true })
  @Type(() => PrefillMeasureResponse)
  measuresCovered!: PrefillMeasureResponse[];
  @IsInt() itemCount!: number;
  @IsInt() ownMeasureCount!: number;
  @ValidateNested() @Type(() => PrefillAmountResponse) budgetTotal!: PrefillAmountResponse;
  @IsArray()
  @ValidateNested({ each: true })
  @Type(() => PrefillSourceAmountResponse)
  budgetBySource!: PrefillSourceAmountResponse[];
  @IsArray()
  @ValidateNested({ each: true })
  @Type(() => PrefillYearAmountResponse)
  budgetByYear!: PrefillYearAmountResponse[];
  /** The earliest start and the latest end month of the items (`YYYY-MM`). */
  @IsOptional() @IsString() scheduleStart!: string | null;
  @IsOptional() @IsString() scheduleEnd!: string | null;
  @IsArray()
  @ValidateNested({ each: true })
  @Type(() => PrefillKpiTargetResponse)
  kpiTargets!: PrefillKpiTargetResponse[];
}

/** One row of the application lists. */
export class ApplicationSummaryResponse {
  @IsUUID() id!: string;
  @IsUUID() campaignId!: string;
  @IsString() campaignTitle!: string;
  @IsUUID() municipalityId!: string;
  @IsString() municipalityName!: string;
  @IsOptional() @IsUUID() regionId!: string | null;
  @IsOptional() @IsString() regionName!: string | null;
  @IsUUID() roadmapId!: string;
  @IsString() roadmapTitle!: string;
  @IsIn(APPLICATION_STATUSES) status!: ApplicationStatus;
  /** The stage under review, or the one that requested changes; null before review and after a decision. */
  @IsOptional() @IsIn(REVIEW_STAGES) currentStage!: ReviewStage | null;
  /** Bumped by every change to the application; the base of every transition (409 when stale). */
  @IsInt() revision!: number;
  @IsOptional() @IsDateString() submittedAt!: string | null;
  /** SHA-256 of the latest frozen snapshot. */
  @IsOptional() @IsString() snapshotHash!: string | null;
  @IsOptional() @IsInt() complianceScore!: number | null;
  @IsDateString() createdAt!: string;
  @IsDateString() updatedAt!: string;
}

export class ApplicationListResponse {
  @IsArray()
  @ValidateNested({ each: true })
  @Type(() => ApplicationSummaryResponse)
  items!: ApplicationSummaryResponse[];
}

export class ApplicationSnapshotSummaryResponse {
  @IsUUID() id!: string;
  /** 1 for the first submission, 2 for the first resubmission, … */
  @IsInt() sequence!: number;
  @IsInt() roadmapRevision!: number;
  /** SHA-256 (hex) of `canonicalJson(content)`. */
  @IsString() contentHash!: string;
  @IsInt() complianceScore!: number;
  @IsInt() errorCount!: number;
  @IsDateString() createdAt!: string;
}

/** What a snapshot freezes: the roadmap document, its compliance report and the eligibility check. */
export class ApplicationSnapshotContentResponse {
  @ValidateNested() @Type(() => RoadmapDocumentResponse) roadmap!: RoadmapDocumentResponse;
  @ValidateNested() @Type(() => ComplianceEvaluationResponse) compliance!: ComplianceEvaluationResponse;
  @IsArray()
  @ValidateNested({ each: true })
  @Type(() => EligibilityCheckResponse)
  eligibility!: EligibilityCheckResponse[];
  /** Item id → SHA-256 of the item's content (bookkeeping fields excluded); acceptances carry over on equality. */
  @IsObject() itemHashes!: Record<string, string>;
}

/** `GET …/snapshots/:snapshotId`: the frozen content, and whether it still matches its stored hash. */
export class ApplicationSnapshotResponse extends ApplicationSnapshotSummaryResponse {
  @ValidateNested()
  @Type(() => ApplicationSnapshotContentResponse)
  content!: ApplicationSnapshotContentResponse;
  /** `sha256(canonicalJson(content)) === contentHash`, recomputed on every read. */
  @IsBoolean() hashVerified!: boolean;
}

export class TransitionResponse {
  @IsUUID() id!: string;
  @IsIn(APPLICATION_TRANSITIONS) transition!: ApplicationTransition;
  @IsIn(APPLICATION_STATUSES) fromStatus!: ApplicationStatus;
  @IsIn(APPLICATION_STATUSES) toStatus!: ApplicationStatus;
  @IsOptional() @IsIn(REVIEW_STAGES) stage!: ReviewStage | null;
  /** Null for the system's automatic transitions. */
  @IsOptional() @IsUUID() actorUserId!: string | null;
  @IsOptional() @IsString() actorName!: string | null;
  @IsArray() @IsString({ each: true }) reasons!: string[];
  /** The workflow's effects, as data (see `TransitionEffect` in @smartcity/domain). */
  @IsArray() @IsObject({ each: true }) effects!: TransitionEffect[];
  /** The snapshot frozen by this transition (submit, resubmit). */
  @IsOptional() @IsUUID() snapshotId!: string | null;
  @IsDateString() occurredAt!: string;
}

export class ReviewerResponse {
  @IsUUID() userId!: string;
  @IsString() displayName!: string;
  @IsIn(['auto', 'manual']) assignment!: 'auto' | 'manual';
}

/**
 * A person eligible to review a stage: an active regional coordinator of the municipality's region (regional stage)
 * or an active ministry reviewer (ministry stage). `assigned` says whether they review the stage now.
 */
export class ReviewerCandidateResponse {
  @IsUUID() userId!: string;
  @IsString() displayName!: string;
  @IsString() email!: string;
  @IsBoolean() assigned!: boolean;
}

/** `GET …/applications/:applicationId/reviewer-candidates?stage=`: the stage's eligible people, by name. */
export class ReviewerCandidateListResponse {
  @IsIn(REVIEW_STAGES) stage!: ReviewStage;
  @IsArray()
  @ValidateNested({ each: true })
  @Type(() => ReviewerCandidateResponse)
  items!: ReviewerCandidateResponse[];
}

export class ChecklistAnswerResponse {
  @IsString() criterionCode!: string;
  @IsIn(CHECKLIST_VERDICTS) verdict!: ChecklistVerdict;
  @IsOptional() @IsString() comment!: string | null;
  @IsUUID() answeredBy!: string;
  @IsString() answeredByName!: string;
  @IsDateString() answeredAt!: string;
}

export class ReviewDecisionResponse {
  @IsIn(REVIEW_DECISIONS) decision!: ReviewDecision;
  @IsArray() @IsString({ each: true }) reasons!: string[];
  @IsUUID() decidedBy!: string;
  @IsDateString() decidedAt!: string;
}

/** One review stage of the application. */
export class ReviewResponse {
  @IsIn(REVIEW_STAGES) stage!: ReviewStage;
  @IsInt() slaDays!: number;
  @IsArray() @ValidateNested({ each: true }) @Type(() => ReviewerResponse) reviewers!: ReviewerResponse[];
  /** Answers given at this stage for the current round (they restart after a resubmission). */
  @IsArray()
  @ValidateNested({ each: true })
  @Type(() => ChecklistAnswerResponse)
  checklist!: ChecklistAnswerResponse[];
  /** Decisions taken at this stage, oldest first (a stage can request changes, then pass). */
  @IsArray()
  @ValidateNested({ each: true })
  @Type(() => ReviewDecisionResponse)
  decisions!: ReviewDecisionResponse[];
}

/** A reviewer's comment, anchored to a roadmap item of a snapshot (or to the application when `itemId` is null). */
export class ApplicationCommentResponse {
  @IsUUID() id!: string;
  @IsOptional() @IsIn(REVIEW_STAGES) stage!: ReviewStage | null;
  @IsUUID() snapshotId!: string;
  @IsOptional() @IsUUID() itemId!: string | null;
  /** The item's title in that snapshot. */
  @IsOptional() @IsString() itemTitle!: string | null;
  @IsString() body!: string;
  @IsUUID() authorId!: string;
  @IsString() authorName!: string;
  @IsDateString() createdAt!: string;
}

export class ApplicationCommentListResponse {
  @IsArray()
  @ValidateNested({ each: true })
  @Type(() => ApplicationCommentResponse)
  items!: ApplicationCommentResponse[];
}

/** A reviewer's acceptance of one item of the current snapshot. */
export class ItemAcceptanceResponse {
  @IsUUID() itemId!: string;
  @IsString() contentHash!: string;
  @IsUUID() acceptedBy!: string;
  @IsString() acceptedByName!: string;
  @IsDateString() acceptedAt!: string;
  /** Accepted in an earlier snapshot and carried over because the item did not change. */
  @IsBoolean() carriedOver!: boolean;
}

export class ItemAcceptanceListResponse {
  @IsUUID() snapshotId!: string;
  @IsArray()
  @ValidateNested({ each: true })
  @Type(() => ItemAcceptanceResponse)
  items!: ItemAcceptanceResponse[];
}

export class AgreementSignatoryResponse {
  @IsIn(AGREEMENT_PARTIES) party!: AgreementParty;
  @IsString() name!: string;
  @IsOptional() @IsString() position!: string | null;
}

export class AgreementFileResponse {
  @IsUUID() id!: string;
  @IsString() fileName!: string;
  @IsString() contentType!: string;
  @IsInt() size!: number;
  @IsString() sha256!: string;
  @IsDateString() uploadedAt!: string;
}

export class AgreementResponse {
  @IsString() number!: string;
  @IsString() signedOn!: string;
  @IsArray()
  @ValidateNested({ each: true })
  @Type(() => AgreementSignatoryResponse)
  signatories!: AgreementSignatoryResponse[];
  @ValidateNested() @Type(() => AgreementFileResponse) file!: AgreementFileResponse;
  @IsUUID() recordedBy!: string;
  @IsDateString() recordedAt!: string;
}

/** `GET …/applications/:applicationId`: everything the application page shows. */
export class ApplicationDetailResponse extends ApplicationSummaryResponse {
  @ValidateNested() @Type(() => ApplicationPrefillResponse) prefill!: ApplicationPrefillResponse;
  /** Newest last. */
  @IsArray()
  @ValidateNested({ each: true })
  @Type(() => ApplicationSnapshotSummaryResponse)
  snapshots!: ApplicationSnapshotSummaryResponse[];
  @IsArray() @ValidateNested({ each: true }) @Type(() => ReviewResponse) reviews!: ReviewResponse[];
  /** Oldest first. */
  @IsArray()
  @ValidateNested({ each: true })
  @Type(() => TransitionResponse)
  transitions!: TransitionResponse[];
  @IsOptional() @ValidateNested() @Type(() => AgreementResponse) agreement!: AgreementResponse | null;
  /** What the caller could do now by role and status (the server still decides; guards may refuse). */
  @IsArray() @IsIn(APPLICATION_TRANSITIONS, { each: true }) availableTransitions!: ApplicationTransition[];
}

/** `GET …/applications/:applicationId/diff`: what changed between two snapshots, and which acceptances held. */
export class ApplicationSnapshotDiffResponse {
  @IsOptional()
  @ValidateNested()
  @Type(() => ApplicationSnapshotSummaryResponse)
  from!: ApplicationSnapshotSummaryResponse | null;
  @ValidateNested() @Type(() => ApplicationSnapshotSummaryResponse) to!: ApplicationSnapshotSummaryResponse;
  /** `diffRoadmaps(from.content.roadmap, to.content.roadmap)`; empty when there is no earlier snapshot. */
  @IsObject() diff!: RoadmapDiff;
  /** Item ids whose acceptance carried over to `to` (unchanged content hash). */
  @IsArray() @IsUUID('all', { each: true }) keptAcceptances!: string[];
  /** Item ids whose acceptance was dropped (changed or removed). */
  @IsArray() @IsUUID('all', { each: true }) droppedAcceptances!: string[];
}
