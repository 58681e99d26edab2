import { PageHeader } from '../../components/ui/page-header';
import { SlaBoard } from '../../features/applications/components/sla-board';
import { useT } from '../../i18n/i18n-provider';
import { useCurrentOrganization } from '../current-organization';
import { ForbiddenRoute } from './forbidden-route';

export function SlaBoardRoute() {
  const t = useT();
  const { hasPermission } = useCurrentOrganization();
  if (!hasPermission('applications.monitor')) return <ForbiddenRoute />;
  return (
    <div className="stack">
      <PageHeader title={t('sla.title')} intro={t('sla.intro')} />
      <SlaBoard />
    </div>
  );
}
