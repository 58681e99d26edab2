import { Type } from 'class-transformer';
import { IsArray, IsBoolean, IsDateString, IsIn, IsString, IsUUID, ValidateNested } from 'class-validator';
import type { Role } from '@smartcity/domain';
import { ROLES } from '@smartcity/domain';

export class MemberResponse {
  @IsUUID() membershipId!: string;
  @IsUUID() userId!: string;
  @IsString() email!: string;
  @IsString() displayName!: string;
  @IsIn(ROLES) role!: Role;
  @IsDateString() createdAt!: string;
}

export const INVITATION_STATUSES = ['pending', 'accepted', 'revoked', 'expired'] as const;
export type InvitationStatus = (typeof INVITATION_STATUSES)[number];

export class InvitationResponse {
  @IsUUID() id!: string;
  @IsUUID() organizationId!: string;
  @IsString() email!: string;
  @IsIn(ROLES) role!: Role;
  @IsIn(INVITATION_STATUSES) status!: InvitationStatus;
  @IsString() invitedBy!: string;
  @IsDateString() expiresAt!: string;
  @IsDateString() createdAt!: string;
}

/** What an invitee sees before accepting (public, by token). */
export class InvitationPreviewResponse {
  @IsUUID() organizationId!: string;
  @IsString() email!: string;
  @IsIn(ROLES) role!: Role;
  @IsString() organizationNameRu!: string;
  @IsString() organizationNameEn!: string;
  /** When true the invitee signs in with their existing password; the password field is ignored. */
  @IsBoolean() hasAccount!: boolean;
  @IsDateString() expiresAt!: string;
}

export class MembersPageResponse {
  @IsArray() @ValidateNested({ each: true }) @Type(() => MemberResponse) members!: MemberResponse[];
  @IsArray()
  @ValidateNested({ each: true })
  @Type(() => InvitationResponse)
  invitations!: InvitationResponse[];
  /** Roles the caller may grant in this organization; empty when they may not manage members. */
  @IsArray() @IsIn(ROLES, { each: true }) assignableRoles!: Role[];
}
