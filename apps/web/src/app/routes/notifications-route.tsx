import { PageHeader } from '../../components/ui/page-header';
import { NotificationList } from '../../features/notifications/components/notification-list';
import { useT } from '../../i18n/i18n-provider';

export function NotificationsRoute() {
  const t = useT();
  return (
    <div className="stack">
      <PageHeader title={t('notifications.title')} />
      <NotificationList />
    </div>
  );
}
