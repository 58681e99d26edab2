import { Body, Controller, Get, Param, Patch, Post } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import {
  CloneRoadmapDto,
  CreateRoadmapDto,
  RoadmapDocumentResponse,
  RoadmapListResponse,
  RoadmapResponse,
  UpdateRoadmapDto,
} from '@smartcity/contracts';
import type { AccessScope } from '@smartcity/domain';

import { RequirePermission, Scope } from '../../common/access.decorators';
import { ApiContract } from '../../common/api-contract.decorator';
import { RoadmapsService } from './roadmaps.service';

const ORG = { organizationParam: 'orgId' };

@ApiTags('roadmaps')
@Controller('organizations/:orgId/roadmaps')
export class RoadmapsController {
  constructor(private readonly roadmaps: RoadmapsService) {}

  @Get()
  @RequirePermission('roadmaps.read', ORG)
  @ApiContract({ summary: "The municipality's roadmaps", response: RoadmapListResponse })
  list(@Scope() scope: AccessScope, @Param('orgId') orgId: string): Promise<RoadmapListResponse> {
    return this.roadmaps.list(scope, orgId);
  }

  @Post()
  @RequirePermission('roadmaps.edit', ORG)
  @ApiContract({
    summary: 'Start a roadmap for a programme period',
    body: CreateRoadmapDto,
    response: RoadmapResponse,
    status: 201,
  })
  create(
    @Scope() scope: AccessScope,
    @Param('orgId') orgId: string,
    @Body() dto: CreateRoadmapDto,
  ): Promise<RoadmapResponse> {
    return this.roadmaps.create(scope, orgId, dto);
  }

  @Get(':roadmapId')
  @RequirePermission('roadmaps.read', ORG)
  @ApiContract({ summary: 'The whole roadmap: problems, items, coverage', response: RoadmapDocumentResponse })
  get(
    @Scope() scope: AccessScope,
    @Param('orgId') orgId: string,
    @Param('roadmapId') roadmapId: string,
  ): Promise<RoadmapDocumentResponse> {
    return this.roadmaps.document(scope, orgId, roadmapId);
  }

  @Patch(':roadmapId')
  @RequirePermission('roadmaps.edit', ORG)
  @ApiContract({
    summary: "Edit the roadmap's own fields (409 when stale)",
    body: UpdateRoadmapDto,
    response: RoadmapResponse,
  })
  update(
    @Scope() scope: AccessScope,
    @Param('orgId') orgId: string,
    @Param('roadmapId') roadmapId: string,
    @Body() dto: UpdateRoadmapDto,
  ): Promise<RoadmapResponse> {
    return this.roadmaps.update(scope, orgId, roadmapId, dto);
  }

  @Post(':roadmapId/clone')
  @RequirePermission('roadmaps.edit', ORG)
  @ApiContract({
    summary: 'Copy into a new draft for another period',
    body: CloneRoadmapDto,
    response: RoadmapResponse,
    status: 201,
  })
  clone(
    @Scope() scope: AccessScope,
    @Param('orgId') orgId: string,
    @Param('roadmapId') roadmapId: string,
    @Body() dto: CloneRoadmapDto,
  ): Promise<RoadmapResponse> {
    return this.roadmaps.clone(scope, orgId, roadmapId, dto);
  }
}
