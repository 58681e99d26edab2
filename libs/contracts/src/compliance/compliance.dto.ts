import { IsIn, IsOptional, IsUUID, Matches } from 'class-validator';
import type { PopulationGroup } from '@smartcity/domain';
import { POPULATION_GROUPS } from '@smartcity/domain';

const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;

/** Query of `GET /compliance/municipalities`. */
export class ComplianceMunicipalitiesQueryDto {
  @IsUUID('all', { message: 'regionId must be a UUID' })
  @IsOptional()
  regionId?: string;

  @IsIn(POPULATION_GROUPS.map((g) => g.id), {
    message: `populationGroup must be one of: ${POPULATION_GROUPS.map((g) => g.id).join(', ')}`,
  })
  @IsOptional()
  populationGroup?: PopulationGroup;
}

/** Query of `GET …/compliance/trend`: an inclusive day range; defaults to the last 90 days up to today. */
export class ComplianceTrendQueryDto {
  @Matches(ISO_DAY, { message: 'from must be a date (YYYY-MM-DD)' })
  @IsOptional()
  from?: string;

  @Matches(ISO_DAY, { message: 'to must be a date (YYYY-MM-DD)' })
  @IsOptional()
  to?: string;
}

/** Body of `POST /compliance/recompute`: every roadmap, or only those pinned to one framework version. */
export class StartComplianceRecomputeDto {
  @IsUUID('all', { message: 'frameworkId must be a UUID' })
  @IsOptional()
  frameworkId?: string;
}
