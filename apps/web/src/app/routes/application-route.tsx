import { useParams } from 'react-router-dom';

import { applicationsHref } from '../../features/applications/components/application-links';
import { ApplicationPage } from '../../features/applications/components/application-page';
import { useCurrentOrganization } from '../current-organization';
import { ForbiddenRoute } from './forbidden-route';

/** One application, for its municipality, its reviewers and the ministry (the API scopes what each may read). */
export function ApplicationRoute() {
  const { orgId = '', applicationId = '' } = useParams();
  const { current, hasPermission } = useCurrentOrganization();
  if (!hasPermission('applications.read')) return <ForbiddenRoute />;
  const own = current?.organization.id === orgId;
  const manage =
    hasPermission('applications.manage') && current?.organization.kind === 'ministry'
      ? { ministryId: current.organization.id }
      : null;
  return (
    <ApplicationPage
      key={applicationId}
      organizationId={orgId}
      applicationId={applicationId}
      backHref={own ? applicationsHref(orgId) : '/reviews'}
      manage={manage}
    />
  );
}
