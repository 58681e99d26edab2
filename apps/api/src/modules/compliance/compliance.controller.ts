import { Body, Controller, Get, Param, Post, Query } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import {
  ComplianceMunicipalitiesQueryDto,
  ComplianceMunicipalityTableResponse,
  ComplianceRunListResponse,
  ComplianceRunResponse,
  StartComplianceRecomputeDto,
} from '@smartcity/contracts';
import type { AccessScope } from '@smartcity/domain';

import { RequirePermission, Scope } from '../../common/access.decorators';
import { ApiContract } from '../../common/api-contract.decorator';
import { ComplianceService } from './compliance.service';

/** Compliance across municipalities (regional and ministry roles) and bulk recomputation. */
@ApiTags('compliance')
@Controller('compliance')
export class ComplianceController {
  constructor(private readonly compliance: ComplianceService) {}

  @Get('municipalities')
  @RequirePermission('compliance.overview')
  @ApiContract({
    summary: 'Scores per municipality and direction, within what the caller’s role reaches',
    response: ComplianceMunicipalityTableResponse,
  })
  municipalities(
    @Scope() scope: AccessScope,
    @Query() query: ComplianceMunicipalitiesQueryDto,
  ): Promise<ComplianceMunicipalityTableResponse> {
    return this.compliance.municipalities(scope, query);
  }

  @Post('recompute')
  @RequirePermission('compliance.recompute')
  @ApiContract({
    summary:
      'Recompute every roadmap’s report in the worker (or those of one framework version); poll the run',
    body: StartComplianceRecomputeDto,
    response: ComplianceRunResponse,
    status: 202,
  })
  recompute(
    @Scope() scope: AccessScope,
    @Body() dto: StartComplianceRecomputeDto,
  ): Promise<ComplianceRunResponse> {
    return this.compliance.startRecompute(scope, dto);
  }

  @Get('runs')
  @RequirePermission('compliance.recompute')
  @ApiContract({ summary: 'The latest recompute runs, newest first', response: ComplianceRunListResponse })
  runs(): Promise<ComplianceRunListResponse> {
    return this.compliance.runs();
  }

  @Get('runs/:runId')
  @RequirePermission('compliance.recompute')
  @ApiContract({ summary: 'A recompute run with its progress', response: ComplianceRunResponse })
  run(@Param('runId') runId: string): Promise<ComplianceRunResponse> {
    return this.compliance.run(runId);
  }
}
