import { CSRF_COOKIE, SESSION_COOKIE } from '@smartcity/contracts';
import type { Request, Response } from 'express';

import type { EnvConfig } from '../../config/env.config';
import type { ClientInfo, IssuedSession } from './auth.service';

/** Sets the httpOnly session cookie and the script-readable CSRF cookie (double-submit token). */
export function setSessionCookies(res: Response, session: IssuedSession, config: EnvConfig): void {
  const common = {
    sameSite: 'lax' as const,
    secure: config.COOKIE_SECURE,
    path: '/',
    expires: session.expiresAt,
  };
  res.cookie(SESSION_COOKIE, session.token, { ...common, httpOnly: true });
  res.cookie(CSRF_COOKIE, session.response.csrfToken, { ...common, httpOnly: false });
}

export function clearSessionCookies(res: Response, config: EnvConfig): void {
  const common = { sameSite: 'lax' as const, secure: config.COOKIE_SECURE, path: '/' };
  res.clearCookie(SESSION_COOKIE, { ...common, httpOnly: true });
  res.clearCookie(CSRF_COOKIE, common);
}

export function clientInfo(req: Request): ClientInfo {
  return { ip: req.ip ?? null, userAgent: req.header('user-agent') ?? null };
}
