import {
  ArrayMaxSize,
  IsArray,
  IsIn,
  IsInt,
  IsOptional,
  IsString,
  IsUrl,
  IsUUID,
  MaxLength,
  Min,
  MinLength,
} from 'class-validator';
import type { MeasureCoverageStatus, ProblemSeverity } from '@smartcity/domain';
import { MEASURE_COVERAGE_STATUSES, PROBLEM_SEVERITIES } from '@smartcity/domain';

import { OptionalNotNull, OptionalNullable } from './roadmap-validation';

const LINK = { message: 'evidenceLinks must be http(s) URLs' };
const LINK_OPTIONS = { protocols: ['http', 'https'], require_protocol: true, require_tld: false };

export class CreateProblemDto {
  @MaxLength(500)
  @MinLength(1, { message: 'title must not be empty' })
  @IsString()
  title!: string;

  @MaxLength(10_000)
  @IsString()
  @IsOptional()
  description?: string | null;

  @IsUrl(LINK_OPTIONS, { each: true, ...LINK })
  @ArrayMaxSize(50)
  @IsArray()
  @IsOptional()
  evidenceLinks?: string[];

  @IsIn(PROBLEM_SEVERITIES, { message: `severity must be one of: ${PROBLEM_SEVERITIES.join(', ')}` })
  severity!: ProblemSeverity;

  @IsUUID('all', { message: 'directionId must be a UUID' })
  @IsOptional()
  directionId?: string | null;
}

export class UpdateProblemDto {
  /** The problem's `revision` this edit was based on. */
  @Min(1)
  @IsInt({ message: 'revision must be the integer revision this edit was based on' })
  revision!: number;

  @MaxLength(500)
  @MinLength(1, { message: 'title must not be empty' })
  @IsString()
  @OptionalNotNull()
  title?: string;

  @MaxLength(10_000)
  @IsString()
  @OptionalNullable()
  description?: string | null;

  @IsUrl(LINK_OPTIONS, { each: true, ...LINK })
  @ArrayMaxSize(50)
  @IsArray()
  @OptionalNotNull()
  evidenceLinks?: string[];

  @IsIn(PROBLEM_SEVERITIES, { message: `severity must be one of: ${PROBLEM_SEVERITIES.join(', ')}` })
  @OptionalNotNull()
  severity?: ProblemSeverity;

  @IsUUID('all', { message: 'directionId must be a UUID' })
  @OptionalNullable()
  directionId?: string | null;
}

/**
 * Marks a basic measure that no item covers: `implemented` (evidence links required) or `not_applicable`
 * (a justification a reviewer must accept). Creating a mark sends no revision; replacing one sends the mark's.
 */
export class SetCoverageDto {
  @Min(1)
  @IsInt({ message: 'revision must be the integer revision of the mark this edit was based on' })
  @IsOptional()
  revision?: number;

  @IsIn(MEASURE_COVERAGE_STATUSES, {
    message: `status must be one of: ${MEASURE_COVERAGE_STATUSES.join(', ')}`,
  })
  status!: MeasureCoverageStatus;

  @MaxLength(5000)
  @IsString()
  @IsOptional()
  justification?: string | null;

  @IsUrl(LINK_OPTIONS, { each: true, ...LINK })
  @ArrayMaxSize(50)
  @IsArray()
  @IsOptional()
  evidenceLinks?: string[];
}

export class CreateCommentDto {
  /** Plain text; mention a person as `@[Display name](user-id)`. */
  @MaxLength(5000)
  @MinLength(1, { message: 'body must not be empty' })
  @IsString()
  body!: string;

  /** Comment on one item instead of the roadmap as a whole. */
  @IsUUID('all', { message: 'itemId must be a UUID' })
  @IsOptional()
  itemId?: string | null;
}

export class CreateSnapshotDto {
  @MaxLength(200)
  @MinLength(1, { message: 'name must not be empty' })
  @IsString()
  name!: string;
}

export class CompareSnapshotsQueryDto {
  @IsUUID('all', { message: 'from must be a snapshot id' })
  from!: string;

  /** A snapshot id, or omitted to compare with the roadmap as it is now. */
  @IsUUID('all', { message: 'to must be a snapshot id' })
  @IsOptional()
  to?: string;
}

export class ListCommentsQueryDto {
  @IsUUID('all', { message: 'itemId must be a UUID' })
  @IsOptional()
  itemId?: string;
}
