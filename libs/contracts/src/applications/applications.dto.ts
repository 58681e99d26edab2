import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsArray,
  IsBoolean,
  IsIn,
  IsInt,
  IsOptional,
  IsString,
  IsUUID,
  Matches,
  MaxLength,
  Min,
  MinLength,
  ValidateIf,
  ValidateNested,
} from 'class-validator';
import type {
  AgreementParty,
  ApplicationStatus,
  ChecklistVerdict,
  ReviewDecision,
  ReviewStage,
} from '@smartcity/domain';
import {
  AGREEMENT_PARTIES,
  APPLICATION_STATUSES,
  CHECKLIST_VERDICTS,
  REVIEW_DECISIONS,
  REVIEW_STAGES,
} from '@smartcity/domain';

import { OptionalNullable } from '../roadmaps/roadmap-validation';

const REVISION_MESSAGE = {
  message: 'revision must be the integer revision of the application this was based on',
};

/** `POST /organizations/:orgId/applications`: start a draft application to a campaign from one of the roadmaps. */
export class StartApplicationDto {
  @IsUUID('all', { message: 'campaignId must be a UUID' }) campaignId!: string;
  @IsUUID('all', { message: 'roadmapId must be a UUID' }) roadmapId!: string;
}

/** Submit, resubmit: the application's revision (optimistic locking; 409 with the current state when stale). */
export class ApplicationRevisionDto {
  @Min(1) @IsInt(REVISION_MESSAGE) revision!: number;
}

export class WithdrawApplicationDto {
  @Min(1) @IsInt(REVISION_MESSAGE) revision!: number;

  @MaxLength(2000)
  @IsString()
  @OptionalNullable()
  reason?: string | null;
}

/**
 * A reviewer's decision on the current stage: `pass` (at the ministry stage: approve), `request_changes` or
 * `reject`, the latter two with at least one reason.
 */
export class DecideApplicationDto {
  @Min(1) @IsInt(REVISION_MESSAGE) revision!: number;

  @IsIn(REVIEW_DECISIONS, { message: `decision must be one of: ${REVIEW_DECISIONS.join(', ')}` })
  decision!: ReviewDecision;

  @ArrayMaxSize(30)
  @ArrayMinSize(1, { message: 'reasons must give at least one reason when requesting changes or rejecting' })
  @MaxLength(2000, { each: true })
  @MinLength(1, { each: true, message: 'each reason must not be empty' })
  @IsString({ each: true })
  @IsArray()
  // Required unless passing; an empty list with `pass` is the same as none.
  @ValidateIf(
    (dto: DecideApplicationDto) =>
      dto.decision !== 'pass' ||
      (dto.reasons !== undefined && !(Array.isArray(dto.reasons) && dto.reasons.length === 0)),
  )
  reasons?: string[];
}

export class ChecklistAnswerDto {
  /** The campaign criterion's code. */
  @MaxLength(20) @IsString() criterionCode!: string;

  @IsIn(CHECKLIST_VERDICTS, { message: `verdict must be one of: ${CHECKLIST_VERDICTS.join(', ')}` })
  verdict!: ChecklistVerdict;

  @MaxLength(2000)
  @IsString()
  @ValidateIf(
    (dto: ChecklistAnswerDto) =>
      dto.verdict === 'comment' || (dto.comment !== undefined && dto.comment !== null),
  )
  comment?: string | null;
}

/** `PUT …/applications/:applicationId/checklist`: answers for the current stage (upsert by criterion). */
export class SetChecklistAnswersDto {
  @ArrayMaxSize(50)
  @ArrayMinSize(1, { message: 'answers must hold at least one answer' })
  @ValidateNested({ each: true })
  @Type(() => ChecklistAnswerDto)
  @IsArray()
  answers!: ChecklistAnswerDto[];
}

/** `POST …/applications/:applicationId/comments`: a reviewer's comment anchored to an item of the current snapshot. */
export class CreateApplicationCommentDto {
  /** The roadmap item's id in the current snapshot; omit for a comment on the application as a whole. */
  @IsUUID('all', { message: 'itemId must be a UUID' }) @OptionalNullable() itemId?: string | null;

  @MaxLength(5000)
  @MinLength(1, { message: 'body must not be empty' })
  @IsString()
  body!: string;
}

/** `PUT …/applications/:applicationId/acceptances`: accept (or un-accept) items of the current snapshot. */
export class SetItemAcceptanceDto {
  @ArrayMaxSize(1000)
  @ArrayMinSize(1, { message: 'itemIds must list at least one item' })
  @IsUUID('all', { each: true, message: 'each itemId must be a UUID' })
  @IsArray()
  itemIds!: string[];

  @IsBoolean() accepted!: boolean;
}

/** `PUT …/applications/:applicationId/reviewers`: manual override of a stage's reviewers. */
export class AssignReviewersDto {
  @IsIn(REVIEW_STAGES, { message: `stage must be one of: ${REVIEW_STAGES.join(', ')}` })
  stage!: ReviewStage;

  @ArrayMaxSize(20)
  @ArrayMinSize(1, { message: 'userIds must list at least one reviewer' })
  @IsUUID('all', { each: true, message: 'each userId must be a UUID' })
  @IsArray()
  userIds!: string[];
}

/** `GET …/applications/:applicationId/reviewer-candidates?stage=`: who may be assigned to review a stage. */
export class ReviewerCandidatesQueryDto {
  @IsIn(REVIEW_STAGES, { message: `stage must be one of: ${REVIEW_STAGES.join(', ')}` })
  stage!: ReviewStage;
}

export class AgreementSignatoryDto {
  @IsIn(AGREEMENT_PARTIES, { message: `party must be one of: ${AGREEMENT_PARTIES.join(', ')}` })
  party!: AgreementParty;

  @MaxLength(300)
  @MinLength(1, { message: 'name must not be empty' })
  @IsString()
  name!: string;

  @MaxLength(300) @IsString() @OptionalNullable() position?: string | null;
}

/**
 * `POST …/applications/:applicationId/agreement`: sign the agreement of an approved application. Upload the
 * signed file first (`POST …/agreement/file`, multipart `file`) and pass its `fileId`.
 */
export class SignAgreementDto {
  @Min(1) @IsInt(REVISION_MESSAGE) revision!: number;

  @MaxLength(100)
  @MinLength(1, { message: 'number must not be empty' })
  @IsString()
  number!: string;

  @Matches(/^\d{4}-\d{2}-\d{2}$/, { message: 'signedOn must be a date YYYY-MM-DD' })
  signedOn!: string;

  /** One per party: ministry, region, municipality. */
  @ArrayMaxSize(3)
  @ArrayMinSize(3, { message: 'signatories must name the ministry, the region and the municipality' })
  @ValidateNested({ each: true })
  @Type(() => AgreementSignatoryDto)
  @IsArray()
  signatories!: AgreementSignatoryDto[];

  @IsUUID('all', { message: 'fileId must be the id of an uploaded agreement file' }) fileId!: string;
}

/** `GET /applications`: filters of the reviewer's list (scope-filtered). */
export class ApplicationListQueryDto {
  @IsUUID('all', { message: 'campaignId must be a UUID' }) @IsOptional() campaignId?: string;

  @IsIn(APPLICATION_STATUSES, { message: `status must be one of: ${APPLICATION_STATUSES.join(', ')}` })
  @IsOptional()
  status?: ApplicationStatus;

  /** Only applications whose current stage the caller is assigned to. */
  @IsIn(['true', 'false']) @IsOptional() assignedToMe?: 'true' | 'false';
}

/** `GET …/applications/:applicationId/diff?from=&to=`: snapshot ids (default: the last two). */
export class SnapshotDiffQueryDto {
  @IsUUID('all', { message: 'from must be a snapshot id' }) @IsOptional() from?: string;
  @IsUUID('all', { message: 'to must be a snapshot id' }) @IsOptional() to?: string;
}
