import type { FieldError, Locale } from '@smartcity/contracts';
import {
  CATALOGUE_CSV_RECORD_TYPES,
  isCatalogueProblemCode,
  type CatalogueProblemCode,
} from '@smartcity/domain';

import { errorMessage, fieldErrorMessage } from '../../../i18n/error-messages';
import type { MessageKey, ParamValue, Translate } from '../../../i18n/i18n';
import { DICTIONARIES, formatNumber, interpolate, isPlainMessageKey } from '../../../i18n/i18n';
import { isApiError } from '../../../lib/api-client';

export type ProblemLike = { code?: unknown; params?: Readonly<Record<string, unknown>> | null };

export const problemMessageKey = (code: CatalogueProblemCode): MessageKey => `catalogueProblem.${code}`;

/** A param value as the message shows it: numbers in the locale's format, kinds and sections by their label. */
function paramText(t: Translate, locale: Locale, name: string, value: unknown): ParamValue {
  if (typeof value === 'number') return formatNumber(locale, value);
  const text = typeof value === 'string' ? value : typeof value === 'boolean' ? String(value) : '';
  const candidates =
    name === 'kind' || name === 'existingKind'
      ? [`frameworkKind.${text}`]
      : name === 'section'
        ? [`catalogueSection.${text}`]
        : name === 'record'
          ? [`catalogueSection.${(CATALOGUE_CSV_RECORD_TYPES as Record<string, string>)[text] ?? ''}`]
          : [];
  for (const key of candidates) if (isPlainMessageKey(key)) return t(key);
  return text;
}

/**
 * A catalogue problem (import row error or draft field error) in the interface language; null for a code this
 * bundle does not know (a newer API), so the caller can fall back to the English reason.
 */
export function catalogueProblemText(t: Translate, locale: Locale, problem: ProblemLike): string | null {
  if (!isCatalogueProblemCode(problem.code)) return null;
  const params: Record<string, ParamValue> = {};
  for (const [name, value] of Object.entries(problem.params ?? {})) {
    params[name] = paramText(t, locale, name, value);
  }
  return interpolate(DICTIONARIES[locale][problemMessageKey(problem.code)], params);
}

/** Form field names of the API's top-level fields, where they differ (the applicability rule has two inputs). */
const FIELD_ALIASES: Readonly<Record<string, string>> = { applicability: 'minPopulation' };

/** The message of one API field error: a catalogue problem code, a code pattern, or a class-validator rule. */
export function catalogueFieldErrorMessage(t: Translate, locale: Locale, error: FieldError): string {
  const fromProblem = catalogueProblemText(t, locale, { code: error.constraint, params: error.params });
  if (fromProblem !== null) return fromProblem;
  if (error.constraint === 'matches') return catalogueProblemText(t, locale, { code: 'bad-code' }) ?? '';
  return fieldErrorMessage(t, error);
}

/**
 * The message of a refused catalogue action: the code's message, followed for `catalogue.draft-invalid` by what
 * is wrong with the draft (its `details.errors`, by problem code).
 */
export function catalogueErrorMessage(t: Translate, locale: Locale, error: unknown): string {
  const message = errorMessage(t, error);
  if (!isApiError(error) || error.code !== 'catalogue.draft-invalid') return message;
  const problems = Array.isArray(error.details.errors) ? (error.details.errors as FieldError[]) : [];
  const texts = problems.map((problem) => catalogueFieldErrorMessage(t, locale, problem));
  return texts.length > 0 ? `${message} ${texts.join(' ')}` : message;
}

export type CatalogueSubmissionErrors = { fields: Record<string, string>; form: string | null };

/**
 * Where a failed draft edit is explained: each API field error at its form field (first problem per field),
 * anything else (a stale revision, a published version) above the form.
 */
export function catalogueSubmissionErrors(
  t: Translate,
  locale: Locale,
  error: unknown,
): CatalogueSubmissionErrors {
  if (!error) return { fields: {}, form: null };
  const fields: Record<string, string> = {};
  if (isApiError(error)) {
    for (const fieldError of error.fields) {
      const top = fieldError.field.split('.')[0] ?? fieldError.field;
      const field = FIELD_ALIASES[top] ?? top;
      fields[field] ??= catalogueFieldErrorMessage(t, locale, fieldError);
    }
  }
  return { fields, form: Object.keys(fields).length === 0 ? catalogueErrorMessage(t, locale, error) : null };
}
