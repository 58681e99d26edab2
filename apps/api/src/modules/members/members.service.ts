import { Injectable } from '@nestjs/common';
import { NEW_PASSWORD_MIN_LENGTH } from '@smartcity/contracts';
import type {
  AcceptInvitationDto,
  CreateInvitationDto,
  InvitationPreviewResponse,
  InvitationResponse,
  MembersPageResponse,
} from '@smartcity/contracts';
import { assignableRoles, type AccessScope } from '@smartcity/domain';

import { AppException } from '../../common/app.exception';
import { isUniqueViolation } from '../../database/postgres-errors';
import { EnvConfig } from '../../config/env.config';
import { TransactionRunner } from '../../database/transaction';
import { OutboxPublisher } from '../../queue/outbox.publisher';
import { AuditService } from '../audit/audit.service';
import { AuthService, type ClientInfo, type IssuedSession } from '../identity/auth.service';
import { IdentityRepository } from '../identity/identity.repository';
import { hashPassword, verifyPassword } from '../identity/passwords';
import { hashSecret, newSecret } from '../identity/tokens';
import type { User } from '../identity/user.entity';
import { invitationMail } from '../notifications/mail-templates';
import { NotificationsRepository } from '../notifications/notifications.repository';
import { Organization } from '../organizations/organization.entity';
import { OrganizationsRepository } from '../organizations/organizations.repository';
import { invitationStatus, toInvitationResponse, toMemberResponse } from './members.mapper';
import { MembersRepository } from './members.repository';

const INVALID_LINK =
  'This invitation link is not valid: it may have expired, been revoked or been used already';

@Injectable()
export class MembersService {
  constructor(
    private readonly members: MembersRepository,
    private readonly organizations: OrganizationsRepository,
    private readonly identity: IdentityRepository,
    private readonly notifications: NotificationsRepository,
    private readonly auth: AuthService,
    private readonly tx: TransactionRunner,
    private readonly audit: AuditService,
    private readonly outbox: OutboxPublisher,
    private readonly config: EnvConfig,
  ) {}

  async page(scope: AccessScope, organizationId: string): Promise<MembersPageResponse> {
    const organization = await this.requireOrganization(scope, organizationId);
    const [members, invitations] = await Promise.all([
      this.members.listMembers(scope, organizationId),
      this.members.listOpenInvitations(scope, organizationId),
    ]);
    const now = new Date();
    return {
      members: members.map(toMemberResponse),
      invitations: invitations.map((i) => toInvitationResponse(i, now)),
      assignableRoles: assignableRoles(scope, organization),
    };
  }

  async invite(
    scope: AccessScope,
    organizationId: string,
    dto: CreateInvitationDto,
  ): Promise<InvitationResponse> {
    const organization = await this.requireOrganization(scope, organizationId);
    if (!assignableRoles(scope, organization).includes(dto.role)) {
      throw new AppException(
        'members.role-not-allowed',
        `You cannot grant the role ${dto.role} in this organization`,
        {
          fields: [{ field: 'role', reason: `role ${dto.role} cannot be granted here` }],
        },
      );
    }
    const token = newSecret();
    const expiresAt = new Date(Date.now() + this.config.INVITATION_TTL_HOURS * 3_600_000);
    try {
      return await this.tx.run(async (manager) => {
        if (await this.members.hasMember(scope, manager, organizationId, dto.email, dto.role)) {
          throw new AppException('members.already-member', `${dto.email} already has this role here`);
        }
        const invitation = await this.members.insertInvitation(scope, manager, {
          organizationId,
          email: dto.email,
          role: dto.role,
          tokenHash: hashSecret(token),
          invitedBy: scope.userId,
          expiresAt,
        });
        const inviter = await this.identity.findUser(scope.userId, manager);
        // The link carries the only copy of the token; the composed e-mail is the one place it is kept.
        const messageId = await this.notifications.composeMail(
          manager,
          `invitation:${invitation.id}`,
          dto.email,
          invitationMail({
            organizationRu: organization.nameRu,
            organizationEn: organization.nameEn,
            role: dto.role,
            inviter: inviter?.displayName ?? '',
            link: `${this.config.PUBLIC_WEB_URL}/invitations/${token}`,
            expiresAt,
          }),
          this.config.MAIL_TRANSPORT,
        );
        await this.outbox.publish(manager, 'mail.send-message', { v: 1, messageId });
        const response = toInvitationResponse(invitation, new Date());
        await this.audit.record(manager, {
          actorUserId: scope.userId,
          organizationId,
          action: 'members.invited',
          entityType: 'invitation',
          entityId: invitation.id,
          after: { email: dto.email, role: dto.role, expiresAt: response.expiresAt },
        });
        return response;
      });
    } catch (error) {
      if (isUniqueViolation(error, 'invitations_open_uq')) {
        throw new AppException(
          'members.already-invited',
          `${dto.email} already has a pending invitation for this role`,
        );
      }
      throw error;
    }
  }

  async revokeInvitation(scope: AccessScope, organizationId: string, invitationId: string): Promise<void> {
    await this.tx.run(async (manager) => {
      const invitation = await this.members.findInvitation(scope, manager, organizationId, invitationId);
      if (!invitation) throw AppException.notFound('Invitation');
      const now = new Date();
      if (invitationStatus(invitation, now) !== 'pending') return;
      await this.members.revokeInvitation(scope, manager, invitation, now);
      await this.audit.record(manager, {
        actorUserId: scope.userId,
        organizationId,
        action: 'members.invitation-revoked',
        entityType: 'invitation',
        entityId: invitation.id,
        before: { status: 'pending' },
        after: { status: 'revoked' },
      });
    });
  }

  async removeMember(scope: AccessScope, organizationId: string, membershipId: string): Promise<void> {
    await this.tx.run(async (manager) => {
      const membership = await this.members.findMembership(scope, manager, organizationId, membershipId);
      if (!membership) throw AppException.notFound('Membership');
      await this.members.deleteMembership(scope, manager, membership);
      await this.audit.record(manager, {
        actorUserId: scope.userId,
        organizationId,
        action: 'members.removed',
        entityType: 'membership',
        entityId: membership.id,
        before: { userId: membership.userId, email: membership.user.email, role: membership.role },
      });
    });
  }

  async preview(token: string): Promise<InvitationPreviewResponse> {
    return this.tx.run(async (manager) => {
      const invitation = await this.members.findInvitationByToken(manager, hashSecret(token));
      if (!invitation || invitationStatus(invitation, new Date()) !== 'pending') {
        throw new AppException('invitations.invalid', INVALID_LINK);
      }
      const organization = await manager
        .getRepository(Organization)
        .findOneByOrFail({ id: invitation.organizationId });
      const existing = await this.identity.findUserByEmail(manager, invitation.email);
      return {
        organizationId: invitation.organizationId,
        email: invitation.email,
        role: invitation.role,
        organizationNameRu: organization.nameRu,
        organizationNameEn: organization.nameEn,
        hasAccount: existing !== null,
        expiresAt: invitation.expiresAt.toISOString(),
      };
    });
  }

  async accept(token: string, dto: AcceptInvitationDto, client: ClientInfo): Promise<IssuedSession> {
    // Hashing is deliberately slow; do it before taking row locks.
    const passwordHash = await hashPassword(dto.password);
    return this.tx.run(async (manager) => {
      const invitation = await this.members.findInvitationByToken(manager, hashSecret(token), true);
      const now = new Date();
      if (!invitation || invitationStatus(invitation, now) !== 'pending') {
        throw new AppException('invitations.invalid', INVALID_LINK);
      }
      let user: User | null = await this.identity.findUserForLogin(invitation.email, manager);
      if (user) {
        // An existing account keeps its password: the invitee proves it is theirs.
        if (
          !(await verifyPassword((user as User & { passwordHash: string | null }).passwordHash, dto.password))
        ) {
          throw new AppException(
            'identity.invalid-credentials',
            'You already have an account: enter its current password',
            {
              fields: [
                {
                  field: 'password',
                  reason: 'password must be the current password of your existing account',
                },
              ],
            },
          );
        }
      } else {
        if (dto.password.length < NEW_PASSWORD_MIN_LENGTH) {
          const reason = `password must be at least ${NEW_PASSWORD_MIN_LENGTH} characters`;
          throw AppException.validation([{ field: 'password', reason, constraint: 'minLength' }]);
        }
        user = await this.members.createUser(manager, {
          email: invitation.email,
          displayName: dto.displayName.trim(),
          passwordHash,
          locale: 'ru',
        });
        await this.audit.record(manager, {
          actorUserId: user.id,
          organizationId: invitation.organizationId,
          action: 'users.registered',
          entityType: 'user',
          entityId: user.id,
          after: { email: invitation.email, displayName: dto.displayName.trim() },
        });
      }
      const userId = user.id;
      await this.members.addMembershipFromInvitation(manager, invitation, userId);
      await this.members.markInvitationAccepted(manager, invitation, userId, now);
      await this.audit.record(manager, {
        actorUserId: userId,
        organizationId: invitation.organizationId,
        action: 'members.invitation-accepted',
        entityType: 'invitation',
        entityId: invitation.id,
        before: { status: 'pending' },
        after: { status: 'accepted', role: invitation.role, userId },
      });
      await this.outbox.publish(manager, 'invitations.notify-accepted', {
        v: 1,
        invitationId: invitation.id,
      });
      const fresh = await this.identity.findUser(userId, manager);
      return this.auth.openSession(manager, fresh!, client);
    });
  }

  private async requireOrganization(scope: AccessScope, organizationId: string) {
    const organization = await this.organizations.findVisible(scope, organizationId);
    if (!organization) throw AppException.notFound('Organization');
    return organization;
  }
}
