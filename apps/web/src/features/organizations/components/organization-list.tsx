import { Link } from 'react-router-dom';
import type { OrganizationResponse } from '@smartcity/contracts';

import { DataTable } from '../../../components/ui/data-table';
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

  return (
    <DataTable
      caption={t('organizations.caption')}
      empty={t('organizations.empty')}
      rows={sorted}
      rowKey={(organization) => organization.id}
      columns={[
        {
          id: 'name',
          header: t('organizations.name'),
          rowHeader: true,
          cell: (organization) => (
            <Link to={`/organizations/${organization.id}`}>{localizedName(locale, organization)}</Link>
          ),
        },
        {
          id: 'kind',
          header: t('organization.kind'),
          cell: (organization) => t(`organizationKind.${organization.kind}`),
        },
        {
          id: 'region',
          header: t('organization.region'),
          cell: (organization) => {
            const region = organization.parentId ? byId.get(organization.parentId) : undefined;
            return region ? localizedName(locale, region) : t('common.none');
          },
        },
        {
          id: 'population',
          header: t('organization.population'),
          className: 'numeric',
          cell: (organization) =>
            organization.population === null
              ? t('common.none')
              : formatNumber(locale, organization.population),
        },
        {
          id: 'actions',
          header: t('members.actions'),
          hideHeader: true,
          cell: (organization) =>
            canOpenMembers(organization) ? (
              <Link
                to={`/organizations/${organization.id}/members`}
                aria-label={t('organizations.membersLinkFor', {
                  organization: quoted(locale, localizedName(locale, organization)),
                })}
              >
                {t('organizations.membersLink')}
              </Link>
            ) : null,
        },
      ]}
    />
  );
}
