import { Type } from 'class-transformer';
import {
  IsArray,
  IsInt,
  IsNumber,
  IsObject,
  IsOptional,
  IsString,
  IsUUID,
  ValidateNested,
} from 'class-validator';

/** Filters of the ministry dashboard. */
export class DashboardQueryDto {
  /** Only applications of this campaign; all campaigns when omitted. */
  @IsOptional()
  @IsUUID('all', { message: 'campaignId must be a UUID' })
  campaignId?: string;
}

export class DashboardStatusCount {
  @IsString() status!: string;
  @IsInt() count!: number;
}

export class DashboardRegionRow {
  @IsUUID() regionId!: string;
  @IsString() regionRu!: string;
  @IsString() regionEn!: string;
  @IsInt() total!: number;
  /** Status → count (statuses without applications are left out). */
  @IsObject() byStatus!: Record<string, number>;
}

export class DashboardReasonCount {
  /** An eligibility rule id (`population_or_capital`, `no_compliance_errors`, `min_coverage`). */
  @IsString() rule!: string;
  @IsInt() count!: number;
}

export class DashboardEligibility {
  @IsInt() eligible!: number;
  @IsInt() notEligible!: number;
  /** Drafts whose roadmap has no compliance report yet. */
  @IsInt() unknown!: number;
  /** Failed rules among the not-eligible applications, most frequent first. */
  @IsArray()
  @ValidateNested({ each: true })
  @Type(() => DashboardReasonCount)
  topReasons!: DashboardReasonCount[];
}

/** Time applications spent in one status, from the transitions (finished spells only; days with one decimal). */
export class DashboardStageTime {
  @IsString() status!: string;
  @IsInt() spells!: number;
  @IsNumber() meanDays!: number;
  @IsNumber() medianDays!: number;
}

export class DashboardResponse {
  @IsOptional() @IsString() campaignId!: string | null;
  @IsInt() total!: number;
  @IsArray()
  @ValidateNested({ each: true })
  @Type(() => DashboardStatusCount)
  byStatus!: DashboardStatusCount[];
  @IsArray() @ValidateNested({ each: true }) @Type(() => DashboardRegionRow) byRegion!: DashboardRegionRow[];
  @ValidateNested() @Type(() => DashboardEligibility) eligibility!: DashboardEligibility;
  @IsArray()
  @ValidateNested({ each: true })
  @Type(() => DashboardStageTime)
  stageTimes!: DashboardStageTime[];
}
