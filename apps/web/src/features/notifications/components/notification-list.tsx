import { Link } from 'react-router-dom';
import type { NotificationResponse } from '@smartcity/contracts';

import { ErrorState } from '../../../components/ui/error-state';
import { Spinner } from '../../../components/ui/spinner';
import { Toolbar } from '../../../components/ui/toolbar';
import { formatDateTime } from '../../../i18n/i18n';
import { useLocale, useT } from '../../../i18n/i18n-provider';
import { useNotifications } from '../api/get-notifications';
import { useMarkNotificationRead } from '../api/mark-notification-read';
import { notificationText } from './notification-text';

/** Links are stored as app paths (`/organizations/…`); anything else is not followed in-app. */
function internalPath(link: string | null): string | null {
  return link && link.startsWith('/') && !link.startsWith('//') ? link : null;
}

export function NotificationList() {
  const t = useT();
  const [locale] = useLocale();
  const notifications = useNotifications();
  const markRead = useMarkNotificationRead();

  if (notifications.isPending) return <Spinner block />;
  if (notifications.isError)
    return <ErrorState error={notifications.error} onRetry={() => void notifications.refetch()} />;

  const { items, unread } = notifications.data;
  const markIfUnread = (item: NotificationResponse) => {
    if (item.readAt === null) markRead.mutate(item.id);
  };

  return (
    <div className="stack">
      <Toolbar
        summary={t('notifications.unreadSummary', { count: unread })}
        refresh={{
          label: t('notifications.refresh'),
          onRefresh: () => void notifications.refetch(),
          busy: notifications.isFetching,
        }}
      />
      {items.length === 0 ? (
        <p className="muted">{t('notifications.empty')}</p>
      ) : (
        <ul className="notification-list">
          {items.map((item) => {
            const path = internalPath(item.link);
            const isUnread = item.readAt === null;
            return (
              <li key={item.id} className={isUnread ? 'notification notification--unread' : 'notification'}>
                <div className="notification__body">
                  {isUnread ? <span className="badge">{t('notifications.unread')}</span> : null}
                  <p className="notification__text">{notificationText(t, locale, item)}</p>
                  <p className="notification__time">
                    <time dateTime={item.createdAt}>{formatDateTime(locale, item.createdAt)}</time>
                  </p>
                </div>
                <div className="notification__actions">
                  {path ? (
                    <Link
                      className="button button--secondary button--small"
                      to={path}
                      onClick={() => markIfUnread(item)}
                    >
                      {t('notifications.open')}
                    </Link>
                  ) : null}
                  {isUnread ? (
                    <button
                      type="button"
                      className="button button--link button--small"
                      onClick={() => markIfUnread(item)}
                    >
                      {t('notifications.markRead')}
                    </button>
                  ) : null}
                </div>
              </li>
            );
          })}
        </ul>
      )}
    </div>
  );
}
