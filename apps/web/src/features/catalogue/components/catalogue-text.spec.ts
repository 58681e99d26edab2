import { createTranslate } from '../../../i18n/i18n';
import {
  applicabilityText,
  currentVersionIds,
  fieldLabel,
  formatFileSize,
  itemKindLabel,
  pickTitle,
  textLang,
  titleText,
} from './catalogue-text';
import { targetFromParams, targetToParams } from './import-target';

const ru = createTranslate('ru');
const en = createTranslate('en');

describe('pickTitle', () => {
  it('takes the wanted language, else the other one marked as a fallback', () => {
    expect(pickTitle('ru', { titleRu: 'Транспорт', titleEn: 'Transport' })).toEqual({
      text: 'Транспорт',
      lang: 'ru',
      fallback: false,
    });
    expect(pickTitle('en', { titleRu: 'Транспорт', titleEn: null })).toEqual({
      text: 'Транспорт',
      lang: 'ru',
      fallback: true,
    });
    expect(pickTitle('en', { titleRu: null, titleEn: null })).toBeNull();
  });

  it('names an untitled item by its code', () => {
    expect(titleText(ru, 'ru', { code: 'GU', titleRu: null, titleEn: null })).toBe('Без названия (GU)');
  });
});

describe('applicabilityText', () => {
  const rule = { minPopulation: 100_000, regionalCapitals: true };

  it('says who must plan a basic measure', () => {
    expect(applicabilityText(ru, 'ru', 'basic', rule)).toBe(
      'Города с населением от 100\u00a0000 чел. и Административные центры субъектов',
    );
    expect(applicabilityText(en, 'en', 'basic', rule)).toBe(
      'Cities of 100,000 people or more and Regional capitals',
    );
    expect(applicabilityText(ru, 'ru', 'basic', null)).toBe('Все участники');
    expect(applicabilityText(en, 'en', 'basic', { minPopulation: null, regionalCapitals: false })).toBe(
      'Nobody',
    );
  });

  it('calls additional measures optional whatever their rule', () => {
    expect(applicabilityText(ru, 'ru', 'additional', rule)).toBe('Необязательно');
  });
});

describe('labels', () => {
  it('names file columns, and shows unknown ones as they are', () => {
    expect(fieldLabel(ru, 'title_ru')).toBe('Название (рус.)');
    expect(fieldLabel(en, 'deadline_year')).toBe('Due (year)');
    expect(fieldLabel(ru, 'brand_new_column')).toBe('brand_new_column');
  });

  it('names measure kinds and KPI tiers as a diff lists them', () => {
    expect(itemKindLabel(ru, 'basic')).toBe('Базовое');
    expect(itemKindLabel(en, 'core')).toBe('Core');
    expect(itemKindLabel(ru, null)).toBe('—');
    expect(itemKindLabel(ru, 'other')).toBe('other');
  });
});

describe('currentVersionIds', () => {
  it('is the latest published version of each framework', () => {
    const ids = currentVersionIds([
      { id: 'a1', code: 'a', version: 1, status: 'published' },
      { id: 'a2', code: 'a', version: 2, status: 'published' },
      { id: 'a3', code: 'a', version: 3, status: 'draft' },
      { id: 'b1', code: 'b', version: 1, status: 'retired' },
      { id: 'c1', code: 'c', version: 1, status: 'published' },
    ]);
    expect([...ids].sort()).toEqual(['a2', 'c1']);
  });
});

describe('small formatters', () => {
  it('formats file sizes in the interface language', () => {
    expect(formatFileSize('ru', 512)).toBe('512 Б');
    expect(formatFileSize('en', 33_382)).toBe('32.6 KB');
    expect(formatFileSize('ru', 5 * 1024 * 1024)).toBe('5 МБ');
  });

  it('tells Russian text from English by its letters', () => {
    expect(textLang('Реконструкция стандарта')).toBe('ru');
    expect(textLang('A reconstruction, to be replaced')).toBe('en');
  });
});

describe('import target in the URL', () => {
  it('round-trips an existing framework and a new one', () => {
    const existing = targetToParams({ code: 'smart-city-standard', kind: 'measures' }, new URLSearchParams());
    expect(targetFromParams(existing)).toEqual({ code: 'smart-city-standard', kind: 'measures' });
    const fresh = targetToParams({ code: null, kind: 'kpis' }, new URLSearchParams('import=x'));
    expect(fresh.toString()).toBe('import=x&target=new&kind=kpis');
    expect(targetFromParams(fresh)).toEqual({ code: null, kind: 'kpis' });
    expect(targetFromParams(new URLSearchParams('target=x&kind=other'))).toBeNull();
  });
});
