import { Link } from 'react-router-dom';

import { ErrorState } from '../../components/ui/error-state';
import { PageHeader } from '../../components/ui/page-header';
import { Spinner } from '../../components/ui/spinner';
import { useOrganization } from '../../features/organizations/api/get-organization';
import { OrganizationCard } from '../../features/organizations/components/organization-card';
import { localizedName } from '../../i18n/i18n';
import { useLocale, useT } from '../../i18n/i18n-provider';
import { useCurrentOrganization } from '../current-organization';

export function HomeRoute() {
  const t = useT();
  const [locale] = useLocale();
  const { session, current, hasPermission } = useCurrentOrganization();
  const organization = useOrganization(current?.organization.id ?? null);

  return (
    <div className="stack stack--large">
      <PageHeader
        title={t('home.welcome', { name: session.user.displayName })}
        intro={
          current
            ? t('home.currentRole', {
                organization: localizedName(locale, current.organization),
                roles: current.roles.map((role) => t(`role.${role}`)).join(', '),
              })
            : t('home.noMemberships')
        }
      />
      {current ? (
        <div className="dashboard">
          <div className="dashboard__main">
            <h2 className="visually-hidden">{t('home.organizationHeading')}</h2>
            {organization.isPending ? (
              <Spinner block />
            ) : organization.isError ? (
              <ErrorState error={organization.error} onRetry={() => void organization.refetch()} />
            ) : (
              <OrganizationCard organization={organization.data} />
            )}
          </div>
          <aside className="dashboard__side panel" aria-labelledby="quick-links">
            <h2 id="quick-links" className="section-title">
              {t('home.quickLinks')}
            </h2>
            <ul className="link-list">
              {hasPermission('members.read') ? (
                <li>
                  <Link to={`/organizations/${current.organization.id}/members`}>{t('nav.members')}</Link>
                </li>
              ) : null}
              {hasPermission('organizations.read') ? (
                <li>
                  <Link to="/organizations">{t('nav.organizations')}</Link>
                </li>
              ) : null}
              {hasPermission('catalogue.read') ? (
                <li>
                  <Link to="/catalogue">{t('nav.catalogue')}</Link>
                </li>
              ) : null}
              <li>
                <Link to="/notifications">{t('nav.notifications')}</Link>
              </li>
            </ul>
          </aside>
        </div>
      ) : null}
    </div>
  );
}
