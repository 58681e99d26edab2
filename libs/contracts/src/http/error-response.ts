import type { ErrorCode } from './error-codes';

/** One problem with one field of the request. `field` is a dotted path such as `items.0.title`. */
export type FieldError = { field: string; reason: string; constraint?: string };

/** The one error envelope every failing endpoint returns. */
export type ErrorResponse = {
  code: ErrorCode;
  message: string;
  details?: { fields?: FieldError[]; [key: string]: unknown };
  requestId: string;
};
