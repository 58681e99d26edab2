import type { ErrorCode } from './error-codes';

/**
 * One problem with one field of the request. `field` is a dotted path such as `items.0.title`. `constraint` names
 * the rule broken: a class-validator constraint, or a domain problem code (e.g. the catalogue's `title-required`)
 * whose message takes `params`.
 */
export type FieldError = {
  field: string;
  reason: string;
  constraint?: string;
  params?: Record<string, string | number>;
};

/** The one error envelope every failing endpoint returns. */
export type ErrorResponse = {
  code: ErrorCode;
  message: string;
  details?: { fields?: FieldError[]; [key: string]: unknown };
  requestId: string;
};
