import { applyDecorators, createParamDecorator, SetMetadata, type ExecutionContext } from '@nestjs/common';
import { ApiCookieAuth, ApiForbiddenResponse, ApiSecurity, ApiUnauthorizedResponse } from '@nestjs/swagger';
import type { AccessScope, Permission } from '@smartcity/domain';

import type { AuthenticatedRequest } from './authenticated-request';

/**
 * How an endpoint is guarded. Every route must declare one (the access guard fails closed, and a test walks the
 * route table to prove none is missing).
 * - `public`: no session needed.
 * - `signed-in`: any signed-in user, acting on their own account only.
 * - `permission`: the permission must be held over the organization named by the route parameter
 *   `organizationParam`; without one, held anywhere, and the service filters by scope.
 */
export type AccessPolicy =
  | { kind: 'public' }
  | { kind: 'signed-in' }
  | { kind: 'permission'; permission: Permission; organizationParam?: string };

export const ACCESS_POLICY = 'smartcity:access-policy';

export const Public = () => SetMetadata(ACCESS_POLICY, { kind: 'public' } satisfies AccessPolicy);

const authenticatedDocs = () =>
  applyDecorators(
    ApiCookieAuth('session'),
    ApiSecurity('csrf'),
    ApiUnauthorizedResponse({ description: 'Not signed in (`common.unauthenticated`)' }),
  );

export const SignedIn = () =>
  applyDecorators(
    SetMetadata(ACCESS_POLICY, { kind: 'signed-in' } satisfies AccessPolicy),
    authenticatedDocs(),
  );

export const RequirePermission = (permission: Permission, options: { organizationParam?: string } = {}) =>
  applyDecorators(
    SetMetadata(ACCESS_POLICY, { kind: 'permission', permission, ...options } satisfies AccessPolicy),
    authenticatedDocs(),
    ApiForbiddenResponse({ description: `Requires \`${permission}\`` }),
  );

/** The caller's access scope: pass it as the first argument to every repository method. */
export const Scope = createParamDecorator(
  (_: unknown, ctx: ExecutionContext): AccessScope =>
    ctx.switchToHttp().getRequest<AuthenticatedRequest>().auth.scope,
);

/** The signed-in session (user id, session id). */
export const CurrentAuth = createParamDecorator(
  (_: unknown, ctx: ExecutionContext) => ctx.switchToHttp().getRequest<AuthenticatedRequest>().auth,
);
