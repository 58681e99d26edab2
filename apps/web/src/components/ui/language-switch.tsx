import type { Locale } from '@smartcity/contracts';

import { SUPPORTED_LOCALES } from '../../i18n/i18n';
import { useT } from '../../i18n/i18n-provider';

export type LanguageSwitchProps = {
  value: Locale;
  onChange: (locale: Locale) => void;
  disabled?: boolean;
};

/** Two toggle buttons, each naming its language in that language (and marked with its `lang`). */
export function LanguageSwitch({ value, onChange, disabled = false }: LanguageSwitchProps) {
  const t = useT();
  return (
    <div className="language-switch" role="group" aria-label={t('language.label')}>
      {SUPPORTED_LOCALES.map((locale) => (
        <button
          key={locale}
          type="button"
          lang={locale}
          className="language-switch__option"
          aria-pressed={value === locale}
          disabled={disabled}
          onClick={() => {
            if (locale !== value) onChange(locale);
          }}
        >
          {t(`language.${locale}`)}
        </button>
      ))}
    </div>
  );
}
