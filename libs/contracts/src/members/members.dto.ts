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

export class AcceptInvitationDto {
  @MaxLength(120)
  @MinLength(2, { message: 'displayName must be at least 2 characters' })
  @IsString()
  displayName!: string;

  /** Ignored when the invitee already has an account (they keep their password). */
  @MaxLength(200)
  @MinLength(10, { message: 'password must be at least 10 characters' })
  @IsString()
  password!: string;
}
