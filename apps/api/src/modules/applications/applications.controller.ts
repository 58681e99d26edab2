import { Body, Controller, Get, Param, Post, Query } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import {
  ApplicationDetailResponse,
  ApplicationListQueryDto,
  ApplicationListResponse,
  ApplicationPrecheckResponse,
  ApplicationRevisionDto,
  ApplicationSnapshotDiffResponse,
  ApplicationSnapshotResponse,
  SnapshotDiffQueryDto,
  StartApplicationDto,
  WithdrawApplicationDto,
} from '@smartcity/contracts';
import type { AccessScope } from '@smartcity/domain';

import { RequirePermission, Scope } from '../../common/access.decorators';
import { ApiContract } from '../../common/api-contract.decorator';
import { ApplicationsService } from './applications.service';

const ORG = { organizationParam: 'orgId' };

/** Applications across the caller's reach (reviewers' inbox, ministry lists). */
@ApiTags('applications')
@Controller('applications')
export class ApplicationsListController {
  constructor(private readonly applications: ApplicationsService) {}

  @Get()
  @RequirePermission('applications.read')
  @ApiContract({
    summary: 'Applications the caller may read, newest first',
    response: ApplicationListResponse,
  })
  list(
    @Scope() scope: AccessScope,
    @Query() query: ApplicationListQueryDto,
  ): Promise<ApplicationListResponse> {
    return this.applications.listInScope(scope, query);
  }
}

/**
 * A municipality's applications. Workflow moves (submit, resubmit, withdraw) declare `applications.read` and leave
 * who may move to the domain workflow, which refuses with a reason (403 wrong role, 409 wrong state).
 */
@ApiTags('applications')
@Controller('organizations/:orgId/applications')
export class ApplicationsController {
  constructor(private readonly applications: ApplicationsService) {}

  @Get()
  @RequirePermission('applications.read', ORG)
  @ApiContract({ summary: "The municipality's applications", response: ApplicationListResponse })
  list(@Scope() scope: AccessScope, @Param('orgId') orgId: string): Promise<ApplicationListResponse> {
    return this.applications.listForMunicipality(scope, orgId);
  }

  @Post()
  @RequirePermission('applications.submit', ORG)
  @ApiContract({
    summary: 'Start a draft application from a roadmap (pre-filled; 409 when one is active already)',
    body: StartApplicationDto,
    response: ApplicationDetailResponse,
    status: 201,
  })
  start(
    @Scope() scope: AccessScope,
    @Param('orgId') orgId: string,
    @Body() dto: StartApplicationDto,
  ): Promise<ApplicationDetailResponse> {
    return this.applications.start(scope, orgId, dto);
  }

  @Get(':applicationId')
  @RequirePermission('applications.read', ORG)
  @ApiContract({
    summary: 'The application with snapshots, reviews, transitions and agreement',
    response: ApplicationDetailResponse,
  })
  get(
    @Scope() scope: AccessScope,
    @Param('orgId') orgId: string,
    @Param('applicationId') applicationId: string,
  ): Promise<ApplicationDetailResponse> {
    return this.applications.detail(scope, orgId, applicationId);
  }

  @Get(':applicationId/precheck')
  @RequirePermission('applications.read', ORG)
  @ApiContract({
    summary: 'Eligibility of the roadmap now, with reasons',
    response: ApplicationPrecheckResponse,
  })
  precheck(
    @Scope() scope: AccessScope,
    @Param('orgId') orgId: string,
    @Param('applicationId') applicationId: string,
  ): Promise<ApplicationPrecheckResponse> {
    return this.applications.precheck(scope, orgId, applicationId);
  }

  @Post(':applicationId/submit')
  @RequirePermission('applications.read', ORG)
  @ApiContract({
    summary: 'Submit: freezes a hashed snapshot and starts the regional review',
    body: ApplicationRevisionDto,
    response: ApplicationDetailResponse,
  })
  submit(
    @Scope() scope: AccessScope,
    @Param('orgId') orgId: string,
    @Param('applicationId') applicationId: string,
    @Body() dto: ApplicationRevisionDto,
  ): Promise<ApplicationDetailResponse> {
    return this.applications.submit(scope, orgId, applicationId, dto.revision);
  }

  @Post(':applicationId/resubmit')
  @RequirePermission('applications.read', ORG)
  @ApiContract({
    summary: 'Resubmit after changes: a new snapshot; the stage that asked resumes',
    body: ApplicationRevisionDto,
    response: ApplicationDetailResponse,
  })
  resubmit(
    @Scope() scope: AccessScope,
    @Param('orgId') orgId: string,
    @Param('applicationId') applicationId: string,
    @Body() dto: ApplicationRevisionDto,
  ): Promise<ApplicationDetailResponse> {
    return this.applications.resubmit(scope, orgId, applicationId, dto.revision);
  }

  @Post(':applicationId/withdraw')
  @RequirePermission('applications.read', ORG)
  @ApiContract({
    summary: 'Withdraw the application',
    body: WithdrawApplicationDto,
    response: ApplicationDetailResponse,
  })
  withdraw(
    @Scope() scope: AccessScope,
    @Param('orgId') orgId: string,
    @Param('applicationId') applicationId: string,
    @Body() dto: WithdrawApplicationDto,
  ): Promise<ApplicationDetailResponse> {
    return this.applications.withdraw(scope, orgId, applicationId, dto);
  }

  @Get(':applicationId/snapshots/:snapshotId')
  @RequirePermission('applications.read', ORG)
  @ApiContract({
    summary: 'A frozen snapshot and whether its hash verifies',
    response: ApplicationSnapshotResponse,
  })
  snapshot(
    @Scope() scope: AccessScope,
    @Param('orgId') orgId: string,
    @Param('applicationId') applicationId: string,
    @Param('snapshotId') snapshotId: string,
  ): Promise<ApplicationSnapshotResponse> {
    return this.applications.snapshot(scope, orgId, applicationId, snapshotId);
  }

  @Get(':applicationId/diff')
  @RequirePermission('applications.read', ORG)
  @ApiContract({
    summary: 'What changed between two snapshots (default: the last two) and which acceptances carried over',
    response: ApplicationSnapshotDiffResponse,
  })
  diff(
    @Scope() scope: AccessScope,
    @Param('orgId') orgId: string,
    @Param('applicationId') applicationId: string,
    @Query() query: SnapshotDiffQueryDto,
  ): Promise<ApplicationSnapshotDiffResponse> {
    return this.applications.diff(scope, orgId, applicationId, query);
  }
}
