import { Body, Controller, Delete, Get, Param, Post, Req, Res } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import {
  AcceptInvitationDto,
  CreateInvitationDto,
  InvitationPreviewResponse,
  InvitationResponse,
  MembersPageResponse,
  SessionResponse,
} from '@smartcity/contracts';
import type { AccessScope } from '@smartcity/domain';
import type { Request, Response } from 'express';

import { Public, RequirePermission, Scope } from '../../common/access.decorators';
import { ApiContract } from '../../common/api-contract.decorator';
import { EnvConfig } from '../../config/env.config';
import { clientInfo, setSessionCookies } from '../identity/session-cookies';
import { MembersService } from './members.service';

@ApiTags('members')
@Controller('organizations/:orgId')
export class MembersController {
  constructor(private readonly members: MembersService) {}

  @Get('members')
  @RequirePermission('members.read', { organizationParam: 'orgId' })
  @ApiContract({
    summary: 'Members, pending invitations and the roles the caller may grant',
    response: MembersPageResponse,
  })
  page(@Scope() scope: AccessScope, @Param('orgId') orgId: string): Promise<MembersPageResponse> {
    return this.members.page(scope, orgId);
  }

  @Post('invitations')
  @RequirePermission('members.manage', { organizationParam: 'orgId' })
  @ApiContract({
    summary: 'Invite a person by e-mail',
    body: CreateInvitationDto,
    response: InvitationResponse,
    status: 201,
  })
  invite(
    @Scope() scope: AccessScope,
    @Param('orgId') orgId: string,
    @Body() dto: CreateInvitationDto,
  ): Promise<InvitationResponse> {
    return this.members.invite(scope, orgId, dto);
  }

  @Delete('invitations/:invitationId')
  @RequirePermission('members.manage', { organizationParam: 'orgId' })
  @ApiContract({ summary: 'Revoke a pending invitation' })
  revoke(
    @Scope() scope: AccessScope,
    @Param('orgId') orgId: string,
    @Param('invitationId') invitationId: string,
  ): Promise<void> {
    return this.members.revokeInvitation(scope, orgId, invitationId);
  }

  @Delete('members/:membershipId')
  @RequirePermission('members.manage', { organizationParam: 'orgId' })
  @ApiContract({ summary: 'Remove a membership' })
  remove(
    @Scope() scope: AccessScope,
    @Param('orgId') orgId: string,
    @Param('membershipId') membershipId: string,
  ): Promise<void> {
    return this.members.removeMember(scope, orgId, membershipId);
  }
}

/** The invitee's side: holding the one-time link is the authorization. */
@ApiTags('members')
@Controller('invitations/:token')
export class InvitationLinksController {
  constructor(
    private readonly members: MembersService,
    private readonly config: EnvConfig,
  ) {}

  @Get()
  @Public()
  @ApiContract({ summary: 'What an invitation link offers', response: InvitationPreviewResponse })
  preview(@Param('token') token: string): Promise<InvitationPreviewResponse> {
    return this.members.preview(token);
  }

  @Post('accept')
  @Public()
  @ApiContract({
    summary: 'Accept an invitation, set a password and sign in',
    body: AcceptInvitationDto,
    response: SessionResponse,
  })
  async accept(
    @Param('token') token: string,
    @Body() dto: AcceptInvitationDto,
    @Req() req: Request,
    @Res({ passthrough: true }) res: Response,
  ): Promise<SessionResponse> {
    const session = await this.members.accept(token, dto, clientInfo(req));
    setSessionCookies(res, session, this.config);
    return session.response;
  }
}
