import type { OrganizationResponse } from '@smartcity/contracts';

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
      <dl className="facts">
        <div className="facts__row">
          <dt>{t('organization.kind')}</dt>
          <dd>{t(`organizationKind.${organization.kind}`)}</dd>
        </div>
        {organization.parent ? (
          <div className="facts__row">
            <dt>{t('organization.region')}</dt>
            <dd>{localizedName(locale, organization.parent)}</dd>
          </div>
        ) : null}
        {isMunicipality || organization.population !== null ? (
          <div className="facts__row">
            <dt>{t('organization.population')}</dt>
            <dd>
              {organization.population === null
                ? t('common.none')
                : t('organization.populationValue', { count: formatNumber(locale, organization.population) })}
            </dd>
          </div>
        ) : null}
        {isMunicipality || organization.populationGroup !== null ? (
          <div className="facts__row">
            <dt>{t('organization.populationGroup')}</dt>
            <dd>
              {organization.populationGroup === null
                ? t('common.none')
                : t(`populationGroup.${organization.populationGroup}`)}
            </dd>
          </div>
        ) : null}
        {isMunicipality || organization.oktmo !== null ? (
          <div className="facts__row">
            <dt>{t('organization.oktmo')}</dt>
            <dd className="tabular">{organization.oktmo ?? t('common.none')}</dd>
          </div>
        ) : null}
        {isMunicipality ? (
          <div className="facts__row">
            <dt>{t('organization.regionalCapital')}</dt>
            <dd>{organization.isRegionalCapital ? t('common.yes') : t('common.no')}</dd>
          </div>
        ) : null}
      </dl>
    </section>
  );
}
