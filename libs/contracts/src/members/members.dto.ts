import { Transform } from 'class-transformer';
import { IsEmail, IsIn, IsString, MaxLength, MinLength } from 'class-validator';
import type { Role } from '@smartcity/domain';
import { ROLES } from '@smartcity/domain';

const trimLower = ({ value }: { value: unknown }) =>
  typeof value === 'string' ? value.trim().toLowerCase() : value;

export class CreateInvitationDto {
  @Transform(trimLower)
  @MaxLength(254)
  @IsEmail({}, { message: 'email must be an e-mail address' })
  email!: string;

  @IsIn(ROLES, { message: `role must be one of: ${ROLES.join(', ')}` })
  role!: Role;
}

export const NEW_PASSWORD_MIN_LENGTH = 10;

export class AcceptInvitationDto {
  @MaxLength(120)
  @MinLength(2, { message: 'displayName must be at least 2 characters' })
  @IsString()
  displayName!: string;

  /**
   * A new password (at least NEW_PASSWORD_MIN_LENGTH characters) or, when the invitee already has an account,
   * its current password.
   */
  @MaxLength(200)
  @MinLength(1, { message: 'password must not be empty' })
  @IsString()
  password!: string;
}
