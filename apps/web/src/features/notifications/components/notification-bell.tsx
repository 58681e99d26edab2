import { Link } from 'react-router-dom';

import { useT } from '../../../i18n/i18n-provider';
import { useNotifications } from '../api/get-notifications';

/** The header's link to the notifications page with the unread count (polled). */
export function NotificationBell() {
  const t = useT();
  const notifications = useNotifications();
  const unread = notifications.data?.unread ?? 0;
  return (
    <Link
      to="/notifications"
      className="bell"
      aria-label={
        unread > 0 ? t('header.notificationsUnread', { count: unread }) : t('header.notificationsLink')
      }
    >
      <svg className="bell__icon" viewBox="0 0 24 24" aria-hidden="true" focusable="false">
        <path
          d="M12 22a2.5 2.5 0 0 0 2.45-2h-4.9A2.5 2.5 0 0 0 12 22zm7-6V11a7 7 0 0 0-5.5-6.84V3.5a1.5 1.5 0 0 0-3 0v.66A7 7 0 0 0 5 11v5l-2 2v1h18v-1z"
          fill="currentColor"
        />
      </svg>
      <span className="bell__label">{t('header.notificationsLink')}</span>
      {unread > 0 ? (
        <span className="bell__count" aria-hidden="true">
          {unread}
        </span>
      ) : null}
    </Link>
  );
}
