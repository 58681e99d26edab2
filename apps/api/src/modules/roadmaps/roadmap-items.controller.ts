import { Body, Controller, Delete, Get, Param, Patch, Post, Query } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import {
  CreateRoadmapItemDto,
  RevisionQueryDto,
  RoadmapItemResponse,
  RoadmapItemWriteResponse,
  RoadmapRevisionResponse,
  UpdateRoadmapItemDto,
} from '@smartcity/contracts';
import type { AccessScope } from '@smartcity/domain';

import { RequirePermission, Scope } from '../../common/access.decorators';
import { ApiContract } from '../../common/api-contract.decorator';
import { RoadmapItemsService } from './roadmap-items.service';

const ORG = { organizationParam: 'orgId' };

@ApiTags('roadmaps')
@Controller('organizations/:orgId/roadmaps/:roadmapId/items')
export class RoadmapItemsController {
  constructor(private readonly items: RoadmapItemsService) {}

  @Post()
  @RequirePermission('roadmaps.edit', ORG)
  @ApiContract({
    summary: 'Add an item',
    body: CreateRoadmapItemDto,
    response: RoadmapItemWriteResponse,
    status: 201,
  })
  create(
    @Scope() scope: AccessScope,
    @Param('orgId') orgId: string,
    @Param('roadmapId') roadmapId: string,
    @Body() dto: CreateRoadmapItemDto,
  ): Promise<RoadmapItemWriteResponse> {
    return this.items.create(scope, orgId, roadmapId, dto);
  }

  @Get(':itemId')
  @RequirePermission('roadmaps.read', ORG)
  @ApiContract({ summary: 'One item', response: RoadmapItemResponse })
  get(
    @Scope() scope: AccessScope,
    @Param('orgId') orgId: string,
    @Param('roadmapId') roadmapId: string,
    @Param('itemId') itemId: string,
  ): Promise<RoadmapItemResponse> {
    return this.items.get(scope, orgId, roadmapId, itemId);
  }

  @Patch(':itemId')
  @RequirePermission('roadmaps.edit', ORG)
  @ApiContract({
    summary: 'Edit an item (409 when stale)',
    body: UpdateRoadmapItemDto,
    response: RoadmapItemWriteResponse,
  })
  update(
    @Scope() scope: AccessScope,
    @Param('orgId') orgId: string,
    @Param('roadmapId') roadmapId: string,
    @Param('itemId') itemId: string,
    @Body() dto: UpdateRoadmapItemDto,
  ): Promise<RoadmapItemWriteResponse> {
    return this.items.update(scope, orgId, roadmapId, itemId, dto);
  }

  @Delete(':itemId')
  @RequirePermission('roadmaps.edit', ORG)
  @ApiContract({ summary: 'Delete an item (?revision=N; 409 when stale)', response: RoadmapRevisionResponse })
  remove(
    @Scope() scope: AccessScope,
    @Param('orgId') orgId: string,
    @Param('roadmapId') roadmapId: string,
    @Param('itemId') itemId: string,
    @Query() query: RevisionQueryDto,
  ): Promise<RoadmapRevisionResponse> {
    return this.items.remove(scope, orgId, roadmapId, itemId, query.revision);
  }
}
