import { Body, Controller, Delete, Param, Patch, Post } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import {
  CreateDirectionDto,
  CreateKpiDto,
  CreateMeasureDto,
  DirectionResponse,
  KpiResponse,
  MeasureResponse,
  UpdateDirectionDto,
  UpdateKpiDto,
  UpdateMeasureDto,
} from '@smartcity/contracts';
import type { AccessScope } from '@smartcity/domain';

import { RequirePermission, Scope } from '../../common/access.decorators';
import { ApiContract } from '../../common/api-contract.decorator';
import { CatalogueContentService } from './catalogue-content.service';

/** Editing a draft's directions, measures and KPIs. A published version answers 409 `catalogue.version-published`. */
@ApiTags('catalogue')
@Controller('catalogue/frameworks/:frameworkId')
export class CatalogueContentController {
  constructor(private readonly content: CatalogueContentService) {}

  @Post('directions')
  @RequirePermission('catalogue.manage')
  @ApiContract({
    summary: 'Add a direction to a draft',
    body: CreateDirectionDto,
    response: DirectionResponse,
    status: 201,
  })
  addDirection(
    @Scope() scope: AccessScope,
    @Param('frameworkId') frameworkId: string,
    @Body() dto: CreateDirectionDto,
  ): Promise<DirectionResponse> {
    return this.content.addDirection(scope, frameworkId, dto);
  }

  @Patch('directions/:directionId')
  @RequirePermission('catalogue.manage')
  @ApiContract({
    summary: "Rename a draft's direction",
    body: UpdateDirectionDto,
    response: DirectionResponse,
  })
  updateDirection(
    @Scope() scope: AccessScope,
    @Param('frameworkId') frameworkId: string,
    @Param('directionId') directionId: string,
    @Body() dto: UpdateDirectionDto,
  ): Promise<DirectionResponse> {
    return this.content.updateDirection(scope, frameworkId, directionId, dto);
  }

  @Delete('directions/:directionId')
  @RequirePermission('catalogue.manage')
  @ApiContract({ summary: 'Delete an empty direction of a draft' })
  deleteDirection(
    @Scope() scope: AccessScope,
    @Param('frameworkId') frameworkId: string,
    @Param('directionId') directionId: string,
  ): Promise<void> {
    return this.content.deleteDirection(scope, frameworkId, directionId);
  }

  @Post('measures')
  @RequirePermission('catalogue.manage')
  @ApiContract({
    summary: 'Add a measure to a draft',
    body: CreateMeasureDto,
    response: MeasureResponse,
    status: 201,
  })
  addMeasure(
    @Scope() scope: AccessScope,
    @Param('frameworkId') frameworkId: string,
    @Body() dto: CreateMeasureDto,
  ): Promise<MeasureResponse> {
    return this.content.addMeasure(scope, frameworkId, dto);
  }

  @Patch('measures/:measureId')
  @RequirePermission('catalogue.manage')
  @ApiContract({ summary: "Change a draft's measure", body: UpdateMeasureDto, response: MeasureResponse })
  updateMeasure(
    @Scope() scope: AccessScope,
    @Param('frameworkId') frameworkId: string,
    @Param('measureId') measureId: string,
    @Body() dto: UpdateMeasureDto,
  ): Promise<MeasureResponse> {
    return this.content.updateMeasure(scope, frameworkId, measureId, dto);
  }

  @Delete('measures/:measureId')
  @RequirePermission('catalogue.manage')
  @ApiContract({ summary: "Delete a draft's measure" })
  deleteMeasure(
    @Scope() scope: AccessScope,
    @Param('frameworkId') frameworkId: string,
    @Param('measureId') measureId: string,
  ): Promise<void> {
    return this.content.deleteMeasure(scope, frameworkId, measureId);
  }

  @Post('kpis')
  @RequirePermission('catalogue.manage')
  @ApiContract({ summary: 'Add a KPI to a draft', body: CreateKpiDto, response: KpiResponse, status: 201 })
  addKpi(
    @Scope() scope: AccessScope,
    @Param('frameworkId') frameworkId: string,
    @Body() dto: CreateKpiDto,
  ): Promise<KpiResponse> {
    return this.content.addKpi(scope, frameworkId, dto);
  }

  @Patch('kpis/:kpiId')
  @RequirePermission('catalogue.manage')
  @ApiContract({ summary: "Change a draft's KPI", body: UpdateKpiDto, response: KpiResponse })
  updateKpi(
    @Scope() scope: AccessScope,
    @Param('frameworkId') frameworkId: string,
    @Param('kpiId') kpiId: string,
    @Body() dto: UpdateKpiDto,
  ): Promise<KpiResponse> {
    return this.content.updateKpi(scope, frameworkId, kpiId, dto);
  }

  @Delete('kpis/:kpiId')
  @RequirePermission('catalogue.manage')
  @ApiContract({ summary: "Delete a draft's KPI" })
  deleteKpi(
    @Scope() scope: AccessScope,
    @Param('frameworkId') frameworkId: string,
    @Param('kpiId') kpiId: string,
  ): Promise<void> {
    return this.content.deleteKpi(scope, frameworkId, kpiId);
  }
}
