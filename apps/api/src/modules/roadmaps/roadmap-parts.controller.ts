import { Body, Controller, Delete, Get, Param, Patch, Post, Put, Query } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import {
  CoverageWriteResponse,
  CreateProblemDto,
  ProblemResponse,
  ProblemWriteResponse,
  RevisionQueryDto,
  RoadmapRevisionResponse,
  SetCoverageDto,
  UpdateProblemDto,
} from '@smartcity/contracts';
import type { AccessScope } from '@smartcity/domain';

import { RequirePermission, Scope } from '../../common/access.decorators';
import { ApiContract } from '../../common/api-contract.decorator';
import { RoadmapPartsService } from './roadmap-parts.service';

const ORG = { organizationParam: 'orgId' };

@ApiTags('roadmaps')
@Controller('organizations/:orgId/roadmaps/:roadmapId')
export class RoadmapPartsController {
  constructor(private readonly parts: RoadmapPartsService) {}

  @Post('problems')
  @RequirePermission('roadmaps.edit', ORG)
  @ApiContract({
    summary: 'Add an analysed problem',
    body: CreateProblemDto,
    response: ProblemWriteResponse,
    status: 201,
  })
  createProblem(
    @Scope() scope: AccessScope,
    @Param('orgId') orgId: string,
    @Param('roadmapId') roadmapId: string,
    @Body() dto: CreateProblemDto,
  ): Promise<ProblemWriteResponse> {
    return this.parts.createProblem(scope, orgId, roadmapId, dto);
  }

  @Get('problems/:problemId')
  @RequirePermission('roadmaps.read', ORG)
  @ApiContract({ summary: 'One problem', response: ProblemResponse })
  getProblem(
    @Scope() scope: AccessScope,
    @Param('orgId') orgId: string,
    @Param('roadmapId') roadmapId: string,
    @Param('problemId') problemId: string,
  ): Promise<ProblemResponse> {
    return this.parts.getProblem(scope, orgId, roadmapId, problemId);
  }

  @Patch('problems/:problemId')
  @RequirePermission('roadmaps.edit', ORG)
  @ApiContract({
    summary: 'Edit a problem (409 when stale)',
    body: UpdateProblemDto,
    response: ProblemWriteResponse,
  })
  updateProblem(
    @Scope() scope: AccessScope,
    @Param('orgId') orgId: string,
    @Param('roadmapId') roadmapId: string,
    @Param('problemId') problemId: string,
    @Body() dto: UpdateProblemDto,
  ): Promise<ProblemWriteResponse> {
    return this.parts.updateProblem(scope, orgId, roadmapId, problemId, dto);
  }

  @Delete('problems/:problemId')
  @RequirePermission('roadmaps.edit', ORG)
  @ApiContract({ summary: 'Delete a problem no item cites (?revision=N)', response: RoadmapRevisionResponse })
  deleteProblem(
    @Scope() scope: AccessScope,
    @Param('orgId') orgId: string,
    @Param('roadmapId') roadmapId: string,
    @Param('problemId') problemId: string,
    @Query() query: RevisionQueryDto,
  ): Promise<RoadmapRevisionResponse> {
    return this.parts.deleteProblem(scope, orgId, roadmapId, problemId, query.revision);
  }

  @Put('coverage/:measureId')
  @RequirePermission('roadmaps.edit', ORG)
  @ApiContract({
    summary: 'Mark a basic measure implemented or not applicable',
    body: SetCoverageDto,
    response: CoverageWriteResponse,
  })
  setCoverage(
    @Scope() scope: AccessScope,
    @Param('orgId') orgId: string,
    @Param('roadmapId') roadmapId: string,
    @Param('measureId') measureId: string,
    @Body() dto: SetCoverageDto,
  ): Promise<CoverageWriteResponse> {
    return this.parts.setCoverage(scope, orgId, roadmapId, measureId, dto);
  }

  @Delete('coverage/:measureId')
  @RequirePermission('roadmaps.edit', ORG)
  @ApiContract({
    summary: 'Remove the mark of a basic measure (?revision=N)',
    response: RoadmapRevisionResponse,
  })
  clearCoverage(
    @Scope() scope: AccessScope,
    @Param('orgId') orgId: string,
    @Param('roadmapId') roadmapId: string,
    @Param('measureId') measureId: string,
    @Query() query: RevisionQueryDto,
  ): Promise<RoadmapRevisionResponse> {
    return this.parts.clearCoverage(scope, orgId, roadmapId, measureId, query.revision);
  }
}
