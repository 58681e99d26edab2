import { Link } from 'react-router-dom';
import type { OrganizationResponse } from '@smartcity/contracts';

import { formatNumber, localizedName, quoted } from '../../../i18n/i18n';
import { useLocale, useT } from '../../../i18n/i18n-provider';

export type OrganizationListProps = {
  organizations: readonly OrganizationResponse[];
  /** Whether to offer the members page of an organization (the caller may read its members). */
  canOpenMembers: (organization: OrganizationResponse) => boolean;
};

const KIND_ORDER = { ministry: 0, region: 1, municipality: 2 } as const;

/** A table of the visible organizations, ministry first, then regions, then municipalities, by name. */
export function OrganizationList({ organizations, canOpenMembers }: OrganizationListProps) {
  const t = useT();
  const [locale] = useLocale();
  const byId = new Map(organizations.map((organization) => [organization.id, organization]));
  const sorted = [...organizations].sort(
    (a, b) =>
      KIND_ORDER[a.kind] - KIND_ORDER[b.kind] ||
      localizedName(locale, a).localeCompare(localizedName(locale, b), locale),
  );

  if (sorted.length === 0) return <p className="muted">{t('organizations.empty')}</p>;

  return (
    <div className="table-wrap">
      <table className="table">
        <caption className="visually-hidden">{t('organizations.caption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('organizations.name')}</th>
            <th scope="col">{t('organization.kind')}</th>
            <th scope="col">{t('organization.region')}</th>
            <th scope="col" className="numeric">
              {t('organization.population')}
            </th>
            <th scope="col">
              <span className="visually-hidden">{t('members.actions')}</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {sorted.map((organization) => {
            const name = localizedName(locale, organization);
            const region = organization.parentId ? byId.get(organization.parentId) : undefined;
            return (
              <tr key={organization.id}>
                <th scope="row">
                  <Link to={`/organizations/${organization.id}`}>{name}</Link>
                </th>
                <td>{t(`organizationKind.${organization.kind}`)}</td>
                <td>{region ? localizedName(locale, region) : t('common.none')}</td>
                <td className="numeric">
                  {organization.population === null
                    ? t('common.none')
                    : formatNumber(locale, organization.population)}
                </td>
                <td>
                  {canOpenMembers(organization) ? (
                    <Link
                      to={`/organizations/${organization.id}/members`}
                      aria-label={t('organizations.membersLinkFor', { organization: quoted(locale, name) })}
                    >
                      {t('organizations.membersLink')}
                    </Link>
                  ) : null}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
