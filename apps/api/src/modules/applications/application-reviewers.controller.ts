import { Controller, Get, Param, Query } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { ReviewerCandidateListResponse, ReviewerCandidatesQueryDto } from '@smartcity/contracts';
import type { AccessScope } from '@smartcity/domain';

import { RequirePermission, Scope } from '../../common/access.decorators';
import { ApiContract } from '../../common/api-contract.decorator';
import { ApplicationReviewsService } from './application-reviews.service';

const ORG = { organizationParam: 'orgId' };

/** Who may review an application's stages: the candidates a programme coordinator chooses from. */
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
}
