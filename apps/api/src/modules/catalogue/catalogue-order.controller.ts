import { Body, Controller, Param, Put } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { FrameworkTreeResponse, ReorderDirectionsDto, ReorderItemsDto } from '@smartcity/contracts';
import type { AccessScope } from '@smartcity/domain';

import { RequirePermission, Scope } from '../../common/access.decorators';
import { ApiContract } from '../../common/api-contract.decorator';
import { CatalogueOrderService } from './catalogue-order.service';

/** The display order of a draft's directions and of the items within a direction. */
@ApiTags('catalogue')
@Controller('catalogue/frameworks/:frameworkId')
export class CatalogueOrderController {
  constructor(private readonly order: CatalogueOrderService) {}

  @Put('directions/order')
  @RequirePermission('catalogue.manage')
  @ApiContract({
    summary: "Reorder a draft's directions (every direction id, each once)",
    body: ReorderDirectionsDto,
    response: FrameworkTreeResponse,
  })
  reorderDirections(
    @Scope() scope: AccessScope,
    @Param('frameworkId') frameworkId: string,
    @Body() dto: ReorderDirectionsDto,
  ): Promise<FrameworkTreeResponse> {
    return this.order.reorderDirections(scope, frameworkId, dto);
  }

  @Put('directions/:directionId/items/order')
  @RequirePermission('catalogue.manage')
  @ApiContract({
    summary: "Reorder the measures (or KPIs) of a draft's direction (every item id of it, each once)",
    body: ReorderItemsDto,
    response: FrameworkTreeResponse,
  })
  reorderItems(
    @Scope() scope: AccessScope,
    @Param('frameworkId') frameworkId: string,
    @Param('directionId') directionId: string,
    @Body() dto: ReorderItemsDto,
  ): Promise<FrameworkTreeResponse> {
    return this.order.reorderItems(scope, frameworkId, directionId, dto);
  }
}
