import { Injectable, type CanActivate, type ExecutionContext } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { CSRF_HEADER, SESSION_COOKIE } from '@smartcity/contracts';
import { can, canAnywhere } from '@smartcity/domain';
import { timingSafeEqual } from 'node:crypto';

import { AuthService } from '../modules/identity/auth.service';
import { OrganizationsRepository } from '../modules/organizations/organizations.repository';
import { ACCESS_POLICY, type AccessPolicy } from './access.decorators';
import { AppException } from './app.exception';
import type { AuthenticatedRequest } from './authenticated-request';
import { requestContext } from './request-context';

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

function sameSecret(a: string, b: string): boolean {
  const left = Buffer.from(a);
  const right = Buffer.from(b);
  return left.length === right.length && timingSafeEqual(left, right);
}

/**
 * The single gate for every route: resolves the session, enforces CSRF on cookie-authenticated writes, and
 * checks the route's declared permission (against the addressed organization when the route names one).
 * Fails closed: a route without a declared policy is refused.
 */
@Injectable()
export class AccessGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly auth: AuthService,
    private readonly organizations: OrganizationsRepository,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const policy = this.reflector.getAllAndOverride<AccessPolicy | undefined>(ACCESS_POLICY, [
      context.getHandler(),
      context.getClass(),
    ]);
    if (!policy) {
      throw new AppException('common.internal', 'This endpoint declares no access policy');
    }
    if (policy.kind === 'public') return true;

    const request = context.switchToHttp().getRequest<AuthenticatedRequest>();
    const token = (request.cookies as Record<string, string> | undefined)?.[SESSION_COOKIE];
    const auth = token ? await this.auth.authenticate(token) : null;
    if (!auth) {
      throw new AppException('common.unauthenticated', 'Sign in to continue');
    }
    if (!SAFE_METHODS.has(request.method)) {
      const header = request.header(CSRF_HEADER);
      if (!header || !sameSecret(header, auth.csrfToken)) {
        throw new AppException(
          'common.csrf-failed',
          `Missing or wrong ${CSRF_HEADER} header; reload the page`,
        );
      }
    }
    request.auth = auth;
    const store = requestContext.getStore();
    if (store) store.userId = auth.userId;

    if (policy.kind === 'signed-in') return true;

    if (!policy.organizationParam) {
      if (!canAnywhere(auth.scope, policy.permission)) throw AppException.forbidden();
      return true;
    }
    const organizationId = request.params[policy.organizationParam];
    const organization = await this.organizations.findRef(String(organizationId));
    // Indistinguishable from "does not exist" for callers who may not read the organization at all.
    if (!organization || !can(auth.scope, 'organizations.read', organization)) {
      throw AppException.notFound('Organization');
    }
    if (!can(auth.scope, policy.permission, organization)) throw AppException.forbidden();
    return true;
  }
}
