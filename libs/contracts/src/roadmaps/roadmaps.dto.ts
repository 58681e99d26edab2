import { IsIn, IsInt, IsOptional, IsString, IsUUID, Max, MaxLength, Min, MinLength } from 'class-validator';
import type { RoadmapStatus } from '@smartcity/domain';
import {
  ROADMAP_FIRST_YEAR,
  ROADMAP_LAST_OUTLOOK_YEAR,
  ROADMAP_LAST_PLAN_YEAR,
  ROADMAP_STATUSES,
} from '@smartcity/domain';

import { OptionalNotNull, OptionalNullable, QueryInt } from './roadmap-validation';

const YEAR_RULE = { message: `year must be from ${ROADMAP_FIRST_YEAR} to ${ROADMAP_LAST_PLAN_YEAR}` };

export class CreateRoadmapDto {
  /** The framework (standard) version the roadmap is pinned to. */
  @IsUUID('all', { message: 'frameworkId must be a UUID' })
  frameworkId!: string;

  @MaxLength(300)
  @MinLength(1, { message: 'title must not be empty' })
  @IsString()
  title!: string;

  @Max(ROADMAP_LAST_PLAN_YEAR, YEAR_RULE)
  @Min(ROADMAP_FIRST_YEAR, YEAR_RULE)
  @IsInt()
  periodStartYear!: number;

  @Max(ROADMAP_LAST_PLAN_YEAR, YEAR_RULE)
  @Min(ROADMAP_FIRST_YEAR, YEAR_RULE)
  @IsInt()
  periodEndYear!: number;

  /** Optional outlook beyond the plan, up to 2036. */
  @Max(ROADMAP_LAST_OUTLOOK_YEAR, { message: `outlookYear must be at most ${ROADMAP_LAST_OUTLOOK_YEAR}` })
  @Min(ROADMAP_FIRST_YEAR)
  @IsInt()
  @IsOptional()
  outlookYear?: number | null;
}

/** Every write carries the revision it was based on; see docs/roadmaps.md. */
export class UpdateRoadmapDto {
  /** The roadmap's `revision` this edit was based on. */
  @Min(1)
  @IsInt({ message: 'revision must be the integer revision this edit was based on' })
  revision!: number;

  @MaxLength(300)
  @MinLength(1, { message: 'title must not be empty' })
  @IsString()
  @OptionalNotNull()
  title?: string;

  @IsIn(ROADMAP_STATUSES, { message: `status must be one of: ${ROADMAP_STATUSES.join(', ')}` })
  @OptionalNotNull()
  status?: RoadmapStatus;

  @Max(ROADMAP_LAST_PLAN_YEAR, YEAR_RULE)
  @Min(ROADMAP_FIRST_YEAR, YEAR_RULE)
  @IsInt()
  @OptionalNotNull()
  periodEndYear?: number;

  @Max(ROADMAP_LAST_OUTLOOK_YEAR, { message: `outlookYear must be at most ${ROADMAP_LAST_OUTLOOK_YEAR}` })
  @Min(ROADMAP_FIRST_YEAR)
  @IsInt()
  @OptionalNullable()
  outlookYear?: number | null;
}

/** Starts a new roadmap (e.g. next period's draft) as a copy of an existing one. */
export class CloneRoadmapDto {
  @MaxLength(300)
  @MinLength(1, { message: 'title must not be empty' })
  @IsString()
  title!: string;

  @Max(ROADMAP_LAST_PLAN_YEAR, YEAR_RULE)
  @Min(ROADMAP_FIRST_YEAR, YEAR_RULE)
  @IsInt()
  periodStartYear!: number;

  @Max(ROADMAP_LAST_PLAN_YEAR, YEAR_RULE)
  @Min(ROADMAP_FIRST_YEAR, YEAR_RULE)
  @IsInt()
  periodEndYear!: number;

  @Max(ROADMAP_LAST_OUTLOOK_YEAR)
  @Min(ROADMAP_FIRST_YEAR)
  @IsInt()
  @IsOptional()
  outlookYear?: number | null;
}

/** `?revision=N` on DELETE requests: the revision of the thing being deleted. */
export class RevisionQueryDto {
  @Min(1)
  @IsInt({ message: 'revision must be the integer revision this deletion was based on' })
  @QueryInt()
  revision!: number;
}
