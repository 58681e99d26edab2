// Client-side checks that mirror the contracts' DTO rules, for instant feedback. The server re-validates.

const EMAIL_PATTERN = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

export function isEmailAddress(value: string): boolean {
  return EMAIL_PATTERN.test(value.trim());
}

/** Mirrors AcceptInvitationDto: displayName 2..120, password 10..200 characters. */
export const ACCOUNT_RULES = {
  displayNameMin: 2,
  displayNameMax: 120,
  passwordMin: 10,
  passwordMax: 200,
} as const;
