import { Transform, Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsBoolean,
  IsIn,
  IsInt,
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
  CATALOGUE_CODE_PATTERN,
  CATALOGUE_FILE_FORMATS,
  CATALOGUE_LIMITS as L,
  FRAMEWORK_KINDS,
  FRAMEWORK_PROVENANCES,
  FRAMEWORK_STATUSES,
  ITEM_PROVENANCES,
  KPI_POLARITIES,
  KPI_TIERS,
  MEASURE_KINDS,
  type CatalogueFileFormat,
} from '@smartcity/domain';

const trim = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value);
/** Trims, and turns an empty string into null (clears an optional text). */
const trimToNull = ({ value }: { value: unknown }) =>
  typeof value === 'string' ? value.trim() || null : value;
const toInt = ({ value }: { value: unknown }) =>
  typeof value === 'string' && /^-?\d+$/.test(value.trim()) ? Number(value) : value;
const CODE_MESSAGE = 'must start with a letter or digit and hold only letters, digits, . _ - : and spaces';
const oneOf = (values: readonly string[]) => ({ message: `$property must be one of: ${values.join(', ')}` });

// ------------------------------------------------------------------------------------------- shared parts

/** Optimistic concurrency: when given, the write is refused with 409 unless the version is at this revision. */
class RevisionedDto {
  @IsOptional()
  @Min(1)
  @IsInt()
  expectedRevision?: number;
}

export class ApplicabilityRuleDto {
  /** Inclusive population bound; null for no population bound. */
  @IsOptional()
  @Max(L.maxPopulation)
  @Min(0)
  @IsInt()
  minPopulation!: number | null;

  @IsBoolean()
  regionalCapitals!: boolean;
}

export class FrameworkProvenanceDto {
  @IsIn(FRAMEWORK_PROVENANCES, oneOf(FRAMEWORK_PROVENANCES))
  status!: FrameworkProvenanceStatus;

  @Transform(trimToNull)
  @IsOptional()
  @MaxLength(L.noteMaxLength)
  @IsString()
  note?: string | null;

  @IsOptional()
  @ArrayMaxSize(L.sourcesMaxCount)
  @MaxLength(L.sourceMaxLength, { each: true })
  @MinLength(1, { each: true })
  @IsString({ each: true })
  @IsArray()
  sources?: string[];
}

// ------------------------------------------------------------------------------------------- frameworks

export class CreateDraftDto {
  /** The new edition's label; defaults to the base version's edition. */
  @Transform(trim)
  @IsOptional()
  @MaxLength(L.editionMaxLength)
  @MinLength(1)
  @IsString()
  edition?: string;
}

export class UpdateFrameworkDto extends RevisionedDto {
  @Transform(trim)
  @IsOptional()
  @MaxLength(L.editionMaxLength)
  @MinLength(1)
  @IsString()
  edition?: string;

  @Transform(trimToNull)
  @IsOptional()
  @MaxLength(L.frameworkTitleMaxLength)
  @IsString()
  titleRu?: string | null;

  @Transform(trimToNull)
  @IsOptional()
  @MaxLength(L.frameworkTitleMaxLength)
  @IsString()
  titleEn?: string | null;

  @Transform(trimToNull)
  @IsOptional()
  @MaxLength(L.descriptionMaxLength)
  @IsString()
  descriptionRu?: string | null;

  @Transform(trimToNull)
  @IsOptional()
  @MaxLength(L.descriptionMaxLength)
  @IsString()
  descriptionEn?: string | null;

  @IsOptional()
  @ValidateNested()
  @Type(() => FrameworkProvenanceDto)
  provenance?: FrameworkProvenanceDto;
}

export class PublishFrameworkDto extends RevisionedDto {}

export class RetireFrameworkDto {
  /** Why the version is retired (kept in the audit trail). */
  @IsOptional()
  @MaxLength(L.noteMaxLength)
  @IsString()
  reason?: string;
}

export class ListFrameworksQueryDto {
  /** Matches codes, editions and titles in either language. */
  @Transform(trim)
  @IsOptional()
  @MaxLength(200)
  @IsString()
  q?: string;

  @IsOptional()
  @IsIn(FRAMEWORK_KINDS, oneOf(FRAMEWORK_KINDS))
  kind?: FrameworkKind;

  @IsOptional()
  @IsIn(FRAMEWORK_STATUSES, oneOf(FRAMEWORK_STATUSES))
  status?: FrameworkStatus;

  /** Every version of one framework. */
  @IsOptional()
  @MaxLength(L.codeMaxLength)
  @IsString()
  code?: string;
}

export class ExportFrameworkQueryDto {
  @IsOptional()
  @IsIn(CATALOGUE_FILE_FORMATS, oneOf(CATALOGUE_FILE_FORMATS))
  format?: CatalogueFileFormat;
}

// ------------------------------------------------------------------------------------------- directions

export class CreateDirectionDto extends RevisionedDto {
  @Transform(trim)
  @Matches(CATALOGUE_CODE_PATTERN, { message: `code ${CODE_MESSAGE}` })
  @IsString()
  code!: string;

  @Transform(trimToNull)
  @IsOptional()
  @MaxLength(L.titleMaxLength)
  @IsString()
  titleRu?: string | null;

  @Transform(trimToNull)
  @IsOptional()
  @MaxLength(L.titleMaxLength)
  @IsString()
  titleEn?: string | null;
}

export class UpdateDirectionDto extends RevisionedDto {
  @Transform(trimToNull)
  @IsOptional()
  @MaxLength(L.titleMaxLength)
  @IsString()
  titleRu?: string | null;

  @Transform(trimToNull)
  @IsOptional()
  @MaxLength(L.titleMaxLength)
  @IsString()
  titleEn?: string | null;
}

// ------------------------------------------------------------------------------------------- items

/** Fields measures and KPIs share. */
class CatalogueItemFieldsDto extends RevisionedDto {
  @Transform(trimToNull)
  @IsOptional()
  @MaxLength(L.titleMaxLength)
  @IsString()
  titleRu?: string | null;

  @Transform(trimToNull)
  @IsOptional()
  @MaxLength(L.titleMaxLength)
  @IsString()
  titleEn?: string | null;

  @Transform(trimToNull)
  @IsOptional()
  @MaxLength(L.descriptionMaxLength)
  @IsString()
  descriptionRu?: string | null;

  @Transform(trimToNull)
  @IsOptional()
  @MaxLength(L.descriptionMaxLength)
  @IsString()
  descriptionEn?: string | null;

  @Transform(trimToNull)
  @IsOptional()
  @MaxLength(L.noteMaxLength)
  @IsString()
  provenanceNote?: string | null;

  @IsOptional()
  @ArrayMaxSize(L.sourcesMaxCount)
  @MaxLength(L.sourceMaxLength, { each: true })
  @MinLength(1, { each: true })
  @IsString({ each: true })
  @IsArray()
  sources?: string[];
}

/** Fields of a measure that may be given on create and changed on update. */
class MeasureFieldsDto extends CatalogueItemFieldsDto {
  @Transform(trimToNull)
  @IsOptional()
  @MaxLength(L.codeMaxLength)
  @IsString()
  officialNumber?: string | null;

  @IsOptional()
  @Max(L.maxYear)
  @Min(L.minYear)
  @IsInt()
  deadlineYear?: number | null;

  /** null: applies to every participating municipality. */
  @IsOptional()
  @ValidateNested()
  @Type(() => ApplicabilityRuleDto)
  applicability?: ApplicabilityRuleDto | null;
}

export class CreateMeasureDto extends MeasureFieldsDto {
  @Transform(trim)
  @Matches(CATALOGUE_CODE_PATTERN, { message: `code ${CODE_MESSAGE}` })
  @IsString()
  code!: string;

  /** A direction of the same version, e.g. TRANSPORT. */
  @MaxLength(L.codeMaxLength)
  @IsString()
  directionCode!: string;

  @IsIn(MEASURE_KINDS, oneOf(MEASURE_KINDS))
  kind!: MeasureKind;

  @IsIn(ITEM_PROVENANCES, oneOf(ITEM_PROVENANCES))
  provenance!: ItemProvenance;
}

export class UpdateMeasureDto extends MeasureFieldsDto {
  @Transform(trim)
  @IsOptional()
  @Matches(CATALOGUE_CODE_PATTERN, { message: `code ${CODE_MESSAGE}` })
  @IsString()
  code?: string;

  /** Moves the measure to another direction of the same version. */
  @IsOptional()
  @MaxLength(L.codeMaxLength)
  @IsString()
  directionCode?: string;

  @IsOptional()
  @IsIn(MEASURE_KINDS, oneOf(MEASURE_KINDS))
  kind?: MeasureKind;

  @IsOptional()
  @IsIn(ITEM_PROVENANCES, oneOf(ITEM_PROVENANCES))
  provenance?: ItemProvenance;
}

/** Fields of a KPI that may be given on create and changed on update. */
class KpiFieldsDto extends CatalogueItemFieldsDto {
  @Transform(trimToNull)
  @IsOptional()
  @MaxLength(L.shortTextMaxLength)
  @IsString()
  subDimension?: string | null;

  @Transform(trimToNull)
  @IsOptional()
  @MaxLength(L.shortTextMaxLength)
  @IsString()
  category?: string | null;

  @Transform(trimToNull)
  @IsOptional()
  @MaxLength(L.shortTextMaxLength)
  @IsString()
  unit?: string | null;

  @IsOptional()
  @IsIn(KPI_TIERS, oneOf(KPI_TIERS))
  tier?: KpiTier | null;

  @IsOptional()
  @IsIn(KPI_POLARITIES, oneOf(KPI_POLARITIES))
  better?: KpiPolarity | null;
}

export class CreateKpiDto extends KpiFieldsDto {
  @Transform(trim)
  @Matches(CATALOGUE_CODE_PATTERN, { message: `code ${CODE_MESSAGE}` })
  @IsString()
  code!: string;

  @MaxLength(L.codeMaxLength)
  @IsString()
  directionCode!: string;

  @IsIn(ITEM_PROVENANCES, oneOf(ITEM_PROVENANCES))
  provenance!: ItemProvenance;
}

export class UpdateKpiDto extends KpiFieldsDto {
  @Transform(trim)
  @IsOptional()
  @Matches(CATALOGUE_CODE_PATTERN, { message: `code ${CODE_MESSAGE}` })
  @IsString()
  code?: string;

  @IsOptional()
  @MaxLength(L.codeMaxLength)
  @IsString()
  directionCode?: string;

  @IsOptional()
  @IsIn(ITEM_PROVENANCES, oneOf(ITEM_PROVENANCES))
  provenance?: ItemProvenance;
}

// ------------------------------------------------------------------------------------------- display order

/** A draft's directions in their new display order: every direction id of the version, each exactly once. */
export class ReorderDirectionsDto extends RevisionedDto {
  @ArrayMaxSize(L.maxRows)
  @IsUUID('all', { each: true, message: 'each of directionIds must be a UUID' })
  @IsArray()
  directionIds!: string[];
}

/** One direction's measures (or KPIs) in their new display order: every item id of the direction, each once. */
export class ReorderItemsDto extends RevisionedDto {
  @ArrayMaxSize(L.maxRows)
  @IsUUID('all', { each: true, message: 'each of itemIds must be a UUID' })
  @IsArray()
  itemIds!: string[];
}

// ------------------------------------------------------------------------------------------- search

class SearchQueryDto {
  /** Words in Russian or English; matched by word stems, then by trigram similarity. */
  @Transform(trim)
  @IsOptional()
  @MaxLength(200)
  @IsString()
  q?: string;

  /** One version; without it, the current published version of every framework. */
  @IsOptional()
  @IsUUID('all', { message: 'frameworkId must be a UUID' })
  frameworkId?: string;

  /** A direction code, e.g. TRANSPORT. */
  @IsOptional()
  @MaxLength(L.codeMaxLength)
  @IsString()
  direction?: string;

  @Transform(toInt)
  @IsOptional()
  @Max(200)
  @Min(1)
  @IsInt()
  limit?: number;

  @Transform(toInt)
  @IsOptional()
  @Min(0)
  @IsInt()
  offset?: number;
}

export class SearchMeasuresQueryDto extends SearchQueryDto {
  @IsOptional()
  @IsIn(MEASURE_KINDS, oneOf(MEASURE_KINDS))
  kind?: MeasureKind;
}

export class SearchKpisQueryDto extends SearchQueryDto {
  @IsOptional()
  @IsIn(KPI_TIERS, oneOf(KPI_TIERS))
  tier?: KpiTier;
}

// ------------------------------------------------------------------------------------------- imports

export class ApplyImportDto {
  /** When the framework already has a draft, replace its content (otherwise the apply is refused with 409). */
  @IsOptional()
  @IsBoolean()
  replaceDraft?: boolean;
}

/** The multipart form of POST /catalogue/imports (documented for OpenAPI; the file is read by multer). */
export const CATALOGUE_IMPORT_FILE_FIELD = 'file';
/** Largest accepted import file. */
export const CATALOGUE_IMPORT_MAX_BYTES = 5 * 1024 * 1024;
