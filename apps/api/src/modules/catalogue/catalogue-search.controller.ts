import { Controller, Get, Query } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import {
  KpiSearchResponse,
  MeasureSearchResponse,
  SearchKpisQueryDto,
  SearchMeasuresQueryDto,
} from '@smartcity/contracts';
import type { AccessScope } from '@smartcity/domain';

import { RequirePermission, Scope } from '../../common/access.decorators';
import { ApiContract } from '../../common/api-contract.decorator';
import { CatalogueService } from './catalogue.service';

@ApiTags('catalogue')
@Controller('catalogue')
export class CatalogueSearchController {
  constructor(private readonly catalogue: CatalogueService) {}

  @Get('measures')
  @RequirePermission('catalogue.read')
  @ApiContract({
    summary: 'Find measures by direction, kind and text in Russian or English, best match first',
    response: MeasureSearchResponse,
  })
  measures(
    @Scope() scope: AccessScope,
    @Query() query: SearchMeasuresQueryDto,
  ): Promise<MeasureSearchResponse> {
    return this.catalogue.searchMeasures(scope, query);
  }

  @Get('kpis')
  @RequirePermission('catalogue.read')
  @ApiContract({
    summary: 'Find KPIs by direction (dimension), tier and text in Russian or English, best match first',
    response: KpiSearchResponse,
  })
  kpis(@Scope() scope: AccessScope, @Query() query: SearchKpisQueryDto): Promise<KpiSearchResponse> {
    return this.catalogue.searchKpis(scope, query);
  }
}
