import type { FieldError } from '@smartcity/contracts';

import { isApiError } from '../lib/api-client';
import type { PlainMessageKey, Translate } from './i18n';
import { isPlainMessageKey } from './i18n';

/** A message for any thrown value: the API's code mapped to the interface language, never the server's text. */
export function errorMessage(t: Translate, error: unknown): string {
  if (!isApiError(error)) return t('error.unknown');
  if (error.code === 'common.rate-limited') {
    const seconds = error.details.retryAfterSeconds;
    if (typeof seconds === 'number') return t('error.rateLimitedSeconds', { seconds });
  }
  return t(errorKey(error.code));
}

export function errorKey(code: string): PlainMessageKey {
  const key = `error.${code}`;
  // Codes are namespaced (`domain.reason`). A code added by a newer API than this bundle knows still gets a
  // sensible message.
  return code.includes('.') && isPlainMessageKey(key) ? key : 'error.unknown';
}

/** The request id to quote to support, for server-side failures only (4xx are the user's to fix). */
export function errorReference(error: unknown): string | null {
  return isApiError(error) && (error.status >= 500 || error.status === 0) ? error.requestId : null;
}

function firstNumber(text: string): number | null {
  const match = /\d+/.exec(text);
  return match ? Number(match[0]) : null;
}

type FieldMessage = (t: Translate, reason: string) => string;

function lengthMessage(key: 'validation.minLength' | 'validation.maxLength'): FieldMessage {
  return (t, reason) => {
    const limit = firstNumber(reason);
    if (limit === null) return t('validation.invalid');
    return key === 'validation.minLength' ? t(key, { min: limit }) : t(key, { max: limit });
  };
}

/** class-validator constraint names → message in the interface language. */
const CONSTRAINT_MESSAGES: Record<string, FieldMessage> = {
  isEmail: (t) => t('validation.email'),
  isNotEmpty: (t) => t('validation.required'),
  isDefined: (t) => t('validation.required'),
  minLength: lengthMessage('validation.minLength'),
  maxLength: lengthMessage('validation.maxLength'),
  isIn: (t) => t('validation.oneOf'),
  whitelistValidation: (t) => t('validation.notAllowed'),
};

/** One field problem from class-validator (`constraint` + English reason) in the interface language. */
export function fieldErrorMessage(t: Translate, error: FieldError): string {
  const constraint = error.constraint;
  const message =
    constraint && Object.hasOwn(CONSTRAINT_MESSAGES, constraint)
      ? CONSTRAINT_MESSAGES[constraint]
      : undefined;
  return message ? message(t, error.reason) : t('validation.invalid');
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

export type SubmissionErrors = {
  /** Messages to show at the fields, keyed by field name. */
  fields: Record<string, string>;
  /** The message above the form: only when no field explains the failure. */
  form: string | null;
};

/**
 * Where to show a failed submission: validation problems at their fields (plus `codeFields`, refusals that are
 * about one field, such as "already invited" → email), anything else (wrong password, rate limit) above the form.
 */
export function submissionErrors(
  t: Translate,
  error: unknown,
  codeFields: Readonly<Record<string, string>> = {},
): SubmissionErrors {
  const fields = fieldErrors(t, error);
  if (isApiError(error) && Object.hasOwn(codeFields, error.code)) {
    fields[codeFields[error.code]] = errorMessage(t, error);
  }
  const form = error && Object.keys(fields).length === 0 ? errorMessage(t, error) : null;
  return { fields, form };
}
