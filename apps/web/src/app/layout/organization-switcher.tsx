import { SelectField } from '../../components/ui/select-field';
import { localizedName } from '../../i18n/i18n';
import { useLocale, useT } from '../../i18n/i18n-provider';
import { useCurrentOrganization } from '../current-organization';

/** A labelled <select> of the user's memberships (one option per organization, with the roles held there). */
export function OrganizationSwitcher() {
  const t = useT();
  const [locale] = useLocale();
  const { workplaces, current, selectOrganization } = useCurrentOrganization();

  if (workplaces.length === 0) {
    return <p className="org-switcher org-switcher--empty">{t('header.noOrganizations')}</p>;
  }
  return (
    <SelectField
      className="org-switcher"
      label={t('header.organization')}
      value={current?.organization.id ?? ''}
      onChange={(event) => selectOrganization(event.target.value)}
      options={workplaces.map((workplace) => ({
        value: workplace.organization.id,
        label: t('header.membershipOption', {
          organization: localizedName(locale, workplace.organization),
          roles: workplace.roles.map((role) => t(`role.${role}`)).join(', '),
        }),
      }))}
    />
  );
}
