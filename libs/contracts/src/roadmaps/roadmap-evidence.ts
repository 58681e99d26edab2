import { Type } from 'class-transformer';
import {
  IsArray,
  IsDateString,
  IsIn,
  IsInt,
  IsOptional,
  IsString,
  IsUrl,
  IsUUID,
  MaxLength,
  MinLength,
  ValidateNested,
} from 'class-validator';
import type { EvidenceFileType } from '@smartcity/domain';
import { EVIDENCE_FILE_TYPES } from '@smartcity/domain';

/** The multipart field that carries an evidence file (`POST …/items/:itemId/evidence`). */
export const EVIDENCE_FILE_FIELD = 'file';

/**
 * Adds evidence to an item or a problem: either a link (`url`, as JSON or a form field) or a file (multipart
 * field `file`, allowed types only, size limited by EVIDENCE_MAX_BYTES). `title` describes it in either case.
 */
export class CreateEvidenceDto {
  @IsUrl(
    { protocols: ['http', 'https'], require_protocol: true, require_tld: false },
    { message: 'url must be an http(s) URL' },
  )
  @MaxLength(2000)
  @IsOptional()
  url?: string;

  @MaxLength(300)
  @MinLength(1, { message: 'title must not be empty' })
  @IsString()
  @IsOptional()
  title?: string;
}

// Durable: stored in the database (roadmap_evidence.kind). Never rename a value.
export const EVIDENCE_KINDS = ['link', 'file'] as const;
export type EvidenceKind = (typeof EVIDENCE_KINDS)[number];

export class EvidenceResponse {
  @IsUUID() id!: string;
  @IsIn(EVIDENCE_KINDS) kind!: EvidenceKind;
  /** The item or problem the evidence supports (exactly one is set). */
  @IsOptional() @IsUUID() itemId!: string | null;
  @IsOptional() @IsUUID() problemId!: string | null;
  @IsString() title!: string;
  /** For links. */
  @IsOptional() @IsString() url!: string | null;
  /** For files: name as uploaded (sanitized), type, size and SHA-256; download from `…/evidence/:id/file`. */
  @IsOptional() @IsString() fileName!: string | null;
  @IsOptional() @IsIn(EVIDENCE_FILE_TYPES) fileType!: EvidenceFileType | null;
  @IsOptional() @IsInt() sizeBytes!: number | null;
  @IsOptional() @IsString() sha256!: string | null;
  @IsUUID() createdBy!: string;
  @IsDateString() createdAt!: string;
}

/** What an evidence upload may be, so a client can say so before sending (the server checks again). */
export class EvidenceLimitsResponse {
  /** The largest file accepted (EVIDENCE_MAX_BYTES); larger is 413 `common.payload-too-large`. */
  @IsInt() maxBytes!: number;
  @IsArray() @IsIn(EVIDENCE_FILE_TYPES, { each: true }) fileTypes!: EvidenceFileType[];
  /** Accepted extensions, lower case without the dot; the content must match too, else 415. */
  @IsArray() @IsString({ each: true }) extensions!: string[];
}

export class EvidenceListResponse {
  @IsArray() @ValidateNested({ each: true }) @Type(() => EvidenceResponse) items!: EvidenceResponse[];
  @ValidateNested() @Type(() => EvidenceLimitsResponse) limits!: EvidenceLimitsResponse;
}

export class EvidenceWriteResponse {
  @IsInt() roadmapRevision!: number;
  @ValidateNested() @Type(() => EvidenceResponse) evidence!: EvidenceResponse;
}
