import { Controller, Get, Param, Query } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import {
  ComplianceReportResponse,
  ComplianceTrendQueryDto,
  ComplianceTrendResponse,
} from '@smartcity/contracts';
import type { AccessScope } from '@smartcity/domain';

import { RequirePermission, Scope } from '../../common/access.decorators';
import { ApiContract } from '../../common/api-contract.decorator';
import { ComplianceService } from './compliance.service';

const ORG = { organizationParam: 'orgId' };

@ApiTags('compliance')
@Controller('organizations/:orgId/roadmaps/:roadmapId/compliance')
export class RoadmapComplianceController {
  constructor(private readonly compliance: ComplianceService) {}

  @Get()
  @RequirePermission('roadmaps.read', ORG)
  @ApiContract({
    summary:
      "The authoritative compliance report of the roadmap's current revision (findings are data; format them with formatFinding)",
    response: ComplianceReportResponse,
  })
  report(
    @Scope() scope: AccessScope,
    @Param('orgId') orgId: string,
    @Param('roadmapId') roadmapId: string,
  ): Promise<ComplianceReportResponse> {
    return this.compliance.report(scope, orgId, roadmapId);
  }

  @Get('trend')
  @RequirePermission('roadmaps.read', ORG)
  @ApiContract({
    summary: 'Daily compliance score snapshots (default: the last 90 days)',
    response: ComplianceTrendResponse,
  })
  trend(
    @Scope() scope: AccessScope,
    @Param('orgId') orgId: string,
    @Param('roadmapId') roadmapId: string,
    @Query() query: ComplianceTrendQueryDto,
  ): Promise<ComplianceTrendResponse> {
    return this.compliance.trend(scope, orgId, roadmapId, query);
  }
}
