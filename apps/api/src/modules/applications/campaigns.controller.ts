import { Body, Controller, Get, Param, Patch, Post } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import {
  CampaignListResponse,
  CampaignResponse,
  CampaignRevisionDto,
  CreateCampaignDto,
  UpdateCampaignDto,
} from '@smartcity/contracts';
import type { AccessScope } from '@smartcity/domain';

import { RequirePermission, Scope } from '../../common/access.decorators';
import { ApiContract } from '../../common/api-contract.decorator';
import { CampaignsService } from './campaigns.service';

/** Pilot campaigns: ministry-wide, not addressed by organization (drafts are visible to managers only). */
@ApiTags('applications')
@Controller('campaigns')
export class CampaignsController {
  constructor(private readonly campaigns: CampaignsService) {}

  @Get()
  @RequirePermission('campaigns.read')
  @ApiContract({ summary: 'Campaigns, newest first', response: CampaignListResponse })
  list(@Scope() scope: AccessScope): Promise<CampaignListResponse> {
    return this.campaigns.list(scope);
  }

  @Post()
  @RequirePermission('campaigns.manage')
  @ApiContract({
    summary: 'Draft a campaign',
    body: CreateCampaignDto,
    response: CampaignResponse,
    status: 201,
  })
  create(@Scope() scope: AccessScope, @Body() dto: CreateCampaignDto): Promise<CampaignResponse> {
    return this.campaigns.create(scope, dto);
  }

  @Get(':campaignId')
  @RequirePermission('campaigns.read')
  @ApiContract({ summary: 'One campaign', response: CampaignResponse })
  get(@Scope() scope: AccessScope, @Param('campaignId') campaignId: string): Promise<CampaignResponse> {
    return this.campaigns.get(scope, campaignId);
  }

  @Patch(':campaignId')
  @RequirePermission('campaigns.manage')
  @ApiContract({
    summary: 'Edit a draft campaign (an open one: its closing date only; 409 when stale)',
    body: UpdateCampaignDto,
    response: CampaignResponse,
  })
  update(
    @Scope() scope: AccessScope,
    @Param('campaignId') campaignId: string,
    @Body() dto: UpdateCampaignDto,
  ): Promise<CampaignResponse> {
    return this.campaigns.update(scope, campaignId, dto);
  }

  @Post(':campaignId/publish')
  @RequirePermission('campaigns.manage')
  @ApiContract({
    summary: 'Open a draft campaign for applications',
    body: CampaignRevisionDto,
    response: CampaignResponse,
  })
  publish(
    @Scope() scope: AccessScope,
    @Param('campaignId') campaignId: string,
    @Body() dto: CampaignRevisionDto,
  ): Promise<CampaignResponse> {
    return this.campaigns.publish(scope, campaignId, dto.revision);
  }

  @Post(':campaignId/close')
  @RequirePermission('campaigns.manage')
  @ApiContract({ summary: 'Close an open campaign', body: CampaignRevisionDto, response: CampaignResponse })
  close(
    @Scope() scope: AccessScope,
    @Param('campaignId') campaignId: string,
    @Body() dto: CampaignRevisionDto,
  ): Promise<CampaignResponse> {
    return this.campaigns.close(scope, campaignId, dto.revision);
  }
}
