import type { Locale } from '@smartcity/contracts';

import { en } from './en';
import { ru } from './ru';

export type MessageKey = keyof typeof ru;

/** A dictionary has exactly the keys of the Russian one (the default language). */
export type Dictionary = { readonly [K in MessageKey]: string };

/** `'{name} and {count}'` → `'name' | 'count'`. */
type Placeholders<S extends string> = S extends `${string}{${infer P}}${infer Rest}`
  ? P | Placeholders<Rest>
  : never;

export type MessageParams<K extends MessageKey> = Placeholders<(typeof ru)[K]>;
export type ParamValue = string | number;

/** A message without placeholders takes no params; one with placeholders requires every one of them. */
export type TranslateArgs<K extends MessageKey> = [MessageParams<K>] extends [never]
  ? []
  : [params: Record<MessageParams<K>, ParamValue>];

/** Keys whose message takes no params: safe to build from data (`role.${role}`) and pass without params. */
export type PlainMessageKey = {
  [K in MessageKey]: [MessageParams<K>] extends [never] ? K : never;
}[MessageKey];

export type Translate = <K extends MessageKey>(key: K, ...args: TranslateArgs<K>) => string;

export const SUPPORTED_LOCALES = ['ru', 'en'] as const satisfies readonly Locale[];
export const DEFAULT_LOCALE: Locale = 'ru';

export const DICTIONARIES: Record<Locale, Dictionary> = { ru, en };

export function isLocale(value: unknown): value is Locale {
  return typeof value === 'string' && (SUPPORTED_LOCALES as readonly string[]).includes(value);
}

/** Replaces `{name}` with `params.name`; a placeholder without a value is left as is, so gaps stay visible. */
export function interpolate(template: string, params: Readonly<Record<string, ParamValue>> = {}): string {
  return template.replace(/\{([a-zA-Z0-9_]+)\}/g, (match, name: string) =>
    Object.prototype.hasOwnProperty.call(params, name) ? String(params[name]) : match,
  );
}

export function createTranslate(locale: Locale): Translate {
  const dictionary = DICTIONARIES[locale];
  return (key, ...args) => interpolate(dictionary[key], args[0]);
}

/** Whether a string is a known message key (for keys built from server data, such as unknown future kinds). */
export function isMessageKey(key: string): key is MessageKey {
  return Object.prototype.hasOwnProperty.call(ru, key);
}

/** A known key whose message has no placeholders. */
export function isPlainMessageKey(key: string): key is PlainMessageKey {
  return isMessageKey(key) && !/\{[a-zA-Z0-9_]+\}/.test(ru[key]);
}

const INTL_LOCALES: Record<Locale, string> = { ru: 'ru-RU', en: 'en-GB' };

export function formatDate(locale: Locale, iso: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return new Intl.DateTimeFormat(INTL_LOCALES[locale], {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
  }).format(date);
}

export function formatDateTime(locale: Locale, iso: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return new Intl.DateTimeFormat(INTL_LOCALES[locale], {
    day: 'numeric',
    month: 'short',
    year: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
  }).format(date);
}

export function formatNumber(locale: Locale, value: number): string {
  return new Intl.NumberFormat(INTL_LOCALES[locale]).format(value);
}

/** Picks the name in the interface language from a `nameRu`/`nameEn` pair. */
export function localizedName(locale: Locale, names: { nameRu: string; nameEn: string }): string {
  return locale === 'en' ? names.nameEn : names.nameRu;
}

/**
 * A name in quotation marks of the language: «…» in Russian, with quotes inside the name turned into „…“
 * («Городской округ „Город Обнинск“»); “…” in English.
 */
export function quoted(locale: Locale, text: string): string {
  if (locale === 'en') return `“${text}”`;
  return `«${text.replace(/«/g, '„').replace(/»/g, '“')}»`;
}
