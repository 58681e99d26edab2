import { IsEmail, IsString, MaxLength, MinLength } from 'class-validator';

// Validation stops at a field's first broken rule, and decorators register bottom-up: the type check sits
// nearest the property so it is reported first.
export class LoginDto {
  @MaxLength(254)
  @IsEmail({}, { message: 'email must be an e-mail address' })
  email!: string;

  @MaxLength(200)
  @MinLength(1, { message: 'password must not be empty' })
  @IsString()
  password!: string;
}
