import { createContext, useCallback, useContext, useEffect, useMemo, useState } from 'react';
import type { ReactNode } from 'react';
import type { Locale } from '@smartcity/contracts';

import { PREFERENCE_KEYS, readPreference, writePreference } from '../lib/storage';
import type { Translate } from './i18n';
import { createTranslate, DEFAULT_LOCALE, isLocale } from './i18n';

type I18nContextValue = {
  locale: Locale;
  t: Translate;
  /** Switches the interface language and remembers it on this device. */
  setLocale: (locale: Locale) => void;
};

const I18nContext = createContext<I18nContextValue | null>(null);

export function initialLocale(): Locale {
  const stored = readPreference(PREFERENCE_KEYS.locale);
  return isLocale(stored) ? stored : DEFAULT_LOCALE;
}

export type I18nProviderProps = { children: ReactNode };

export function I18nProvider({ children }: I18nProviderProps) {
  const [locale, setLocaleState] = useState<Locale>(initialLocale);

  const setLocale = useCallback((next: Locale) => {
    setLocaleState(next);
    writePreference(PREFERENCE_KEYS.locale, next);
  }, []);

  const t = useMemo(() => createTranslate(locale), [locale]);

  useEffect(() => {
    document.documentElement.lang = locale;
    document.title = t('app.title');
  }, [locale, t]);

  const value = useMemo(() => ({ locale, t, setLocale }), [locale, t, setLocale]);
  return <I18nContext.Provider value={value}>{children}</I18nContext.Provider>;
}

function useI18nContext(): I18nContextValue {
  const context = useContext(I18nContext);
  if (!context) throw new Error('useT() must be used inside <I18nProvider>');
  return context;
}

/** The translate function of the current interface language. */
export function useT(): Translate {
  return useI18nContext().t;
}

export function useLocale(): [Locale, (locale: Locale) => void] {
  const { locale, setLocale } = useI18nContext();
  return [locale, setLocale];
}
