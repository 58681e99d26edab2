import type { Locale } from '@smartcity/contracts';
import type { ApplicabilityRule, MeasureKind } from '@smartcity/domain';

import { formatNumber, isPlainMessageKey } from '../../../i18n/i18n';
import type { Translate } from '../../../i18n/i18n';

export type Titled = { titleRu: string | null; titleEn: string | null };

/** A title in the wanted language, or in the other one (`fallback`) when it has no translation. */
export type PickedTitle = { text: string; lang: Locale; fallback: boolean };

export function pickTitle(locale: Locale, item: Titled): PickedTitle | null {
  const wanted = locale === 'en' ? item.titleEn : item.titleRu;
  if (wanted) return { text: wanted, lang: locale, fallback: false };
  const other = locale === 'en' ? item.titleRu : item.titleEn;
  return other ? { text: other, lang: locale === 'en' ? 'ru' : 'en', fallback: true } : null;
}

/** A plain-text title for headings, options and link names: the code when there is no title at all. */
export function titleText(t: Translate, locale: Locale, item: Titled & { code: string }): string {
  return pickTitle(locale, item)?.text ?? t('catalogue.untitled', { code: item.code });
}

/** Who must plan a measure, in words: additional measures are optional; basic ones follow their rule. */
export function applicabilityText(
  t: Translate,
  locale: Locale,
  kind: MeasureKind,
  rule: ApplicabilityRule | null,
): string {
  if (kind === 'additional') return t('applicability.optional');
  if (rule === null) return t('applicability.everyone');
  const parts: string[] = [];
  if (rule.minPopulation !== null) {
    parts.push(t('applicability.minPopulation', { count: formatNumber(locale, rule.minPopulation) }));
  }
  if (rule.regionalCapitals) parts.push(t('applicability.regionalCapitals'));
  return parts.length === 0 ? t('applicability.nobody') : parts.join(t('applicability.and'));
}

/** The label of a file column (`title_ru`, `deadline_year`, …); unknown columns are shown as they are. */
export function fieldLabel(t: Translate, field: string): string {
  const key = `catalogueField.${field}`;
  return isPlainMessageKey(key) ? t(key) : field;
}

/** The label of a measure kind or KPI tier as a diff lists it (`kind` is free text there). */
export function itemKindLabel(t: Translate, kind: string | null): string {
  if (kind === null) return t('common.none');
  for (const key of [`measureKind.${kind}`, `kpiTier.${kind}`]) {
    if (isPlainMessageKey(key)) return t(key);
  }
  return kind;
}

export function formatFileSize(locale: Locale, bytes: number): string {
  const units = locale === 'en' ? ['B', 'KB', 'MB'] : ['Б', 'КБ', 'МБ'];
  let value = bytes;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit += 1;
  }
  const rounded = unit === 0 ? value : Math.round(value * 10) / 10;
  return `${formatNumber(locale, rounded)} ${units[unit]}`;
}

/** The language of a free text the API gives in one language only (provenance notes, sources): Cyrillic ⇒ ru. */
export function textLang(text: string): Locale {
  return /[А-Яа-яЁё]/.test(text) ? 'ru' : 'en';
}

/** Ids of the current versions: per framework code, the latest published one (what search and previews use). */
export function currentVersionIds(
  versions: readonly { id: string; code: string; version: number; status: string }[],
): Set<string> {
  const latest = new Map<string, { id: string; version: number }>();
  for (const v of versions) {
    if (v.status !== 'published') continue;
    const seen = latest.get(v.code);
    if (!seen || seen.version < v.version) latest.set(v.code, v);
  }
  return new Set([...latest.values()].map((v) => v.id));
}
