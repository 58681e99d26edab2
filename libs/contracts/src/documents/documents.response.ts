import { Type } from 'class-transformer';
import {
  IsArray,
  IsDateString,
  IsIn,
  IsInt,
  IsOptional,
  IsString,
  IsUUID,
  ValidateNested,
} from 'class-validator';

// Durable: stored in documents.kind. Never rename a value.
export const DOCUMENT_KINDS = ['application', 'decision_letter'] as const;
/** `application`: the submitted snapshot as PDF; `decision_letter`: the letter of a review decision. */
export type DocumentKind = (typeof DOCUMENT_KINDS)[number];

// Durable: stored in documents.status. Never rename a value.
export const DOCUMENT_STATUSES = ['pending', 'rendering', 'ready', 'failed'] as const;
/** `pending`/`rendering`: the worker is on it (poll); `ready`: downloadable; `failed`: gave up (see runbook). */
export type DocumentStatus = (typeof DOCUMENT_STATUSES)[number];

/** A rendered PDF of an application. Download it from `downloadUrl` once `status` is `ready`. */
export class ApplicationDocumentResponse {
  @IsUUID() id!: string;
  @IsUUID() applicationId!: string;
  @IsIn(DOCUMENT_KINDS) kind!: DocumentKind;
  @IsIn(DOCUMENT_STATUSES) status!: DocumentStatus;
  /** SHA-256 of the snapshot the document states. */
  @IsString() snapshotHash!: string;
  @IsOptional() @IsUUID() transitionId!: string | null;
  @IsOptional() @IsInt() sizeBytes!: number | null;
  @IsDateString() createdAt!: string;
  @IsOptional() @IsDateString() renderedAt!: string | null;
  @IsOptional() @IsString() downloadUrl!: string | null;
}

export class ApplicationDocumentsResponse {
  @IsArray()
  @ValidateNested({ each: true })
  @Type(() => ApplicationDocumentResponse)
  items!: ApplicationDocumentResponse[];
}
