import { useParams } from 'react-router-dom';

import { PageHeader } from '../../components/ui/page-header';
import { CreateRoadmapForm } from '../../features/roadmaps/components/create-roadmap-form';
import { RoadmapList } from '../../features/roadmaps/components/roadmap-list';
import { localizedName } from '../../i18n/i18n';
import { useLocale, useT } from '../../i18n/i18n-provider';
import { useCurrentOrganization } from '../current-organization';
import { useRoadmapAccess } from './roadmap-access';

export function RoadmapsRoute() {
  const t = useT();
  const [locale] = useLocale();
  const { orgId = '' } = useParams();
  const { workplaces } = useCurrentOrganization();
  const access = useRoadmapAccess(orgId);
  const organization = workplaces.find((w) => w.organization.id === orgId)?.organization;
  const name = organization ? localizedName(locale, organization) : null;

  return (
    <div className="stack">
      <PageHeader
        title={name ? t('roadmaps.list.titleFor', { organization: name }) : t('roadmaps.list.title')}
        intro={t('roadmaps.list.intro')}
      />
      <RoadmapList key={orgId} organizationId={orgId} />
      {access.canEdit ? (
        <CreateRoadmapForm
          organizationId={orgId}
          defaultTitle={name ? t('roadmaps.create.defaultTitle', { organization: name }) : ''}
        />
      ) : null}
    </div>
  );
}
