import type { Locale, NotificationResponse } from '@smartcity/contracts';
import { ROLES } from '@smartcity/domain';
import type { Role } from '@smartcity/domain';

import { quoted } from '../../../i18n/i18n';
import type { Translate } from '../../../i18n/i18n';

function isRole(value: string | undefined): value is Role {
  return value !== undefined && (ROLES as readonly string[]).includes(value);
}

/** The sentence for a notification in the interface language, from its `kind` and `params`. */
export function notificationText(t: Translate, locale: Locale, notification: NotificationResponse): string {
  const p = notification.params;
  switch (notification.kind) {
    case 'invitation-accepted':
      return t('notification.invitation-accepted', {
        invitee: p.invitee ?? p.email ?? '',
        email: p.email ?? '',
        organization: quoted(
          locale,
          (locale === 'en' ? p.organizationEn : p.organizationRu) ?? p.organizationRu ?? '',
        ),
        role: isRole(p.role) ? t(`role.${p.role}`) : (p.role ?? ''),
      });
    default:
      // A kind added by a newer API than this bundle knows.
      return t('notification.unknown');
  }
}
