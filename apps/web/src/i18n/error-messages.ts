import type { FieldError } from '@smartcity/contracts';

import { isApiError } from '../lib/api-client';
import type { ApiErrorCode } from '../lib/api-client';
import type { MessageKey, Translate } from './i18n';
import { isMessageKey } from './i18n';

/** A message for any thrown value: the API's code mapped to the interface language, never the server's text. */
export function errorMessage(t: Translate, error: unknown): string {
  if (!isApiError(error)) return t('error.unknown');
  if (error.code === 'common.rate-limited') {
    const seconds = error.details.retryAfterSeconds;
    if (typeof seconds === 'number') return t('error.rateLimitedSeconds', { seconds });
  }
  return t(errorKey(error.code));
}

export function errorKey(code: ApiErrorCode | string): MessageKey {
  const key = `error.${code}`;
  // A code added by a newer API than this bundle knows still gets a sensible message.
  return isMessageKey(key) ? key : 'error.unknown';
}

/** The request id to quote to support, for server-side failures only (4xx are the user's to fix). */
export function errorReference(error: unknown): string | null {
  return isApiError(error) && (error.status >= 500 || error.status === 0) ? error.requestId : null;
}

function firstNumber(text: string): number | null {
  const match = /\d+/.exec(text);
  return match ? Number(match[0]) : null;
}

/** One field problem from class-validator (`constraint` + English reason) in the interface language. */
export function fieldErrorMessage(t: Translate, error: FieldError): string {
  switch (error.constraint) {
    case 'isEmail':
      return t('validation.email');
    case 'isNotEmpty':
    case 'isDefined':
      return t('validation.required');
    case 'minLength': {
      const min = firstNumber(error.reason);
      return min === null ? t('validation.invalid') : t('validation.minLength', { min });
    }
    case 'maxLength': {
      const max = firstNumber(error.reason);
      return max === null ? t('validation.invalid') : t('validation.maxLength', { max });
    }
    case 'isIn':
      return t('validation.oneOf');
    case 'whitelistValidation':
      return t('validation.notAllowed');
    default:
      return t('validation.invalid');
  }
}

/** Field errors of a validation failure keyed by top-level field name (first problem per field). */
export function fieldErrors(t: Translate, error: unknown): Record<string, string> {
  if (!isApiError(error)) return {};
  const result: Record<string, string> = {};
  for (const fieldError of error.fields) {
    const field = fieldError.field.split('.')[0] ?? fieldError.field;
    result[field] ??= fieldErrorMessage(t, fieldError);
  }
  return result;
}
