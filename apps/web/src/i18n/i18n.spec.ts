import { ERROR_HTTP_STATUS, NOTIFICATION_KINDS } from '@smartcity/contracts';
import type { ErrorCode } from '@smartcity/contracts';
import {
  CATALOGUE_IMPORT_STATUSES,
  CATALOGUE_SECTIONS,
  FRAMEWORK_KINDS,
  FRAMEWORK_PROVENANCES,
  FRAMEWORK_STATUSES,
  ITEM_PROVENANCES,
  KPI_POLARITIES,
  KPI_TIERS,
  MEASURE_KINDS,
  ORGANIZATION_KINDS,
  POPULATION_GROUPS,
  ROLES,
  CATALOGUE_COLUMNS,
} from '@smartcity/domain';

import { ApiError } from '../lib/api-client';
import { en } from './en';
import { errorKey, errorMessage, fieldErrorMessage, fieldErrors } from './error-messages';
import { createTranslate, DICTIONARIES, interpolate, isMessageKey, isPlainMessageKey, quoted } from './i18n';
import { ru } from './ru';

const placeholders = (text: string) => [...text.matchAll(/\{([a-zA-Z0-9_]+)\}/g)].map((m) => m[1]).sort();

describe('dictionaries', () => {
  it('en has exactly the keys of ru', () => {
    expect(Object.keys(en).sort()).toEqual(Object.keys(ru).sort());
  });

  it.each(Object.keys(ru))('%s uses the same placeholders in every language', (key) => {
    const reference = placeholders(ru[key as keyof typeof ru]);
    for (const dictionary of Object.values(DICTIONARIES)) {
      expect(placeholders(dictionary[key as keyof typeof ru])).toEqual(reference);
    }
  });

  it('has no empty messages', () => {
    for (const dictionary of Object.values(DICTIONARIES)) {
      for (const [key, text] of Object.entries(dictionary)) {
        expect({ key, empty: text.trim() === '' }).toEqual({ key, empty: false });
      }
    }
  });

  it('names every role, organization kind, population group and notification kind', () => {
    const required = [
      ...ROLES.map((role) => `role.${role}`),
      ...ORGANIZATION_KINDS.map((kind) => `organizationKind.${kind}`),
      ...POPULATION_GROUPS.map((group) => `populationGroup.${group.id}`),
      ...NOTIFICATION_KINDS.map((kind) => `notification.${kind}`),
    ];
    expect(required.filter((key) => !isMessageKey(key))).toEqual([]);
  });

  it('names every catalogue value set, section and file column', () => {
    const required = [
      ...FRAMEWORK_KINDS.map((kind) => `frameworkKind.${kind}`),
      ...FRAMEWORK_STATUSES.map((status) => `frameworkStatus.${status}`),
      ...FRAMEWORK_PROVENANCES.flatMap((p) => [`frameworkProvenance.${p}`, `frameworkProvenanceHint.${p}`]),
      ...ITEM_PROVENANCES.flatMap((p) => [`itemProvenance.${p}`, `itemProvenanceHint.${p}`]),
      ...MEASURE_KINDS.map((kind) => `measureKind.${kind}`),
      ...KPI_TIERS.map((tier) => `kpiTier.${tier}`),
      ...KPI_POLARITIES.map((polarity) => `kpiPolarity.${polarity}`),
      ...CATALOGUE_IMPORT_STATUSES.map((status) => `catalogueImportStatus.${status}`),
      ...CATALOGUE_SECTIONS.map((section) => `catalogueSection.${section}`),
      ...Object.values(CATALOGUE_COLUMNS)
        .flat()
        .map((column) => `catalogueField.${column}`),
    ];
    expect(required.filter((key) => !isPlainMessageKey(key))).toEqual([]);
  });

  it('has a message for every error code the API can return', () => {
    const codes = Object.keys(ERROR_HTTP_STATUS) as ErrorCode[];
    expect(codes.filter((code) => errorKey(code) === 'error.unknown')).toEqual([]);
  });
});

describe('interpolate', () => {
  it('replaces every placeholder, numbers included', () => {
    expect(interpolate('{name} has {count} new', { name: 'Анна', count: 3 })).toBe('Анна has 3 new');
  });

  it('leaves a placeholder without a value visible', () => {
    expect(interpolate('Hello, {name}!', {})).toBe('Hello, {name}!');
  });

  it('does not treat inherited properties as values', () => {
    expect(interpolate('{toString}', {})).toBe('{toString}');
  });
});

describe('createTranslate', () => {
  it('speaks Russian and English', () => {
    expect(createTranslate('ru')('signIn.submit')).toBe('Войти');
    expect(createTranslate('en')('signIn.submit')).toBe('Sign in');
    expect(createTranslate('ru')('home.welcome', { name: 'Иван' })).toBe('Здравствуйте, Иван!');
  });

  it('tells plain keys from keys that need params', () => {
    expect(isPlainMessageKey('nav.home')).toBe(true);
    expect(isPlainMessageKey('home.welcome')).toBe(false);
    expect(isPlainMessageKey('no.such.key')).toBe(false);
  });
});

describe('error messages', () => {
  const t = createTranslate('ru');

  it('maps an API code to the interface language, ignoring the server text', () => {
    const error = new ApiError({
      code: 'identity.invalid-credentials',
      status: 401,
      message: 'Invalid e-mail or password',
    });
    expect(errorMessage(t, error)).toBe(ru['error.identity.invalid-credentials']);
  });

  it('says how long to wait when rate limited', () => {
    const error = new ApiError({
      code: 'common.rate-limited',
      status: 429,
      message: 'Too many',
      details: { retryAfterSeconds: 42 },
    });
    expect(errorMessage(t, error)).toBe('Слишком много попыток. Повторите через 42 с.');
  });

  it('falls back for unknown codes and for non-API errors', () => {
    expect(errorKey('reports.brand-new')).toBe('error.unknown');
    expect(errorKey('requestId')).toBe('error.unknown');
    expect(errorMessage(t, new TypeError('boom'))).toBe(ru['error.unknown']);
  });

  it('translates field errors by constraint, keeping numbers from the reason', () => {
    expect(
      fieldErrorMessage(t, {
        field: 'email',
        reason: 'email must be an e-mail address',
        constraint: 'isEmail',
      }),
    ).toBe(ru['validation.email']);
    expect(
      fieldErrorMessage(t, {
        field: 'password',
        reason: 'password must be at least 10 characters',
        constraint: 'minLength',
      }),
    ).toBe('Слишком коротко: нужно не меньше 10 символов.');
    expect(
      fieldErrorMessage(t, {
        field: 'x',
        reason: 'x is not an allowed field',
        constraint: 'whitelistValidation',
      }),
    ).toBe(ru['validation.notAllowed']);
    expect(fieldErrorMessage(t, { field: 'x', reason: 'odd' })).toBe(ru['validation.invalid']);
    expect(fieldErrorMessage(t, { field: 'x', reason: 'odd', constraint: 'constructor' })).toBe(
      ru['validation.invalid'],
    );
  });

  it('keys field errors by top-level field, first problem first', () => {
    const error = new ApiError({
      code: 'common.validation-failed',
      status: 400,
      message: 'Validation failed',
      fields: [
        { field: 'email', reason: 'email must be an e-mail address', constraint: 'isEmail' },
        { field: 'email', reason: 'email must be shorter', constraint: 'maxLength' },
        { field: 'items.0.title', reason: 'title should not be empty', constraint: 'isNotEmpty' },
      ],
    });
    expect(fieldErrors(t, error)).toEqual({
      email: ru['validation.email'],
      items: ru['validation.required'],
    });
  });
});

describe('quoted', () => {
  it('uses «» in Russian with „“ for quotes inside the name', () => {
    expect(quoted('ru', 'Городской округ «Город Обнинск»')).toBe('«Городской округ „Город Обнинск“»');
    expect(quoted('ru', 'Калужская область')).toBe('«Калужская область»');
  });

  it('uses “” in English', () => {
    expect(quoted('en', 'Obninsk')).toBe('“Obninsk”');
  });
});
