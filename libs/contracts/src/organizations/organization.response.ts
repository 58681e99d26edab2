import { IsBoolean, IsIn, IsInt, IsOptional, IsString, IsUUID } from 'class-validator';
import type { OrganizationKind, PopulationGroup } from '@smartcity/domain';
import { ORGANIZATION_KINDS, POPULATION_GROUPS } from '@smartcity/domain';

export class OrganizationSummaryResponse {
  @IsUUID() id!: string;
  @IsIn(ORGANIZATION_KINDS) kind!: OrganizationKind;
  @IsString() nameRu!: string;
  @IsString() nameEn!: string;
  /** The region of a municipality. */
  @IsOptional() @IsUUID() parentId!: string | null;
}

export class OrganizationResponse extends OrganizationSummaryResponse {
  @IsOptional() @IsInt() population!: number | null;
  @IsOptional() @IsIn(POPULATION_GROUPS.map((g) => g.id)) populationGroup!: PopulationGroup | null;
  @IsBoolean() isRegionalCapital!: boolean;
  /** All-Russian classifier of municipal territories code. */
  @IsOptional() @IsString() oktmo!: string | null;
}
