import { Link } from 'react-router-dom';
import type { FrameworkResponse } from '@smartcity/contracts';

import { Facts } from '../../../components/ui/facts';
import { formatDateTime } from '../../../i18n/i18n';
import { useLocale, useT } from '../../../i18n/i18n-provider';
import { FrameworkStatusBadge } from './framework-status-badge';

export type FrameworkFactsProps = {
  framework: FrameworkResponse;
  /** The version this one was copied from, when known (for its number). */
  basedOn: FrameworkResponse | null;
};

/** A version's passport (code, edition and number are in the page's subtitle): kind, status with dates, origin, contents. */
export function FrameworkFacts({ framework, basedOn }: FrameworkFactsProps) {
  const t = useT();
  const [locale] = useLocale();
  return (
    <Facts
      compact
      items={[
        { label: t('catalogue.column.kind'), value: t(`frameworkKind.${framework.kind}`) },
        { label: t('catalogue.column.status'), value: <FrameworkStatusBadge status={framework.status} /> },
        framework.publishedAt !== null && {
          label: t('frameworkPage.publishedAt'),
          value: formatDateTime(locale, framework.publishedAt),
        },
        framework.retiredAt !== null && {
          label: t('frameworkPage.retiredAt'),
          value: formatDateTime(locale, framework.retiredAt),
        },
        framework.status === 'draft' && {
          label: t('frameworkPage.updatedAt'),
          value: formatDateTime(locale, framework.updatedAt),
        },
        framework.basedOnId !== null && {
          label: t('frameworkPage.basedOn'),
          value: (
            <Link to={`/catalogue/frameworks/${framework.basedOnId}`}>
              {basedOn ? t('catalogue.versionLabel', { version: basedOn.version }) : framework.basedOnId}
            </Link>
          ),
        },
        {
          label: t('frameworkPage.counts'),
          value:
            framework.kind === 'measures'
              ? t('frameworkPage.countsMeasures', {
                  directions: framework.counts.directions,
                  items: framework.counts.measures,
                })
              : t('frameworkPage.countsKpis', {
                  directions: framework.counts.directions,
                  items: framework.counts.kpis,
                }),
        },
      ]}
    />
  );
}
