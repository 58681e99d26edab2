import { Type } from 'class-transformer';
import { IsBoolean, IsIn, IsInt, IsOptional, IsString, IsUUID, ValidateNested } from 'class-validator';
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

/** A municipality's region, named so members can see it without read access to the region itself. */
export class ParentOrganizationResponse {
  @IsUUID() id!: string;
  @IsString() nameRu!: string;
  @IsString() nameEn!: string;
}

export class OrganizationResponse extends OrganizationSummaryResponse {
  @IsOptional()
  @ValidateNested()
  @Type(() => ParentOrganizationResponse)
  parent!: ParentOrganizationResponse | null;
  @IsOptional() @IsInt() population!: number | null;
  @IsOptional() @IsIn(POPULATION_GROUPS.map((g) => g.id)) populationGroup!: PopulationGroup | null;
  @IsBoolean() isRegionalCapital!: boolean;
  /** All-Russian classifier of municipal territories code. */
  @IsOptional() @IsString() oktmo!: string | null;
}
