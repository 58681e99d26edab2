import { Body, Controller, Get, Param, Put, Query } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import {
  ApplicationDetailResponse,
  AssignReviewersDto,
  ReviewerCandidateListResponse,
  ReviewerCandidatesQueryDto,
} from '@smartcity/contracts';
import type { AccessScope } from '@smartcity/domain';

import { RequirePermission, Scope } from '../../common/access.decorators';
import { ApiContract } from '../../common/api-contract.decorator';
import { ApplicationReviewsService } from './application-reviews.service';

const ORG = { organizationParam: 'orgId' };

/**
 * Who reviews an application's stages (programme coordinators): the candidates of a stage, and the manual override
 * of its reviewers, which must be candidates, for the stage under way or a later one not started yet
 * (`checkReviewerOverride`). See docs/applications.md § Reviewer candidates and the override.
 */
@ApiTags('applications')
@Controller('organizations/:orgId/applications/:applicationId')
export class ApplicationReviewersController {
  constructor(private readonly reviews: ApplicationReviewsService) {}

  @Get('reviewer-candidates')
  @RequirePermission('applications.manage', ORG)
  @ApiContract({
    summary:
      "People eligible to review a stage (the region's active coordinators, or the ministry's active reviewers), " +
      'marked when assigned',
    response: ReviewerCandidateListResponse,
  })
  candidates(
    @Scope() scope: AccessScope,
    @Param('orgId') orgId: string,
    @Param('applicationId') applicationId: string,
    @Query() query: ReviewerCandidatesQueryDto,
  ): Promise<ReviewerCandidateListResponse> {
    return this.reviews.reviewerCandidates(scope, orgId, applicationId, query);
  }

  @Put('reviewers')
  @RequirePermission('applications.manage', ORG)
  @ApiContract({
    summary:
      "Override a stage's reviewers (candidates of the stage only); the added ones are notified. Only the stage " +
      'under way or a later one not started yet: 409 applications.stage-closed otherwise',
    body: AssignReviewersDto,
    response: ApplicationDetailResponse,
  })
  assignReviewers(
    @Scope() scope: AccessScope,
    @Param('orgId') orgId: string,
    @Param('applicationId') applicationId: string,
    @Body() dto: AssignReviewersDto,
  ): Promise<ApplicationDetailResponse> {
    return this.reviews.assignReviewers(scope, orgId, applicationId, dto);
  }
}
