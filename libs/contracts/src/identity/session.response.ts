import { Type } from 'class-transformer';
import { IsArray, IsIn, IsString, IsUUID, ValidateNested } from 'class-validator';
import type { Permission, Role } from '@smartcity/domain';
import { PERMISSIONS, ROLES } from '@smartcity/domain';

import { OrganizationSummaryResponse } from '../organizations/organization.response';

export const LOCALES = ['ru', 'en'] as const;
export type Locale = (typeof LOCALES)[number];

export class UserResponse {
  @IsUUID() id!: string;
  @IsString() email!: string;
  @IsString() displayName!: string;
  @IsIn(LOCALES) locale!: Locale;
}

export class MembershipResponse {
  @IsUUID() id!: string;
  @IsIn(ROLES) role!: Role;
  @ValidateNested() @Type(() => OrganizationSummaryResponse) organization!: OrganizationSummaryResponse;
}

/** The signed-in user, their memberships and what they may do anywhere (to shape navigation). */
export class SessionResponse {
  @ValidateNested() @Type(() => UserResponse) user!: UserResponse;
  @IsArray()
  @ValidateNested({ each: true })
  @Type(() => MembershipResponse)
  memberships!: MembershipResponse[];
  /** Permissions held in at least one organization. The server re-checks every request. */
  @IsArray() @IsIn(PERMISSIONS, { each: true }) permissions!: Permission[];
  /** Echo this in the X-CSRF-Token header of every write. */
  @IsString() csrfToken!: string;
}

export class UpdateProfileDto {
  @IsIn(LOCALES, { message: 'locale must be one of: ru, en' })
  locale!: Locale;
}
