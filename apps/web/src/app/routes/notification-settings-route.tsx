import { PageHeader } from '../../components/ui/page-header';
import { NotificationPreferencesForm } from '../../features/applications/components/notification-preferences-form';
import { useT } from '../../i18n/i18n-provider';

/** Every signed-in user's own settings. */
export function NotificationSettingsRoute() {
  const t = useT();
  return (
    <div className="stack">
      <PageHeader title={t('preferences.title')} intro={t('preferences.intro')} />
      <NotificationPreferencesForm />
    </div>
  );
}
