import { Type } from 'class-transformer';
import {
  IsArray,
  IsBoolean,
  IsDateString,
  IsIn,
  IsInt,
  IsNumber,
  IsOptional,
  IsString,
  IsUUID,
  ValidateNested,
} from 'class-validator';
import type {
  FrameworkKind,
  FrameworkProvenanceStatus,
  FrameworkStatus,
  ItemProvenance,
  KpiPolarity,
  KpiTier,
  MeasureKind,
} from '@smartcity/domain';
import {
  FRAMEWORK_KINDS,
  FRAMEWORK_PROVENANCES,
  FRAMEWORK_STATUSES,
  ITEM_PROVENANCES,
  KPI_POLARITIES,
  KPI_TIERS,
  MEASURE_KINDS,
} from '@smartcity/domain';

export class FrameworkProvenanceResponse {
  @IsIn(FRAMEWORK_PROVENANCES) status!: FrameworkProvenanceStatus;
  /** Say this in the UI next to the framework (e.g. "a reconstruction, to be replaced by the official text"). */
  @IsOptional() @IsString() note!: string | null;
  @IsArray() @IsString({ each: true }) sources!: string[];
}

export class FrameworkCountsResponse {
  @IsInt() directions!: number;
  @IsInt() measures!: number;
  @IsInt() kpis!: number;
}

/** One version of a framework. `(code, version)` is unique; a new edition is a new version. */
export class FrameworkResponse {
  @IsUUID() id!: string;
  @IsString() code!: string;
  @IsInt() version!: number;
  @IsString() edition!: string;
  @IsIn(FRAMEWORK_KINDS) kind!: FrameworkKind;
  @IsIn(FRAMEWORK_STATUSES) status!: FrameworkStatus;
  @IsOptional() @IsString() titleRu!: string | null;
  @IsOptional() @IsString() titleEn!: string | null;
  @IsOptional() @IsString() descriptionRu!: string | null;
  @IsOptional() @IsString() descriptionEn!: string | null;
  @ValidateNested() @Type(() => FrameworkProvenanceResponse) provenance!: FrameworkProvenanceResponse;
  /** The published version this one was copied from. */
  @IsOptional() @IsUUID() basedOnId!: string | null;
  /** Bumped by every change of a draft; send it back as `expectedRevision` to refuse stale writes. */
  @IsInt() revision!: number;
  @ValidateNested() @Type(() => FrameworkCountsResponse) counts!: FrameworkCountsResponse;
  @IsDateString() createdAt!: string;
  @IsDateString() updatedAt!: string;
  @IsOptional() @IsDateString() publishedAt!: string | null;
  @IsOptional() @IsDateString() retiredAt!: string | null;
}

export class FrameworkListResponse {
  @IsArray() @ValidateNested({ each: true }) @Type(() => FrameworkResponse) items!: FrameworkResponse[];
}

export class ApplicabilityRuleResponse {
  @IsOptional() @IsInt() minPopulation!: number | null;
  @IsBoolean() regionalCapitals!: boolean;
}

export class DirectionResponse {
  @IsUUID() id!: string;
  @IsString() code!: string;
  @IsOptional() @IsString() titleRu!: string | null;
  @IsOptional() @IsString() titleEn!: string | null;
  @IsInt() position!: number;
}

export class MeasureResponse {
  @IsUUID() id!: string;
  @IsUUID() frameworkId!: string;
  @IsUUID() directionId!: string;
  @IsString() directionCode!: string;
  @IsString() code!: string;
  /** The number in the official text, when known. */
  @IsOptional() @IsString() officialNumber!: string | null;
  @IsIn(MEASURE_KINDS) kind!: MeasureKind;
  @IsOptional() @IsString() titleRu!: string | null;
  @IsOptional() @IsString() titleEn!: string | null;
  @IsOptional() @IsString() descriptionRu!: string | null;
  @IsOptional() @IsString() descriptionEn!: string | null;
  @IsOptional() @IsInt() deadlineYear!: number | null;
  /** null: every participating municipality. Evaluate with `isMandatoryFor` from @smartcity/domain. */
  @IsOptional()
  @ValidateNested()
  @Type(() => ApplicabilityRuleResponse)
  applicability!: ApplicabilityRuleResponse | null;
  @IsIn(ITEM_PROVENANCES) provenance!: ItemProvenance;
  @IsOptional() @IsString() provenanceNote!: string | null;
  @IsArray() @IsString({ each: true }) sources!: string[];
  @IsInt() position!: number;
}

export class KpiResponse {
  @IsUUID() id!: string;
  @IsUUID() frameworkId!: string;
  @IsUUID() directionId!: string;
  /** For U4SSC, the KPI's dimension. */
  @IsString() directionCode!: string;
  @IsString() code!: string;
  @IsOptional() @IsString() subDimension!: string | null;
  @IsOptional() @IsString() category!: string | null;
  @IsOptional() @IsString() titleRu!: string | null;
  @IsOptional() @IsString() titleEn!: string | null;
  @IsOptional() @IsString() descriptionRu!: string | null;
  @IsOptional() @IsString() descriptionEn!: string | null;
  @IsOptional() @IsString() unit!: string | null;
  @IsOptional() @IsIn(KPI_TIERS) tier!: KpiTier | null;
  /** Whether a higher or a lower value is better; null when not yet known. */
  @IsOptional() @IsIn(KPI_POLARITIES) better!: KpiPolarity | null;
  @IsIn(ITEM_PROVENANCES) provenance!: ItemProvenance;
  @IsOptional() @IsString() provenanceNote!: string | null;
  @IsArray() @IsString({ each: true }) sources!: string[];
  @IsInt() position!: number;
}

/** A direction with its items (measures for a `measures` framework, KPIs for a `kpis` one; the other is empty). */
export class DirectionNodeResponse extends DirectionResponse {
  @IsArray() @ValidateNested({ each: true }) @Type(() => MeasureResponse) measures!: MeasureResponse[];
  @IsArray() @ValidateNested({ each: true }) @Type(() => KpiResponse) kpis!: KpiResponse[];
}

export class FrameworkTreeResponse {
  @ValidateNested() @Type(() => FrameworkResponse) framework!: FrameworkResponse;
  @IsArray()
  @ValidateNested({ each: true })
  @Type(() => DirectionNodeResponse)
  directions!: DirectionNodeResponse[];
}

/** Where a search hit sits, for showing it without loading the tree. */
export class MeasureHitResponse extends MeasureResponse {
  @IsString() frameworkCode!: string;
  @IsInt() frameworkVersion!: number;
  @IsString() frameworkEdition!: string;
  @IsOptional() @IsString() directionTitleRu!: string | null;
  @IsOptional() @IsString() directionTitleEn!: string | null;
  /** Relevance; hits are sorted by it, best first. 0 when no text was searched. */
  @IsNumber() rank!: number;
}

export class MeasureSearchResponse {
  @IsArray() @ValidateNested({ each: true }) @Type(() => MeasureHitResponse) items!: MeasureHitResponse[];
  @IsInt() total!: number;
  @IsInt() limit!: number;
  @IsInt() offset!: number;
}

export class KpiHitResponse extends KpiResponse {
  @IsString() frameworkCode!: string;
  @IsInt() frameworkVersion!: number;
  @IsString() frameworkEdition!: string;
  @IsOptional() @IsString() directionTitleRu!: string | null;
  @IsOptional() @IsString() directionTitleEn!: string | null;
  @IsNumber() rank!: number;
}

export class KpiSearchResponse {
  @IsArray() @ValidateNested({ each: true }) @Type(() => KpiHitResponse) items!: KpiHitResponse[];
  @IsInt() total!: number;
  @IsInt() limit!: number;
  @IsInt() offset!: number;
}
