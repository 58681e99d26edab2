import type { ErrorCode, FieldError } from '@smartcity/contracts';
import { ERROR_HTTP_STATUS } from '@smartcity/contracts';

/**
 * The one exception features throw for expected failures. The global filter maps `code` to an HTTP status via
 * the contracts table and renders the error envelope.
 */
export class AppException extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly details?: { fields?: FieldError[]; [key: string]: unknown },
  ) {
    super(message);
  }

  get status(): number {
    return ERROR_HTTP_STATUS[this.code];
  }

  static notFound(what: string): AppException {
    return new AppException('common.not-found', `${what} was not found`);
  }

  static forbidden(message = 'Your role does not allow this action'): AppException {
    return new AppException('common.forbidden', message);
  }

  static validation(fields: FieldError[]): AppException {
    const summary = fields.map((f) => `${f.field}: ${f.reason}`).join('; ');
    return new AppException('common.validation-failed', `Invalid request: ${summary}`, { fields });
  }
}
