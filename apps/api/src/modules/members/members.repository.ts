import { Injectable } from '@nestjs/common';
import type { AccessScope, Role } from '@smartcity/domain';
import { can } from '@smartcity/domain';
import { DataSource, IsNull, type EntityManager } from 'typeorm';

import { AppException } from '../../common/app.exception';
import { isUuid } from '../../common/uuid';
import { Membership } from '../identity/membership.entity';
import { User } from '../identity/user.entity';
import { Organization } from '../organizations/organization.entity';
import { Invitation } from './invitation.entity';

export type MemberRow = Membership & { user: User };

/**
 * Members and invitations of one organization. Every scoped method re-checks `members.read` (or manage) over
 * the organization, so a caller that skipped the guard still cannot read another organization's people.
 */
@Injectable()
export class MembersRepository {
  constructor(private readonly dataSource: DataSource) {}

  private async assertReach(
    scope: AccessScope,
    organizationId: string,
    permission: 'members.read' | 'members.manage',
    manager: EntityManager,
  ) {
    const org = await manager.getRepository(Organization).findOneBy({ id: organizationId });
    if (!org || !can(scope, permission, org)) throw AppException.notFound('Organization');
    return org;
  }

  async listMembers(scope: AccessScope, organizationId: string): Promise<MemberRow[]> {
    const manager = this.dataSource.manager;
    await this.assertReach(scope, organizationId, 'members.read', manager);
    const rows = await manager.getRepository(Membership).find({
      where: { organizationId },
      relations: { user: true },
      order: { createdAt: 'ASC' },
    });
    return rows as MemberRow[];
  }

  async listOpenInvitations(scope: AccessScope, organizationId: string): Promise<Invitation[]> {
    const manager = this.dataSource.manager;
    await this.assertReach(scope, organizationId, 'members.read', manager);
    return manager.getRepository(Invitation).find({
      where: { organizationId, acceptedAt: IsNull(), revokedAt: IsNull() },
      order: { createdAt: 'DESC' },
    });
  }

  async hasMember(
    scope: AccessScope,
    manager: EntityManager,
    organizationId: string,
    email: string,
    role: Role,
  ): Promise<boolean> {
    await this.assertReach(scope, organizationId, 'members.manage', manager);
    return manager
      .getRepository(Membership)
      .createQueryBuilder('m')
      .innerJoin('m.user', 'u')
      .where('m.organization_id = :organizationId', { organizationId })
      .andWhere('m.role = :role', { role })
      .andWhere('u.email = :email', { email })
      .getExists();
  }

  async insertInvitation(
    scope: AccessScope,
    manager: EntityManager,
    invitation: Partial<Invitation>,
  ): Promise<Invitation> {
    await this.assertReach(scope, invitation.organizationId!, 'members.manage', manager);
    const repo = manager.getRepository(Invitation);
    return repo.save(repo.create(invitation));
  }

  async findInvitation(
    scope: AccessScope,
    manager: EntityManager,
    organizationId: string,
    id: string,
  ): Promise<Invitation | null> {
    if (!isUuid(id)) return null;
    await this.assertReach(scope, organizationId, 'members.manage', manager);
    return manager
      .getRepository(Invitation)
      .findOne({ where: { id, organizationId }, lock: { mode: 'pessimistic_write' } });
  }

  async revokeInvitation(
    scope: AccessScope,
    manager: EntityManager,
    invitation: Invitation,
    now: Date,
  ): Promise<void> {
    await this.assertReach(scope, invitation.organizationId, 'members.manage', manager);
    await manager.getRepository(Invitation).update({ id: invitation.id }, { revokedAt: now });
  }

  async findMembership(
    scope: AccessScope,
    manager: EntityManager,
    organizationId: string,
    id: string,
  ): Promise<MemberRow | null> {
    if (!isUuid(id)) return null;
    await this.assertReach(scope, organizationId, 'members.manage', manager);
    const row = await manager
      .getRepository(Membership)
      .findOne({ where: { id, organizationId }, relations: { user: true } });
    return row as MemberRow | null;
  }

  async deleteMembership(scope: AccessScope, manager: EntityManager, membership: Membership): Promise<void> {
    await this.assertReach(scope, membership.organizationId, 'members.manage', manager);
    await manager.getRepository(Membership).delete({ id: membership.id });
  }

  /**
   * Invitation links: holding the one-time token is the authorization, so these take the token hash, not a
   * scope. The row is locked so two tabs cannot accept the same link twice.
   */
  findInvitationByToken(manager: EntityManager, tokenHash: string, lock = false): Promise<Invitation | null> {
    return manager
      .getRepository(Invitation)
      .findOne({ where: { tokenHash }, ...(lock ? { lock: { mode: 'pessimistic_write' as const } } : {}) });
  }

  async markInvitationAccepted(
    manager: EntityManager,
    invitation: Invitation,
    userId: string,
    now: Date,
  ): Promise<void> {
    await manager
      .getRepository(Invitation)
      .update({ id: invitation.id }, { acceptedAt: now, acceptedBy: userId });
  }

  /** Adds the membership an invitation grants; returns false when the person already held that role. */
  async addMembershipFromInvitation(
    manager: EntityManager,
    invitation: Invitation,
    userId: string,
  ): Promise<boolean> {
    const result = await manager
      .createQueryBuilder()
      .insert()
      .into(Membership)
      .values({ userId, organizationId: invitation.organizationId, role: invitation.role })
      .orIgnore()
      .returning('id')
      .execute();
    return (result.raw as unknown[]).length > 0;
  }

  createUser(
    manager: EntityManager,
    user: Pick<User, 'email' | 'displayName' | 'passwordHash' | 'locale'>,
  ): Promise<User> {
    const repo = manager.getRepository(User);
    return repo.save(repo.create(user));
  }
}
