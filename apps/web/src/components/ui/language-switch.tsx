import type { Locale } from '@smartcity/contracts';

import { SUPPORTED_LOCALES } from '../../i18n/i18n';
import { useT } from '../../i18n/i18n-provider';

export type LanguageSwitchProps = {
  value: Locale;
  onChange: (locale: Locale) => void;
  disabled?: boolean;
  /** The group's accessible name; defaults to "Interface language". */
  label?: string;
  /** `light` for use on a light background (inside a page rather than the header). */
  tone?: 'dark' | 'light';
};

/** Two toggle buttons, each naming its language in that language (and marked with its `lang`). */
export function LanguageSwitch({
  value,
  onChange,
  disabled = false,
  label,
  tone = 'dark',
}: LanguageSwitchProps) {
  const t = useT();
  return (
    <div
      className={tone === 'light' ? 'language-switch language-switch--light' : 'language-switch'}
      role="group"
      aria-label={label ?? t('language.label')}
    >
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
