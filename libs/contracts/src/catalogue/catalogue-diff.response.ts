import { Type } from 'class-transformer';
import {
  IsArray,
  IsBoolean,
  IsIn,
  IsInt,
  IsOptional,
  IsString,
  IsUUID,
  ValidateNested,
} from 'class-validator';
import type { FrameworkKind, FrameworkStatus } from '@smartcity/domain';
import { FRAMEWORK_KINDS, FRAMEWORK_STATUSES } from '@smartcity/domain';

/** A changed field, named by its file column (`title_ru`, `direction`, `kind`, …), values as text. */
export class FieldChangeResponse {
  @IsString() field!: string;
  @IsString() before!: string;
  @IsString() after!: string;
}

export class DiffDirectionResponse {
  @IsString() code!: string;
  @IsOptional() @IsString() titleRu!: string | null;
  @IsOptional() @IsString() titleEn!: string | null;
}

export class DirectionChangeResponse {
  @IsString() code!: string;
  @IsArray() @ValidateNested({ each: true }) @Type(() => FieldChangeResponse) changes!: FieldChangeResponse[];
}

/** A measure or KPI as a diff lists it; `kind` is the measure kind (basic, additional) or the KPI tier. */
export class DiffItemResponse {
  @IsString() code!: string;
  @IsString() directionCode!: string;
  @IsOptional() @IsString() kind!: string | null;
  @IsOptional() @IsString() titleRu!: string | null;
  @IsOptional() @IsString() titleEn!: string | null;
}

export class ItemChangeResponse {
  @IsString() code!: string;
  @ValidateNested() @Type(() => DiffItemResponse) before!: DiffItemResponse;
  @ValidateNested() @Type(() => DiffItemResponse) after!: DiffItemResponse;
  @IsArray() @ValidateNested({ each: true }) @Type(() => FieldChangeResponse) changes!: FieldChangeResponse[];
  /** A title or description changed. */
  @IsBoolean() reworded!: boolean;
  /** Moved to another direction. */
  @IsBoolean() moved!: boolean;
  /** basic ↔ additional for measures, core ↔ advanced for KPIs. */
  @IsBoolean() kindChanged!: boolean;
}

export class DiffDirectionsResponse {
  @IsArray()
  @ValidateNested({ each: true })
  @Type(() => DiffDirectionResponse)
  added!: DiffDirectionResponse[];
  @IsArray()
  @ValidateNested({ each: true })
  @Type(() => DiffDirectionResponse)
  removed!: DiffDirectionResponse[];
  @IsArray()
  @ValidateNested({ each: true })
  @Type(() => DirectionChangeResponse)
  changed!: DirectionChangeResponse[];
}

export class DiffItemsResponse {
  @IsArray() @ValidateNested({ each: true }) @Type(() => DiffItemResponse) added!: DiffItemResponse[];
  @IsArray() @ValidateNested({ each: true }) @Type(() => DiffItemResponse) removed!: DiffItemResponse[];
  @IsArray() @ValidateNested({ each: true }) @Type(() => ItemChangeResponse) changed!: ItemChangeResponse[];
}

export class DiffSummaryResponse {
  @IsInt() added!: number;
  @IsInt() removed!: number;
  @IsInt() changed!: number;
  @IsInt() reworded!: number;
  @IsInt() moved!: number;
  @IsInt() kindChanged!: number;
  @IsInt() unchanged!: number;
}

export class FrameworkRefResponse {
  @IsUUID() id!: string;
  @IsString() code!: string;
  @IsInt() version!: number;
  @IsString() edition!: string;
  @IsIn(FRAMEWORK_STATUSES) status!: FrameworkStatus;
}

/**
 * What changed from `from` to `to`, items matched by code. In an import preview `from` is the current published
 * version (null for a new framework) and `to` is null (the file).
 */
export class CatalogueDiffResponse {
  @IsOptional() @ValidateNested() @Type(() => FrameworkRefResponse) from!: FrameworkRefResponse | null;
  @IsOptional() @ValidateNested() @Type(() => FrameworkRefResponse) to!: FrameworkRefResponse | null;
  @IsIn(FRAMEWORK_KINDS) kind!: FrameworkKind;
  /** Changed framework fields (edition, titles, provenance, …). */
  @IsArray()
  @ValidateNested({ each: true })
  @Type(() => FieldChangeResponse)
  framework!: FieldChangeResponse[];
  @ValidateNested() @Type(() => DiffDirectionsResponse) directions!: DiffDirectionsResponse;
  @ValidateNested() @Type(() => DiffItemsResponse) items!: DiffItemsResponse;
  @ValidateNested() @Type(() => DiffSummaryResponse) summary!: DiffSummaryResponse;
}
