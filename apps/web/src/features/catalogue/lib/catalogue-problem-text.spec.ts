import type { FieldError } from '@smartcity/contracts';
import { CATALOGUE_PROBLEM_CODES, CATALOGUE_PROBLEM_PARAM_NAMES, catalogueProblem } from '@smartcity/domain';

import { createTranslate, DICTIONARIES, isMessageKey } from '../../../i18n/i18n';
import { ApiError } from '../../../lib/api-client';
import {
  catalogueErrorMessage,
  catalogueProblemText,
  catalogueSubmissionErrors,
  problemMessageKey,
} from './catalogue-problem-text';

const ru = createTranslate('ru');
const en = createTranslate('en');
const placeholders = (text: string) => [...text.matchAll(/\{([a-zA-Z0-9_]+)\}/g)].map((m) => m[1]);

const validation = (fields: FieldError[]) =>
  new ApiError({ code: 'common.validation-failed', status: 400, message: 'Invalid request', fields });

describe('catalogue problem messages', () => {
  it.each(CATALOGUE_PROBLEM_CODES)('%s has a message in every language, using only its params', (code) => {
    const key = problemMessageKey(code);

    expect(isMessageKey(key)).toBe(true);
    for (const dictionary of Object.values(DICTIONARIES)) {
      const message = dictionary[key];
      expect(typeof message).toBe('string');
      expect(message.trim()).not.toBe('');
      for (const name of placeholders(message)) expect(CATALOGUE_PROBLEM_PARAM_NAMES[code]).toContain(name);
    }
  });

  it('says what is wrong in Russian and English, with numbers in the locale format', () => {
    const problem = catalogueProblem('too-long', { max: 500, actual: 1612 });

    expect(catalogueProblemText(ru, 'ru', problem)).toBe('Не длиннее 500 символов (сейчас 1\u00a0612).');
    expect(catalogueProblemText(en, 'en', problem)).toBe('At most 500 characters (has 1,612).');
  });

  it('names kinds and sections by their labels', () => {
    const problem = catalogueProblem('wrong-item-section', { kind: 'measures', section: 'kpis' });

    expect(catalogueProblemText(ru, 'ru', problem)).toBe(
      'Каталог вида «Стандарт (мероприятия)» не может содержать раздел «Показатели».',
    );
    expect(
      catalogueProblemText(en, 'en', catalogueProblem('column-not-applicable', { record: 'direction' })),
    ).toBe('Does not apply to a “Directions” record; leave it empty.');
  });

  it('gives null for a code it does not know, so the English reason can be shown instead', () => {
    expect(catalogueProblemText(ru, 'ru', { code: 'from-a-newer-api', params: {} })).toBeNull();
    expect(catalogueProblemText(ru, 'ru', { code: undefined })).toBeNull();
  });
});

describe('catalogueErrorMessage', () => {
  it('says why a draft cannot be published, by problem code', () => {
    const error = new ApiError({
      code: 'catalogue.draft-invalid',
      status: 422,
      message: 'A version needs at least one direction to be published',
      details: {
        errors: [
          {
            field: 'directions',
            reason: 'at least one direction is required',
            constraint: 'directions-required',
          },
        ],
      },
    });

    expect(catalogueErrorMessage(ru, 'ru', error)).toBe(
      `${ru('error.catalogue.draft-invalid')} Нужно хотя бы одно направление.`,
    );
  });

  it('gives the plain message of other refusals', () => {
    const published = new ApiError({
      code: 'catalogue.version-published',
      status: 409,
      message: 'published',
    });

    expect(catalogueErrorMessage(en, 'en', published)).toBe(en('error.catalogue.version-published'));
  });
});

describe('catalogueSubmissionErrors', () => {
  it('puts API field problems at their form fields in the interface language', () => {
    const error = validation([
      { field: 'titleRu', reason: 'titleRu or titleEn is required', constraint: 'title-required' },
      {
        field: 'directionCode',
        reason: 'this version has no direction SPACE',
        constraint: 'unknown-direction',
        params: { direction: 'SPACE' },
      },
      { field: 'code', reason: 'code must start with…', constraint: 'matches' },
      { field: 'applicability.minPopulation', reason: 'must not be less than 0', constraint: 'min' },
      {
        field: 'titleEn',
        reason: 'titleEn must be shorter than or equal to 1000 characters',
        constraint: 'maxLength',
      },
    ]);

    expect(catalogueSubmissionErrors(ru, 'ru', error)).toEqual({
      fields: {
        titleRu: 'Нужно название на русском или английском.',
        directionCode: 'Направления «SPACE» нет в разделе направлений.',
        code: ru('catalogueProblem.bad-code'),
        minPopulation: ru('validation.invalid'),
        titleEn: ru('validation.maxLength', { max: 1000 }),
      },
      form: null,
    });
  });

  it('explains a refusal of the whole change above the form', () => {
    const conflict = new ApiError({ code: 'common.conflict', status: 409, message: 'stale' });

    expect(catalogueSubmissionErrors(en, 'en', conflict)).toEqual({
      fields: {},
      form: en('error.common.conflict'),
    });
    expect(catalogueSubmissionErrors(en, 'en', null)).toEqual({ fields: {}, form: null });
  });
});
