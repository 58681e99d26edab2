import { can } from '@smartcity/domain';

import { ErrorState } from '../../components/ui/error-state';
import { PageHeader } from '../../components/ui/page-header';
import { Spinner } from '../../components/ui/spinner';
import { useOrganizations } from '../../features/organizations/api/get-organizations';
import { OrganizationList } from '../../features/organizations/components/organization-list';
import { useT } from '../../i18n/i18n-provider';
import { useCurrentOrganization } from '../current-organization';

export function OrganizationsRoute() {
  const t = useT();
  const { scope } = useCurrentOrganization();
  const organizations = useOrganizations();

  return (
    <div className="stack">
      <PageHeader title={t('organizations.title')} intro={t('organizations.intro')} />
      {organizations.isPending ? (
        <Spinner block />
      ) : organizations.isError ? (
        <ErrorState error={organizations.error} onRetry={() => void organizations.refetch()} />
      ) : (
        <OrganizationList
          organizations={organizations.data}
          canOpenMembers={(organization) => can(scope, 'members.read', organization)}
        />
      )}
    </div>
  );
}
