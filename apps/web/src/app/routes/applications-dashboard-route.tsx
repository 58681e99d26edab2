import { PageHeader } from '../../components/ui/page-header';
import { ApplicationsDashboard } from '../../features/applications/components/applications-dashboard';
import { useT } from '../../i18n/i18n-provider';
import { useCurrentOrganization } from '../current-organization';
import { ForbiddenRoute } from './forbidden-route';

export function ApplicationsDashboardRoute() {
  const t = useT();
  const { hasPermission } = useCurrentOrganization();
  if (!hasPermission('applications.monitor')) return <ForbiddenRoute />;
  return (
    <div className="stack">
      <PageHeader title={t('dashboard.title')} intro={t('dashboard.intro')} />
      <ApplicationsDashboard />
    </div>
  );
}
