import type { InvitationResponse, InvitationStatus, MemberResponse } from '@smartcity/contracts';

import type { Invitation } from './invitation.entity';
import type { MemberRow } from './members.repository';

export function invitationStatus(invitation: Invitation, now: Date): InvitationStatus {
  if (invitation.acceptedAt) return 'accepted';
  if (invitation.revokedAt) return 'revoked';
  return invitation.expiresAt <= now ? 'expired' : 'pending';
}

export function toMemberResponse(row: MemberRow): MemberResponse {
  return {
    membershipId: row.id,
    userId: row.userId,
    email: row.user.email,
    displayName: row.user.displayName,
    role: row.role,
    createdAt: row.createdAt.toISOString(),
  };
}

export function toInvitationResponse(invitation: Invitation, now: Date): InvitationResponse {
  return {
    id: invitation.id,
    organizationId: invitation.organizationId,
    email: invitation.email,
    role: invitation.role,
    status: invitationStatus(invitation, now),
    invitedBy: invitation.invitedBy,
    expiresAt: invitation.expiresAt.toISOString(),
    createdAt: invitation.createdAt.toISOString(),
  };
}
