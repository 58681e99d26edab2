import { PageHeader } from '../../components/ui/page-header';
import { CampaignsManager } from '../../features/applications/components/campaign-list';
import { useT } from '../../i18n/i18n-provider';
import { useCurrentOrganization } from '../current-organization';
import { ForbiddenRoute } from './forbidden-route';

/** Pilot campaigns: everyone who may read them sees the list; programme coordinators create, edit and open them. */
export function CampaignsRoute() {
  const t = useT();
  const { hasPermission } = useCurrentOrganization();
  if (!hasPermission('campaigns.read')) return <ForbiddenRoute />;
  return (
    <div className="stack">
      <PageHeader title={t('campaigns.title')} intro={t('campaigns.intro')} />
      <CampaignsManager
        canManage={hasPermission('campaigns.manage')}
        today={new Date().toISOString().slice(0, 10)}
      />
    </div>
  );
}
