import type { OrganizationResponse } from '@smartcity/contracts';

import { Facts } from '../../../components/ui/facts';
import { formatNumber, localizedName } from '../../../i18n/i18n';
import { useLocale, useT } from '../../../i18n/i18n-provider';

export type OrganizationCardProps = {
  organization: OrganizationResponse;
  headingLevel?: 2 | 3;
};

/** The organization's passport: kind, region, population and its group, OKTMO, regional-capital flag. */
export function OrganizationCard({ organization, headingLevel = 2 }: OrganizationCardProps) {
  const t = useT();
  const [locale] = useLocale();
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  const isMunicipality = organization.kind === 'municipality';

  return (
    <section className="card" aria-labelledby={`organization-${organization.id}`}>
      <Heading className="card__title" id={`organization-${organization.id}`}>
        {localizedName(locale, organization)}
      </Heading>
      <Facts
        items={[
          { label: t('organization.kind'), value: t(`organizationKind.${organization.kind}`) },
          organization.parent && {
            label: t('organization.region'),
            value: localizedName(locale, organization.parent),
          },
          (isMunicipality || organization.population !== null) && {
            label: t('organization.population'),
            value:
              organization.population === null
                ? t('common.none')
                : t('organization.populationValue', { count: formatNumber(locale, organization.population) }),
          },
          (isMunicipality || organization.populationGroup !== null) && {
            label: t('organization.populationGroup'),
            value:
              organization.populationGroup === null
                ? t('common.none')
                : t(`populationGroup.${organization.populationGroup}`),
          },
          (isMunicipality || organization.oktmo !== null) && {
            label: t('organization.oktmo'),
            value: organization.oktmo ?? t('common.none'),
            valueClassName: 'tabular',
          },
          isMunicipality && {
            label: t('organization.regionalCapital'),
            value: organization.isRegionalCapital ? t('common.yes') : t('common.no'),
          },
        ]}
      />
    </section>
  );
}
