import { Link, useParams } from 'react-router-dom';
import { can } from '@smartcity/domain';

import { ErrorState } from '../../components/ui/error-state';
import { Spinner } from '../../components/ui/spinner';
import { useOrganization } from '../../features/organizations/api/get-organization';
import { OrganizationCard } from '../../features/organizations/components/organization-card';
import { localizedName } from '../../i18n/i18n';
import { useLocale, useT } from '../../i18n/i18n-provider';
import { useCurrentOrganization } from '../current-organization';

export function OrganizationRoute() {
  const t = useT();
  const [locale] = useLocale();
  const { orgId = '' } = useParams();
  const { scope } = useCurrentOrganization();
  const organization = useOrganization(orgId);

  if (organization.isPending) return <Spinner block />;
  if (organization.isError) {
    return (
      <div className="stack">
        <h1>{t('organizations.title')}</h1>
        <ErrorState error={organization.error} onRetry={() => void organization.refetch()} />
      </div>
    );
  }

  return (
    <div className="stack">
      <h1 className="visually-hidden">{localizedName(locale, organization.data)}</h1>
      <OrganizationCard organization={organization.data} />
      {can(scope, 'members.read', organization.data) ? (
        <p>
          <Link className="button button--secondary" to={`/organizations/${organization.data.id}/members`}>
            {t('organizationPage.membersLink')}
          </Link>
        </p>
      ) : null}
    </div>
  );
}
