import type { Locale } from '@smartcity/contracts';

import { Alert } from '../../components/ui/alert';
import { LanguageSwitch } from '../../components/ui/language-switch';
import { useSession } from '../../features/auth/api/get-session';
import { useUpdateLocale } from '../../features/auth/api/update-locale';
import { useLocale, useT } from '../../i18n/i18n-provider';
import { PREFERENCE_KEYS, writeTabFlag } from '../../lib/storage';

/**
 * Switches the language at once and remembers it: on this device always, and in the profile when signed in
 * (so it follows the user to other devices).
 */
export function LanguageSwitcher() {
  const t = useT();
  const [locale, setLocale] = useLocale();
  const session = useSession();
  const updateLocale = useUpdateLocale();

  const onChange = (next: Locale) => {
    setLocale(next);
    if (session.data) updateLocale.mutate(next);
    else writeTabFlag(PREFERENCE_KEYS.localeChosenSignedOut, true);
  };

  return (
    <div className="language-switcher">
      <LanguageSwitch value={locale} onChange={onChange} />
      {updateLocale.isError ? <Alert tone="error">{t('language.saveFailed')}</Alert> : null}
    </div>
  );
}
