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

export const CATALOGUE_ERROR_CODES = {
  /** The version is published or retired and cannot change (the database refuses it too): create a new draft. */
  versionPublished: 'catalogue.version-published',
  /** The framework already has a draft; edit, publish or delete it first (or apply an import with replaceDraft). */
  draftExists: 'catalogue.draft-exists',
  /** A direction, measure or KPI with this code exists already in the version. */
  codeTaken: 'catalogue.code-taken',
  /** The status change is not allowed (publish a published version, retire a draft, …). */
  invalidTransition: 'catalogue.invalid-transition',
  /** The two versions hold different kinds (measures vs KPIs), or an import's kind differs from its framework's. */
  kindMismatch: 'catalogue.kind-mismatch',
  /** The direction still holds measures or KPIs: move or delete them first. */
  directionNotEmpty: 'catalogue.direction-not-empty',
  /** The draft does not pass the catalogue's rules (e.g. it has no direction); `details.errors` lists them. */
  draftInvalid: 'catalogue.draft-invalid',
  /** The upload is not a JSON, CSV or XLSX file, or it is empty. */
  unsupportedFile: 'catalogue.unsupported-file',
  /** The import is not validated yet, has errors, or was applied already (see its status). */
  importNotReady: 'catalogue.import-not-ready',
} as const;

export const ROADMAPS_ERROR_CODES = {
  /** The municipality already has a roadmap for this programme period. */
  periodTaken: 'roadmaps.period-taken',
  /** The dependencies would form a cycle; `details.cycle` lists the items (id, title) in order. */
  dependencyCycle: 'roadmaps.dependency-cycle',
  /** The problem is still cited by items (`details.itemIds`); change those items first. */
  problemInUse: 'roadmaps.problem-in-use',
  /** The evidence file's type is not allowed, or its content does not match its extension; or not an XLSX export. */
  unsupportedFile: 'roadmaps.unsupported-file',
  /** The import has invalid rows (see its preview); nothing was written. Fix the file and upload it again. */
  importInvalid: 'roadmaps.import-invalid',
  /** The import was applied already; upload the file again to preview it against the current roadmap. */
  importApplied: 'roadmaps.import-applied',
  /** The roadmap is out with a pilot application (status `submitted`): edit it once changes are requested. */
  underReview: 'roadmaps.under-review',
} as const;

export const APPLICATIONS_ERROR_CODES = {
  /** The workflow does not allow this move from the current status (`details.status`, `details.allowedFrom`). */
  invalidTransition: 'applications.invalid-transition',
  /** The roadmap fails the campaign's eligibility rules; `details.checks` and `details.errors` say why. */
  notEligible: 'applications.not-eligible',
  /** The campaign is not open, or now is outside its window. */
  campaignNotOpen: 'applications.campaign-not-open',
  /** Passing a stage needs every checklist criterion answered and none "not met". */
  checklistIncomplete: 'applications.checklist-incomplete',
  /** Requesting changes or rejecting needs at least one reason. */
  reasonsRequired: 'applications.reasons-required',
  /** The agreement lacks a number, date, a party's signatory or the file (`details.missing`). */
  agreementIncomplete: 'applications.agreement-incomplete',
  /** The municipality already has an active application in this campaign (`details.applicationId`). */
  alreadyActive: 'applications.already-active',
  /**
   * The stage's reviewers can no longer be overridden: the application has passed the stage, or its review is over
   * (approved, rejected, withdrawn, agreement signed); `details.status`, `details.stage`, `details.currentStage`.
   */
  stageClosed: 'applications.stage-closed',
  /** The campaign cannot be edited in its status, or the status change is not allowed. */
  campaignLocked: 'campaigns.locked',
} as const;

export const DOCUMENTS_ERROR_CODES = {
  /** The PDF is still being rendered (or rendering failed): `details.status`; poll the document list. */
  notReady: 'documents.not-ready',
} as const;

type ValuesOf<T> = T[keyof T];
export type ErrorCode =
  | ValuesOf<typeof COMMON_ERROR_CODES>
  | ValuesOf<typeof IDENTITY_ERROR_CODES>
  | ValuesOf<typeof MEMBERS_ERROR_CODES>
  | ValuesOf<typeof CATALOGUE_ERROR_CODES>
  | ValuesOf<typeof ROADMAPS_ERROR_CODES>
  | ValuesOf<typeof APPLICATIONS_ERROR_CODES>
  | ValuesOf<typeof DOCUMENTS_ERROR_CODES>;

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
  'catalogue.version-published': 409,
  'catalogue.draft-exists': 409,
  'catalogue.code-taken': 409,
  'catalogue.invalid-transition': 409,
  'catalogue.kind-mismatch': 409,
  'catalogue.direction-not-empty': 409,
  'catalogue.draft-invalid': 422,
  'catalogue.unsupported-file': 415,
  'catalogue.import-not-ready': 409,
  'roadmaps.period-taken': 409,
  'roadmaps.dependency-cycle': 400,
  'roadmaps.problem-in-use': 409,
  'roadmaps.unsupported-file': 415,
  'roadmaps.import-invalid': 400,
  'roadmaps.import-applied': 409,
  'roadmaps.under-review': 409,
  'applications.invalid-transition': 409,
  'applications.not-eligible': 409,
  'applications.campaign-not-open': 409,
  'applications.checklist-incomplete': 409,
  'applications.reasons-required': 409,
  'applications.agreement-incomplete': 409,
  'applications.already-active': 409,
  'applications.stage-closed': 409,
  'campaigns.locked': 409,
  'documents.not-ready': 409,
};
