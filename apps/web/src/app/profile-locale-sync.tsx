import { useEffect, useRef } from 'react';

import { useSession } from '../features/auth/api/get-session';
import { useUpdateLocale } from '../features/auth/api/update-locale';
import { useLocale } from '../i18n/i18n-provider';
import { PREFERENCE_KEYS, readTabFlag, writeTabFlag } from '../lib/storage';

/**
 * When a user signs in (or a page loads with a session), the interface switches to the language saved in their
 * profile — unless they picked a language on the sign-in page just before: that choice is saved to the profile
 * instead. Only on a change of user: later refetches of the session must not undo a switch made meanwhile.
 */
export function ProfileLocaleSync() {
  const session = useSession();
  const [locale, setLocale] = useLocale();
  const { mutate: saveLocale } = useUpdateLocale();
  const appliedForUser = useRef<string | null>(null);
  const user = session.data?.user ?? null;

  useEffect(() => {
    if (!user) {
      appliedForUser.current = null;
      return;
    }
    if (appliedForUser.current === user.id) return;
    appliedForUser.current = user.id;
    if (readTabFlag(PREFERENCE_KEYS.localeChosenSignedOut)) {
      writeTabFlag(PREFERENCE_KEYS.localeChosenSignedOut, false);
      if (locale !== user.locale) saveLocale(locale);
      return;
    }
    setLocale(user.locale);
  }, [user, locale, setLocale, saveLocale]);

  return null;
}
