/**
 * HTTP-visible error codes shared by every feature. The web switches on `code`, never on message text.
 * Durable: clients depend on these strings. Never rename a value.
 */
export const COMMON_ERROR_CODES = {
  /** A field failed validation; `details` lists each field and why. */
  validationFailed: 'common.validation-failed',
  /** The body is not valid JSON. */
  malformedJson: 'common.malformed-json',
  /** The body exceeds the size limit. */
  payloadTooLarge: 'common.payload-too-large',
  /** No such resource, or the caller may not know it exists. */
  notFound: 'common.not-found',
  /** No valid session: sign in again. */
  unauthenticated: 'common.unauthenticated',
  /** Signed in, but the role does not allow this. */
  forbidden: 'common.forbidden',
  /** A cookie-authenticated write without the matching X-CSRF-Token header. */
  csrfFailed: 'common.csrf-failed',
  /** The write was based on a stale revision; `details.current` holds the current state. */
  conflict: 'common.conflict',
  /** Too many attempts; retry after `details.retryAfterSeconds`. */
  rateLimited: 'common.rate-limited',
  /** A dependency (database, Redis) is unavailable; retry later. */
  unavailable: 'common.unavailable',
  /** A bug on our side; quote `requestId` when reporting it. */
  internal: 'common.internal',
} as const;

export const IDENTITY_ERROR_CODES = {
  /** Wrong e-mail or password (deliberately not saying which). */
  invalidCredentials: 'identity.invalid-credentials',
} as const;

export const MEMBERS_ERROR_CODES = {
  /** The role cannot be held in this kind of organization, or the caller may not grant it. */
  roleNotAllowed: 'members.role-not-allowed',
  /** The person already holds that role in the organization. */
  alreadyMember: 'members.already-member',
  /** A pending invitation for this e-mail and role exists already. */
  alreadyInvited: 'members.already-invited',
  /** The invitation link is unknown, expired, revoked or used. */
  invitationInvalid: 'invitations.invalid',
} as const;

type ValuesOf<T> = T[keyof T];
export type ErrorCode =
  | ValuesOf<typeof COMMON_ERROR_CODES>
  | ValuesOf<typeof IDENTITY_ERROR_CODES>
  | ValuesOf<typeof MEMBERS_ERROR_CODES>;

/** Code → HTTP status, used by the API's single exception filter. */
export const ERROR_HTTP_STATUS: Record<ErrorCode, number> = {
  'common.validation-failed': 400,
  'common.malformed-json': 400,
  'common.payload-too-large': 413,
  'common.not-found': 404,
  'common.unauthenticated': 401,
  'common.forbidden': 403,
  'common.csrf-failed': 403,
  'common.conflict': 409,
  'common.rate-limited': 429,
  'common.unavailable': 503,
  'common.internal': 500,
  'identity.invalid-credentials': 401,
  'members.role-not-allowed': 403,
  'members.already-member': 409,
  'members.already-invited': 409,
  'invitations.invalid': 404,
};
