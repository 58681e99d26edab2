import { Injectable } from '@nestjs/common';
import type { SessionResponse } from '@smartcity/contracts';
import { canAnywhere, PERMISSIONS, type AccessScope } from '@smartcity/domain';
import type { EntityManager } from 'typeorm';

import { AppException } from '../../common/app.exception';
import type { RequestAuth } from '../../common/authenticated-request';
import { EnvConfig } from '../../config/env.config';
import { TransactionRunner } from '../../database/transaction';
import { AuditService } from '../audit/audit.service';
import { toOrganizationSummary } from '../organizations/organizations.mapper';
import { IdentityRepository, toGrants, type MembershipWithOrganization } from './identity.repository';
import { verifyPassword } from './passwords';
import { hashSecret, newSecret } from './tokens';
import type { User } from './user.entity';

export type ClientInfo = { ip: string | null; userAgent: string | null };
export type IssuedSession = { token: string; expiresAt: Date; response: SessionResponse };

// Refresh last_seen_at at most this often, so reads do not turn into writes.
const TOUCH_INTERVAL_MS = 5 * 60 * 1000;

@Injectable()
export class AuthService {
  constructor(
    private readonly identity: IdentityRepository,
    private readonly tx: TransactionRunner,
    private readonly audit: AuditService,
    private readonly config: EnvConfig,
  ) {}

  async login(email: string, password: string, client: ClientInfo): Promise<IssuedSession> {
    const user = await this.identity.findUserForLogin(email.trim().toLowerCase());
    const valid = await verifyPassword(user?.passwordHash ?? null, password);
    if (!user || !valid) {
      throw new AppException('identity.invalid-credentials', 'The e-mail or password is incorrect');
    }
    return this.tx.run((manager) => this.openSession(manager, user, client));
  }

  /** Creates a session for a user inside the caller's transaction (sign-in, accepting an invitation). */
  async openSession(manager: EntityManager, user: User, client: ClientInfo): Promise<IssuedSession> {
    const token = newSecret();
    const expiresAt = new Date(Date.now() + this.config.SESSION_TTL_MINUTES * 60_000);
    const session = await this.identity.createSession(manager, {
      userId: user.id,
      tokenHash: hashSecret(token),
      csrfToken: newSecret(),
      userAgent: client.userAgent?.slice(0, 500) ?? null,
      ip: client.ip,
      expiresAt,
    });
    await this.audit.record(manager, {
      actorUserId: user.id,
      organizationId: null,
      action: 'auth.signed-in',
      entityType: 'session',
      entityId: session.id,
      after: { userAgent: session.userAgent, ip: session.ip },
    });
    const memberships = await this.identity.membershipsOf(user.id, manager);
    return { token, expiresAt, response: this.toSessionResponse(user, memberships, session.csrfToken) };
  }

  /** Resolves a session cookie to the caller's identity and access scope, or null when it is not valid. */
  async authenticate(token: string): Promise<RequestAuth | null> {
    const now = new Date();
    const session = await this.identity.findActiveSession(hashSecret(token), now);
    if (!session) return null;
    const memberships = await this.identity.membershipsOf(session.userId);
    if (now.getTime() - session.lastSeenAt.getTime() > TOUCH_INTERVAL_MS) {
      await this.identity.touchSession(session.id, now);
    }
    return {
      sessionId: session.id,
      userId: session.userId,
      csrfToken: session.csrfToken,
      scope: { userId: session.userId, memberships: toGrants(memberships) },
    };
  }

  async session(auth: RequestAuth): Promise<SessionResponse> {
    const user = await this.identity.findUser(auth.userId);
    if (!user) throw new AppException('common.unauthenticated', 'Your account no longer exists');
    return this.toSessionResponse(user, await this.identity.membershipsOf(auth.userId), auth.csrfToken);
  }

  async logout(auth: RequestAuth): Promise<void> {
    await this.tx.run(async (manager) => {
      await this.identity.revokeSession(manager, auth.sessionId, new Date());
      await this.audit.record(manager, {
        actorUserId: auth.userId,
        organizationId: null,
        action: 'auth.signed-out',
        entityType: 'session',
        entityId: auth.sessionId,
      });
    });
  }

  async logoutEverywhere(auth: RequestAuth): Promise<void> {
    await this.tx.run(async (manager) => {
      const revoked = await this.identity.revokeAllSessions(manager, auth.userId, new Date());
      await this.audit.record(manager, {
        actorUserId: auth.userId,
        organizationId: null,
        action: 'auth.signed-out-everywhere',
        entityType: 'user',
        entityId: auth.userId,
        after: { revokedSessions: revoked },
      });
    });
  }

  async updateLocale(auth: RequestAuth, locale: User['locale']): Promise<User> {
    return this.tx.run(async (manager) => {
      const before = await this.identity.findUser(auth.userId, manager);
      if (!before) throw new AppException('common.unauthenticated', 'Your account no longer exists');
      await this.identity.updateLocale(manager, auth.userId, locale);
      await this.audit.record(manager, {
        actorUserId: auth.userId,
        organizationId: null,
        action: 'users.locale-changed',
        entityType: 'user',
        entityId: auth.userId,
        before: { locale: before.locale },
        after: { locale },
      });
      return { ...before, locale };
    });
  }

  private toSessionResponse(
    user: User,
    memberships: MembershipWithOrganization[],
    csrfToken: string,
  ): SessionResponse {
    const scope: AccessScope = { userId: user.id, memberships: toGrants(memberships) };
    return {
      user: { id: user.id, email: user.email, displayName: user.displayName, locale: user.locale },
      memberships: memberships.map((m) => ({
        id: m.id,
        role: m.role,
        organization: toOrganizationSummary(m.organization),
      })),
      permissions: PERMISSIONS.filter((p) => canAnywhere(scope, p)),
      csrfToken,
    };
  }
}
