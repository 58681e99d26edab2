import { useParams } from 'react-router-dom';

import { PageHeader } from '../../components/ui/page-header';
import { MembersAdmin } from '../../features/members/components/members-admin';
import { useOrganization } from '../../features/organizations/api/get-organization';
import { localizedName } from '../../i18n/i18n';
import { useLocale, useT } from '../../i18n/i18n-provider';

export function MembersRoute() {
  const t = useT();
  const [locale] = useLocale();
  const { orgId = '' } = useParams();
  const organization = useOrganization(orgId);
  const name = organization.data ? localizedName(locale, organization.data) : null;

  return (
    <div className="stack">
      <PageHeader title={name ? t('members.titleFor', { organization: name }) : t('members.title')} />
      <MembersAdmin key={orgId} organizationId={orgId} organizationName={name ?? ''} />
    </div>
  );
}
