import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsIn,
  IsInt,
  IsNumber,
  IsOptional,
  IsString,
  IsUUID,
  Matches,
  Max,
  MaxLength,
  Min,
  MinLength,
  ValidateNested,
} from 'class-validator';
import type { FinancingSource, RoadmapItemKind, RoadmapItemStatus } from '@smartcity/domain';
import {
  FINANCING_SOURCES,
  MONEY_TEXT_PATTERN,
  MONEY_TEXT_RULE,
  ROADMAP_ITEM_KINDS,
  ROADMAP_ITEM_STATUSES,
} from '@smartcity/domain';

import { OptionalNotNull, OptionalNullable } from './roadmap-validation';

const MONTH = /^\d{4}-(0[1-9]|1[0-2])$/;
const MONTH_RULE = { message: 'must be a month as YYYY-MM' };

/** Planned (and, once spent, actual) money of one year and one financing source. */
export class BudgetLineDto {
  @Max(2100)
  @Min(2000)
  @IsInt()
  year!: number;

  @IsIn(FINANCING_SOURCES, { message: `source must be one of: ${FINANCING_SOURCES.join(', ')}` })
  source!: FinancingSource;

  /** Roubles as a decimal string, e.g. "1234567.89". */
  @Matches(MONEY_TEXT_PATTERN, { message: `planned must be ${MONEY_TEXT_RULE}` })
  @IsString({ message: `planned must be ${MONEY_TEXT_RULE}` })
  planned!: string;

  @Matches(MONEY_TEXT_PATTERN, { message: `actual must be ${MONEY_TEXT_RULE}` })
  @IsString({ message: `actual must be ${MONEY_TEXT_RULE}` })
  @IsOptional()
  actual?: string | null;
}

export class KpiTargetDto {
  @IsUUID('all', { message: 'kpiDefinitionId must be a UUID' })
  kpiDefinitionId!: string;

  @IsNumber({ allowNaN: false, allowInfinity: false })
  @IsOptional()
  baseline?: number | null;

  @IsNumber({ allowNaN: false, allowInfinity: false })
  target!: number;

  @Max(2100)
  @Min(2000)
  @IsInt()
  year!: number;
}

const LIST_LIMIT = 200;

export class CreateRoadmapItemDto {
  @IsIn(ROADMAP_ITEM_KINDS, { message: `kind must be one of: ${ROADMAP_ITEM_KINDS.join(', ')}` })
  kind!: RoadmapItemKind;

  /** Required for `standard` items, absent for `own` ones. */
  @IsUUID('all', { message: 'measureId must be a UUID' })
  @IsOptional()
  measureId?: string | null;

  @MaxLength(500)
  @MinLength(1, { message: 'title must not be empty' })
  @IsString()
  title!: string;

  @MaxLength(10_000)
  @IsString()
  @IsOptional()
  description?: string | null;

  @IsUUID('all', { message: 'directionId must be a UUID' })
  @IsOptional()
  directionId?: string | null;

  @MaxLength(300)
  @IsString()
  @IsOptional()
  responsibleUnit?: string | null;

  @MaxLength(300)
  @IsString()
  @IsOptional()
  responsiblePerson?: string | null;

  @Matches(MONTH, MONTH_RULE)
  @IsOptional()
  startMonth?: string | null;

  @Matches(MONTH, MONTH_RULE)
  @IsOptional()
  endMonth?: string | null;

  @IsIn(ROADMAP_ITEM_STATUSES, { message: `status must be one of: ${ROADMAP_ITEM_STATUSES.join(', ')}` })
  @IsOptional()
  status?: RoadmapItemStatus;

  @Max(100)
  @Min(0)
  @IsInt({ message: 'progress must be a whole percentage from 0 to 100' })
  @IsOptional()
  progress?: number;

  /** Problems of this roadmap the item answers; an `own` item must cite at least one. */
  @IsUUID('all', { each: true, message: 'problemIds must be UUIDs' })
  @ArrayMaxSize(LIST_LIMIT)
  @IsArray()
  @IsOptional()
  problemIds?: string[];

  /** Items of this roadmap that must finish before this one starts. */
  @IsUUID('all', { each: true, message: 'dependsOn must be UUIDs' })
  @ArrayMaxSize(LIST_LIMIT)
  @IsArray()
  @IsOptional()
  dependsOn?: string[];

  @Type(() => BudgetLineDto)
  @ValidateNested({ each: true })
  @ArrayMaxSize(LIST_LIMIT)
  @IsArray()
  @IsOptional()
  budgetLines?: BudgetLineDto[];

  @Type(() => KpiTargetDto)
  @ValidateNested({ each: true })
  @ArrayMaxSize(LIST_LIMIT)
  @IsArray()
  @IsOptional()
  kpiTargets?: KpiTargetDto[];
}

/**
 * A partial update: absent fields stay as they are, `null` clears a nullable field, and the lists (problemIds,
 * dependsOn, budgetLines, kpiTargets) replace the item's whole list when present.
 */
export class UpdateRoadmapItemDto {
  /** The item's `revision` this edit was based on. */
  @Min(1)
  @IsInt({ message: 'revision must be the integer revision this edit was based on' })
  revision!: number;

  @IsIn(ROADMAP_ITEM_KINDS, { message: `kind must be one of: ${ROADMAP_ITEM_KINDS.join(', ')}` })
  @OptionalNotNull()
  kind?: RoadmapItemKind;

  @IsUUID('all', { message: 'measureId must be a UUID' })
  @OptionalNullable()
  measureId?: string | null;

  @MaxLength(500)
  @MinLength(1, { message: 'title must not be empty' })
  @IsString()
  @OptionalNotNull()
  title?: string;

  @MaxLength(10_000)
  @IsString()
  @OptionalNullable()
  description?: string | null;

  @IsUUID('all', { message: 'directionId must be a UUID' })
  @OptionalNullable()
  directionId?: string | null;

  @MaxLength(300)
  @IsString()
  @OptionalNullable()
  responsibleUnit?: string | null;

  @MaxLength(300)
  @IsString()
  @OptionalNullable()
  responsiblePerson?: string | null;

  @Matches(MONTH, MONTH_RULE)
  @OptionalNullable()
  startMonth?: string | null;

  @Matches(MONTH, MONTH_RULE)
  @OptionalNullable()
  endMonth?: string | null;

  @IsIn(ROADMAP_ITEM_STATUSES, { message: `status must be one of: ${ROADMAP_ITEM_STATUSES.join(', ')}` })
  @OptionalNotNull()
  status?: RoadmapItemStatus;

  @Max(100)
  @Min(0)
  @IsInt({ message: 'progress must be a whole percentage from 0 to 100' })
  @OptionalNotNull()
  progress?: number;

  @IsUUID('all', { each: true, message: 'problemIds must be UUIDs' })
  @ArrayMaxSize(LIST_LIMIT)
  @IsArray()
  @OptionalNotNull()
  problemIds?: string[];

  @IsUUID('all', { each: true, message: 'dependsOn must be UUIDs' })
  @ArrayMaxSize(LIST_LIMIT)
  @IsArray()
  @OptionalNotNull()
  dependsOn?: string[];

  @Type(() => BudgetLineDto)
  @ValidateNested({ each: true })
  @ArrayMaxSize(LIST_LIMIT)
  @IsArray()
  @OptionalNotNull()
  budgetLines?: BudgetLineDto[];

  @Type(() => KpiTargetDto)
  @ValidateNested({ each: true })
  @ArrayMaxSize(LIST_LIMIT)
  @IsArray()
  @OptionalNotNull()
  kpiTargets?: KpiTargetDto[];
}
