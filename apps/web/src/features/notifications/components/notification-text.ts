import type { Locale, NotificationParams, NotificationResponse } from '@smartcity/contracts';
import { ROLES } from '@smartcity/domain';
import type { Role } from '@smartcity/domain';

import { quoted } from '../../../i18n/i18n';
import type { Translate } from '../../../i18n/i18n';

function isRole(value: string | undefined): value is Role {
  return value !== undefined && (ROLES as readonly string[]).includes(value);
}

/** The sentence for a notification in the interface language, from its `kind` and `params`. */
export function notificationText(t: Translate, locale: Locale, notification: NotificationResponse): string {
  switch (notification.kind) {
    case 'invitation-accepted': {
      // Stored params of older rows may miss a field: read them defensively.
      const p = notification.params as Partial<NotificationParams['invitation-accepted']>;
      return t('notification.invitation-accepted', {
        invitee: p.invitee ?? p.email ?? '',
        email: p.email ?? '',
        organization: quoted(
          locale,
          (locale === 'en' ? p.organizationEn : p.organizationRu) ?? p.organizationRu ?? '',
        ),
        role: isRole(p.role) ? t(`role.${p.role}`) : (p.role ?? ''),
      });
    }
    case 'roadmap-mention': {
      const p = notification.params as Partial<NotificationParams['roadmap-mention']>;
      const roadmap = quoted(locale, p.roadmapTitle ?? '');
      return p.itemTitle
        ? t('notification.roadmap-mention-item', {
            author: p.author ?? '',
            roadmap,
            item: quoted(locale, p.itemTitle),
            excerpt: p.excerpt ?? '',
          })
        : t('notification.roadmap-mention', { author: p.author ?? '', roadmap, excerpt: p.excerpt ?? '' });
    }
    default:
      // A kind added by a newer API than this bundle knows.
      return t('notification.unknown');
  }
}
