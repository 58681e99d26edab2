import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsArray,
  IsBoolean,
  IsDateString,
  IsIn,
  IsInt,
  IsString,
  Matches,
  Max,
  MaxLength,
  Min,
  MinLength,
  ValidateNested,
} from 'class-validator';
import type { ReviewStage } from '@smartcity/domain';
import { REVIEW_STAGES } from '@smartcity/domain';

import { OptionalNotNull, OptionalNullable } from '../roadmaps/roadmap-validation';

/** Who may apply (issue 6): population over the threshold or a regional capital; no errors; minimum coverage. */
export class EligibilityRulesDto {
  /** Population strictly over which a municipality is eligible (100 000 in the 2019 call). */
  @Max(50_000_000)
  @Min(0)
  @IsInt()
  populationThreshold!: number;

  @IsBoolean() regionalCapitalEligible!: boolean;

  @IsBoolean() requireNoComplianceErrors!: boolean;

  /** Minimum share of basic measures covered, percent; null for none. */
  @Max(100)
  @Min(0)
  @IsInt()
  @OptionalNullable()
  minCoveragePercent!: number | null;
}

/** One criterion of the review checklist. `code` is what answers refer to (unique in the campaign). */
export class CampaignCriterionDto {
  @Matches(/^[A-Za-z0-9._-]{1,20}$/, {
    message: 'code must be 1–20 letters, digits, dots, dashes or underscores',
  })
  code!: string;

  @MaxLength(300)
  @MinLength(1, { message: 'title must not be empty' })
  @IsString()
  title!: string;

  /** What reviewers should look at. */
  @MaxLength(2000)
  @IsString()
  @OptionalNullable()
  guidance?: string | null;
}

export class CampaignStageDto {
  @IsIn(REVIEW_STAGES, { message: `stage must be one of: ${REVIEW_STAGES.join(', ')}` })
  stage!: ReviewStage;

  /** Working days are not modelled: calendar days the stage may take. */
  @Max(365)
  @Min(1)
  @IsInt()
  slaDays!: number;
}

export class CreateCampaignDto {
  @MaxLength(300)
  @MinLength(1, { message: 'title must not be empty' })
  @IsString()
  title!: string;

  @MaxLength(5000)
  @IsString()
  @OptionalNullable()
  description?: string | null;

  /** ISO timestamp (or date) from which applications are accepted. */
  @IsDateString({}, { message: 'opensAt must be an ISO date' })
  opensAt!: string;

  @IsDateString({}, { message: 'closesAt must be an ISO date' })
  closesAt!: string;

  @ValidateNested() @Type(() => EligibilityRulesDto) eligibility!: EligibilityRulesDto;

  @ArrayMaxSize(50)
  @ArrayMinSize(1, { message: 'criteria must list at least one criterion' })
  @ValidateNested({ each: true })
  @Type(() => CampaignCriterionDto)
  @IsArray()
  criteria!: CampaignCriterionDto[];

  /** Exactly the two stages, regional then ministry. */
  @ArrayMaxSize(2)
  @ArrayMinSize(2, { message: 'stages must list the regional and the ministry stage' })
  @ValidateNested({ each: true })
  @Type(() => CampaignStageDto)
  @IsArray()
  stages!: CampaignStageDto[];
}

/** Editing a draft campaign (an open or closed one cannot change, except `closesAt` of an open one). */
export class UpdateCampaignDto {
  /** The campaign's `revision` this edit was based on. */
  @Min(1)
  @IsInt({ message: 'revision must be the integer revision this edit was based on' })
  revision!: number;

  @MaxLength(300)
  @MinLength(1, { message: 'title must not be empty' })
  @IsString()
  @OptionalNotNull()
  title?: string;

  @MaxLength(5000)
  @IsString()
  @OptionalNullable()
  description?: string | null;

  @IsDateString({}, { message: 'opensAt must be an ISO date' }) @OptionalNotNull() opensAt?: string;

  @IsDateString({}, { message: 'closesAt must be an ISO date' }) @OptionalNotNull() closesAt?: string;

  @ValidateNested() @Type(() => EligibilityRulesDto) @OptionalNotNull() eligibility?: EligibilityRulesDto;

  @ArrayMaxSize(50)
  @ArrayMinSize(1, { message: 'criteria must list at least one criterion' })
  @ValidateNested({ each: true })
  @Type(() => CampaignCriterionDto)
  @IsArray()
  @OptionalNotNull()
  criteria?: CampaignCriterionDto[];

  @ArrayMaxSize(2)
  @ArrayMinSize(2, { message: 'stages must list the regional and the ministry stage' })
  @ValidateNested({ each: true })
  @Type(() => CampaignStageDto)
  @IsArray()
  @OptionalNotNull()
  stages?: CampaignStageDto[];
}

/** Publishing (opening) or closing a campaign. */
export class CampaignRevisionDto {
  @Min(1)
  @IsInt({ message: 'revision must be the integer revision this change was based on' })
  revision!: number;
}
