import { Injectable } from '@nestjs/common';
import type { MembershipGrant } from '@smartcity/domain';
import { DataSource, IsNull, MoreThan, type EntityManager } from 'typeorm';

import { Organization } from '../organizations/organization.entity';
import { Membership } from './membership.entity';
import { Session } from './session.entity';
import { User } from './user.entity';

export type MembershipWithOrganization = Membership & { organization: Organization };

/**
 * Queries that establish *who* the caller is. They run before an access scope exists, so unlike feature
 * repositories they take no scope; they only ever return the caller's own rows.
 */
@Injectable()
export class IdentityRepository {
  constructor(private readonly dataSource: DataSource) {}

  /** The user with their password hash (never selected otherwise); disabled accounts are not found. */
  findUserForLogin(
    email: string,
    manager: EntityManager = this.dataSource.manager,
  ): Promise<(User & { passwordHash: string | null }) | null> {
    return manager
      .getRepository(User)
      .createQueryBuilder('u')
      .addSelect('u.passwordHash')
      .where('u.email = :email', { email })
      .andWhere('u.disabledAt IS NULL')
      .getOne();
  }

  findUser(userId: string, manager: EntityManager = this.dataSource.manager): Promise<User | null> {
    return manager.getRepository(User).findOneBy({ id: userId });
  }

  findUserByEmail(manager: EntityManager, email: string): Promise<User | null> {
    return manager.getRepository(User).findOneBy({ email });
  }

  findActiveSession(tokenHash: string, now: Date): Promise<Session | null> {
    return this.dataSource
      .getRepository(Session)
      .findOneBy({ tokenHash, revokedAt: IsNull(), expiresAt: MoreThan(now) });
  }

  async membershipsOf(
    userId: string,
    manager: EntityManager = this.dataSource.manager,
  ): Promise<MembershipWithOrganization[]> {
    const memberships = await manager.getRepository(Membership).find({
      where: { userId },
      relations: { organization: true },
      order: { createdAt: 'ASC' },
    });
    return memberships as MembershipWithOrganization[];
  }

  async touchSession(sessionId: string, now: Date): Promise<void> {
    await this.dataSource.getRepository(Session).update({ id: sessionId }, { lastSeenAt: now });
  }

  createSession(manager: EntityManager, session: Partial<Session>): Promise<Session> {
    return manager.getRepository(Session).save(manager.getRepository(Session).create(session));
  }

  async revokeSession(manager: EntityManager, sessionId: string, now: Date): Promise<void> {
    await manager.getRepository(Session).update({ id: sessionId, revokedAt: IsNull() }, { revokedAt: now });
  }

  async revokeAllSessions(manager: EntityManager, userId: string, now: Date): Promise<number> {
    const result = await manager
      .getRepository(Session)
      .update({ userId, revokedAt: IsNull() }, { revokedAt: now });
    return result.affected ?? 0;
  }

  async updateLocale(manager: EntityManager, userId: string, locale: User['locale']): Promise<void> {
    await manager.getRepository(User).update({ id: userId }, { locale });
  }
}

export function toGrants(memberships: MembershipWithOrganization[]): MembershipGrant[] {
  return memberships.map((m) => ({
    role: m.role,
    organization: { id: m.organization.id, kind: m.organization.kind, parentId: m.organization.parentId },
  }));
}
