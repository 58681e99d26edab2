import { Body, Controller, Get, Patch, Post, Req, Res } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { LoginDto, SessionResponse, UpdateProfileDto, UserResponse } from '@smartcity/contracts';
import type { Request, Response } from 'express';

import { CurrentAuth, Public, SignedIn } from '../../common/access.decorators';
import { ApiContract } from '../../common/api-contract.decorator';
import type { RequestAuth } from '../../common/authenticated-request';
import { EnvConfig } from '../../config/env.config';
import { AuthService } from './auth.service';
import { LoginRateLimiter } from './login-rate-limiter';
import { clearSessionCookies, clientInfo, setSessionCookies } from './session-cookies';

@ApiTags('auth')
@Controller()
export class AuthController {
  constructor(
    private readonly auth: AuthService,
    private readonly rateLimiter: LoginRateLimiter,
    private readonly config: EnvConfig,
  ) {}

  @Post('auth/login')
  @Public()
  @ApiContract({ summary: 'Sign in with e-mail and password', body: LoginDto, response: SessionResponse })
  async login(
    @Body() dto: LoginDto,
    @Req() req: Request,
    @Res({ passthrough: true }) res: Response,
  ): Promise<SessionResponse> {
    await this.rateLimiter.consume(req.ip ?? 'unknown', dto.email.trim().toLowerCase());
    const session = await this.auth.login(dto.email, dto.password, clientInfo(req));
    setSessionCookies(res, session, this.config);
    return session.response;
  }

  @Get('auth/session')
  @SignedIn()
  @ApiContract({ summary: 'The signed-in user, memberships and CSRF token', response: SessionResponse })
  session(@CurrentAuth() auth: RequestAuth): Promise<SessionResponse> {
    return this.auth.session(auth);
  }

  @Post('auth/logout')
  @SignedIn()
  @ApiContract({ summary: 'Sign out of this browser' })
  async logout(@CurrentAuth() auth: RequestAuth, @Res({ passthrough: true }) res: Response): Promise<void> {
    await this.auth.logout(auth);
    clearSessionCookies(res, this.config);
  }

  @Post('auth/logout-all')
  @SignedIn()
  @ApiContract({ summary: 'Sign out everywhere: revoke every session of this user' })
  async logoutAll(
    @CurrentAuth() auth: RequestAuth,
    @Res({ passthrough: true }) res: Response,
  ): Promise<void> {
    await this.auth.logoutEverywhere(auth);
    clearSessionCookies(res, this.config);
  }

  @Patch('me')
  @SignedIn()
  @ApiContract({
    summary: 'Update own preferences (interface language)',
    body: UpdateProfileDto,
    response: UserResponse,
  })
  async updateMe(@CurrentAuth() auth: RequestAuth, @Body() dto: UpdateProfileDto): Promise<UserResponse> {
    const user = await this.auth.updateLocale(auth, dto.locale);
    return { id: user.id, email: user.email, displayName: user.displayName, locale: user.locale };
  }
}
