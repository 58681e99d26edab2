import { Type } from 'class-transformer';
import {
  IsArray,
  IsBoolean,
  IsDateString,
  IsIn,
  IsInt,
  IsObject,
  IsOptional,
  IsString,
  IsUUID,
  Min,
  ValidateNested,
} from 'class-validator';
import type { ImportFieldChange, ImportRowAction, SheetName } from '@smartcity/domain';

/** The multipart field that carries the edited workbook (`POST …/roadmaps/:roadmapId/imports`). */
export const ROADMAP_IMPORT_FILE_FIELD = 'file';
/** A roadmap workbook of 5 000 items with budgets stays well below this. */
export const ROADMAP_IMPORT_MAX_BYTES = 10 * 1024 * 1024;

export const IMPORT_ROW_ACTIONS = ['added', 'changed', 'removed', 'unchanged', 'invalid'] as const;
// Durable: stored in the database (roadmap_imports.status). Never rename a value.
export const ROADMAP_IMPORT_STATUSES = ['previewed', 'applied'] as const;
export type RoadmapImportStatus = (typeof ROADMAP_IMPORT_STATUSES)[number];

export class ImportCellErrorResponse {
  @IsIn(['items', 'budget']) sheet!: SheetName;
  @IsInt() row!: number;
  /** The column header as the sheet shows it, e.g. «Код меры стандарта». */
  @IsString() column!: string;
  @IsString() reason!: string;
}

export class ImportPreviewRowResponse {
  @IsIn(['items', 'budget']) sheet!: SheetName;
  /** Spreadsheet row number; null for a removed item. */
  @IsOptional() @IsInt() row!: number | null;
  @IsOptional() @IsUUID() itemId!: string | null;
  @IsOptional() @IsString() title!: string | null;
  @IsIn(IMPORT_ROW_ACTIONS) action!: ImportRowAction;
  /** `{ field, from, to }`; fields: measureCode, directionCode, title, …, `budget.<year>.<source>.planned|actual`. */
  @IsArray() changes!: ImportFieldChange[];
  @IsArray()
  @ValidateNested({ each: true })
  @Type(() => ImportCellErrorResponse)
  errors!: ImportCellErrorResponse[];
}

/**
 * Confirms an import. `baseRevision`, when sent, must be the preview's: a client applying a preview it did not
 * show gets 409 instead of writing it.
 */
export class ApplyRoadmapImportDto {
  @Min(1)
  @IsInt({ message: 'baseRevision must be the integer baseRevision of the preview that was shown' })
  @IsOptional()
  baseRevision?: number;
}

/** An uploaded workbook compared with the roadmap: apply it with `POST …/imports/:importId/apply`. */
export class RoadmapImportResponse {
  @IsUUID() id!: string;
  @IsUUID() roadmapId!: string;
  @IsString() fileName!: string;
  @IsIn(ROADMAP_IMPORT_STATUSES) status!: RoadmapImportStatus;
  /** The roadmap revision the preview was computed against; applying requires the roadmap to be still there. */
  @IsInt() baseRevision!: number;
  /** Whether applying is possible (no invalid row). */
  @IsBoolean() isValid!: boolean;
  @IsObject() summary!: Record<ImportRowAction, number>;
  @IsArray()
  @ValidateNested({ each: true })
  @Type(() => ImportPreviewRowResponse)
  rows!: ImportPreviewRowResponse[];
  @IsUUID() createdBy!: string;
  @IsDateString() createdAt!: string;
  @IsOptional() @IsDateString() appliedAt!: string | null;
  /** The roadmap revision applying produced. */
  @IsOptional() @IsInt() appliedRevision!: number | null;
}
