import { Type } from 'class-transformer';
import {
  IsArray,
  IsBoolean,
  IsDateString,
  IsIn,
  IsInt,
  IsOptional,
  IsString,
  IsUUID,
  ValidateNested,
} from 'class-validator';
import type { CampaignStatus, ReviewStage } from '@smartcity/domain';
import { CAMPAIGN_STATUSES, REVIEW_STAGES } from '@smartcity/domain';

export class EligibilityRulesResponse {
  @IsInt() populationThreshold!: number;
  @IsBoolean() regionalCapitalEligible!: boolean;
  @IsBoolean() requireNoComplianceErrors!: boolean;
  @IsOptional() @IsInt() minCoveragePercent!: number | null;
}

export class CampaignCriterionResponse {
  @IsString() code!: string;
  @IsString() title!: string;
  @IsOptional() @IsString() guidance!: string | null;
}

export class CampaignStageResponse {
  @IsIn(REVIEW_STAGES) stage!: ReviewStage;
  @IsInt() slaDays!: number;
}

/** A call for pilot applications. Municipal and regional roles see open and closed ones; drafts only the ministry. */
export class CampaignResponse {
  @IsUUID() id!: string;
  @IsString() title!: string;
  @IsOptional() @IsString() description!: string | null;
  @IsIn(CAMPAIGN_STATUSES) status!: CampaignStatus;
  @IsDateString() opensAt!: string;
  @IsDateString() closesAt!: string;
  /** Open and now inside the window: first submissions are accepted. */
  @IsBoolean() acceptingApplications!: boolean;
  @ValidateNested() @Type(() => EligibilityRulesResponse) eligibility!: EligibilityRulesResponse;
  @IsArray()
  @ValidateNested({ each: true })
  @Type(() => CampaignCriterionResponse)
  criteria!: CampaignCriterionResponse[];
  /** Regional, then ministry. */
  @IsArray()
  @ValidateNested({ each: true })
  @Type(() => CampaignStageResponse)
  stages!: CampaignStageResponse[];
  @IsInt() revision!: number;
  @IsOptional() @IsDateString() publishedAt!: string | null;
  @IsDateString() createdAt!: string;
  @IsDateString() updatedAt!: string;
}

export class CampaignListResponse {
  @IsArray() @ValidateNested({ each: true }) @Type(() => CampaignResponse) items!: CampaignResponse[];
}
