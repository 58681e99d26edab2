import { Type } from 'class-transformer';
import {
  IsArray,
  IsDateString,
  IsIn,
  IsInt,
  IsObject,
  IsOptional,
  IsString,
  IsUUID,
  ValidateNested,
} from 'class-validator';
import type {
  CatalogueFileFormat,
  CatalogueImportStatus,
  CatalogueProblemCode,
  CatalogueProblemParamValue,
  CatalogueSection,
  FrameworkKind,
} from '@smartcity/domain';
import {
  CATALOGUE_FILE_FORMATS,
  CATALOGUE_IMPORT_STATUSES,
  CATALOGUE_PROBLEM_CODES,
  CATALOGUE_SECTIONS,
  FRAMEWORK_KINDS,
} from '@smartcity/domain';

import { CatalogueDiffResponse } from './catalogue-diff.response';

/**
 * One problem in an import file. `section` is the sheet (XLSX), the record type's section (CSV) or the key
 * (JSON); `row` is the spreadsheet row (header = 1) or, for JSON, the 1-based array position. Both null for
 * problems with the whole file. Interfaces show `code` with `params` in their language (every code and its param
 * names: `CATALOGUE_PROBLEM_CODES`, `CATALOGUE_PROBLEM_PARAM_NAMES`); `reason` is the same problem in English for
 * logs and API clients.
 */
export class ImportRowErrorResponse {
  @IsOptional() @IsIn(CATALOGUE_SECTIONS) section!: CatalogueSection | null;
  @IsOptional() @IsInt() row!: number | null;
  @IsOptional() @IsString() column!: string | null;
  /** What is wrong, e.g. `too-long`. Durable: stored with the import. */
  @IsIn(CATALOGUE_PROBLEM_CODES) code!: CatalogueProblemCode;
  /** The values the message needs, e.g. `{ max: 500, actual: 612 }`; `{}` for codes without any. */
  @IsObject() params!: Record<string, CatalogueProblemParamValue>;
  /** English, e.g. `must be at most 500 characters (has 612)`. */
  @IsString() reason!: string;
}

export class ImportProgressResponse {
  @IsInt() processed!: number;
  @IsInt() total!: number;
  /** 0–100. */
  @IsInt() percent!: number;
}

/** What a valid file holds. */
export class ImportSummaryResponse {
  @IsString() frameworkCode!: string;
  @IsString() edition!: string;
  @IsIn(FRAMEWORK_KINDS) kind!: FrameworkKind;
  @IsInt() directions!: number;
  @IsInt() items!: number;
}

/** Poll while `status` is queued or running. */
export class CatalogueImportResponse {
  @IsUUID() id!: string;
  @IsString() fileName!: string;
  @IsIn(CATALOGUE_FILE_FORMATS) format!: CatalogueFileFormat;
  @IsInt() size!: number;
  @IsIn(CATALOGUE_IMPORT_STATUSES) status!: CatalogueImportStatus;
  @ValidateNested() @Type(() => ImportProgressResponse) progress!: ImportProgressResponse;
  /** Every problem found (status `invalid`), at most the first 1000; nothing was written. */
  @IsArray()
  @ValidateNested({ each: true })
  @Type(() => ImportRowErrorResponse)
  errors!: ImportRowErrorResponse[];
  @IsInt() errorCount!: number;
  /** Rows with at least one problem. */
  @IsInt() invalidRows!: number;
  @IsOptional() @ValidateNested() @Type(() => ImportSummaryResponse) summary!: ImportSummaryResponse | null;
  /** Changes against the framework's current published version (status `ready` and `applied`). */
  @IsOptional() @ValidateNested() @Type(() => CatalogueDiffResponse) preview!: CatalogueDiffResponse | null;
  /** The published version the preview compares with. */
  @IsOptional() @IsUUID() baseFrameworkId!: string | null;
  /** A draft of the same framework that applying would replace (apply needs `replaceDraft: true`). */
  @IsOptional() @IsUUID() existingDraftId!: string | null;
  /** The draft version the import created or replaced. */
  @IsOptional() @IsUUID() appliedFrameworkId!: string | null;
  @IsOptional() @IsString() failureMessage!: string | null;
  @IsUUID() createdBy!: string;
  @IsDateString() createdAt!: string;
  @IsDateString() updatedAt!: string;
  @IsOptional() @IsDateString() finishedAt!: string | null;
}

export class CatalogueImportListResponse {
  @IsArray()
  @ValidateNested({ each: true })
  @Type(() => CatalogueImportResponse)
  items!: CatalogueImportResponse[];
}
