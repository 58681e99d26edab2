import { Controller, Get, Query } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import type { AccessScope } from '@smartcity/domain';
import { DashboardQueryDto, DashboardResponse } from '@smartcity/contracts';

import { RequirePermission, Scope } from '../../common/access.decorators';
import { ApiContract } from '../../common/api-contract.decorator';
import { DashboardService } from './dashboard.service';

@ApiTags('applications')
@Controller('dashboard')
export class DashboardController {
  constructor(private readonly dashboard: DashboardService) {}

  @Get('applications')
  @RequirePermission('applications.monitor')
  @ApiContract({
    summary:
      'Ministry dashboard: applications by status and region, eligibility with top reasons, time per status (scoped)',
    response: DashboardResponse,
  })
  get(@Scope() scope: AccessScope, @Query() query: DashboardQueryDto): Promise<DashboardResponse> {
    return this.dashboard.get(scope, query.campaignId ?? null);
  }
}
