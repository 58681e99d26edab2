import { useParams } from 'react-router-dom';

import { ErrorState } from '../../components/ui/error-state';
import { PageHeader } from '../../components/ui/page-header';
import { Spinner } from '../../components/ui/spinner';
import { useMunicipalityApplications } from '../../features/applications/api/applications';
import { ApplicationList } from '../../features/applications/components/application-list';
import { StartApplicationForm } from '../../features/applications/components/start-application-form';
import { useRoadmaps } from '../../features/roadmaps/api/get-roadmaps';
import { localizedName } from '../../i18n/i18n';
import { useLocale, useT } from '../../i18n/i18n-provider';
import { useCurrentOrganization } from '../current-organization';
import { ForbiddenRoute } from './forbidden-route';

/** A municipality's applications; its municipal lead starts new ones from a roadmap here. */
export function ApplicationsRoute() {
  const t = useT();
  const [locale] = useLocale();
  const { orgId = '' } = useParams();
  const { current, workplaces, hasPermission } = useCurrentOrganization();
  const own = current?.organization.id === orgId;
  const canStart = own && hasPermission('applications.submit');
  const applications = useMunicipalityApplications(orgId);
  const roadmaps = useRoadmaps(orgId);
  if (!hasPermission('applications.read')) return <ForbiddenRoute />;
  const organization = workplaces.find((w) => w.organization.id === orgId)?.organization;
  return (
    <div className="stack">
      <PageHeader
        title={
          organization
            ? t('applications.titleFor', { organization: localizedName(locale, organization) })
            : t('applications.title')
        }
        intro={t('applications.intro')}
      />
      {applications.isPending ? (
        <Spinner label={t('common.loading')} block />
      ) : applications.isError ? (
        <ErrorState error={applications.error} onRetry={() => void applications.refetch()} />
      ) : (
        <ApplicationList applications={applications.data.items} />
      )}
      {canStart ? (
        <StartApplicationForm
          organizationId={orgId}
          roadmaps={(roadmaps.data?.items ?? []).map((r) => ({ id: r.id, title: r.title }))}
        />
      ) : null}
    </div>
  );
}
