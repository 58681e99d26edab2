import type { Locale } from '@smartcity/contracts';
import type { DirectionNodeResponse, MeasureResponse } from '@smartcity/contracts';

import { DataTable } from '../../../components/ui/data-table';
import { useLocale, useT } from '../../../i18n/i18n-provider';
import { applicabilityText, titleText } from './catalogue-text';
import { LocalizedTitle } from './localized-title';
import { MeasureKindBadge } from './measure-kind-badge';
import { ProvenanceBadge } from './provenance-badge';

export type MeasureTreeProps = {
  directions: readonly DirectionNodeResponse[];
  /** The language of catalogue content chosen on the page. */
  contentLocale: Locale;
};

/** A standard's directions, each with its measures: number, kind, provenance, due year and who must plan it. */
export function MeasureTree({ directions, contentLocale }: MeasureTreeProps) {
  const t = useT();
  const [locale] = useLocale();
  if (directions.length === 0) return <p className="muted">{t('frameworkPage.noDirections')}</p>;
  return (
    <ol className="direction-list">
      {directions.map((direction) => {
        const headingId = `direction-${direction.id}`;
        const basic = direction.measures.filter((m) => m.kind === 'basic').length;
        return (
          <li key={direction.id} className="direction">
            <section aria-labelledby={headingId}>
              <h3 id={headingId} className="direction__title">
                <span className="direction__code">{direction.code}</span>{' '}
                <LocalizedTitle item={direction} locale={contentLocale} />
              </h3>
              <p className="direction__summary muted">
                {t('frameworkPage.directionSummary', {
                  basic,
                  additional: direction.measures.length - basic,
                })}
              </p>
              <DataTable<MeasureResponse>
                compact
                caption={t('frameworkPage.directionCaption', {
                  direction: titleText(t, contentLocale, direction),
                })}
                empty={t('frameworkPage.noItems')}
                rows={direction.measures}
                rowKey={(measure) => measure.id}
                columns={[
                  {
                    id: 'code',
                    header: t('catalogue.column.code'),
                    className: 'nowrap tabular',
                    cell: (measure) => measure.code,
                  },
                  {
                    id: 'number',
                    header: t('catalogue.column.number'),
                    className: 'nowrap',
                    cell: (measure) => measure.officialNumber ?? t('common.none'),
                  },
                  {
                    id: 'title',
                    header: t('catalogue.column.measure'),
                    rowHeader: true,
                    className: 'cell-title',
                    cell: (measure) => <LocalizedTitle item={measure} locale={contentLocale} />,
                  },
                  {
                    id: 'kind',
                    header: t('catalogue.column.type'),
                    cell: (measure) => <MeasureKindBadge kind={measure.kind} />,
                  },
                  {
                    id: 'provenance',
                    header: t('catalogue.column.provenance'),
                    cell: (measure) => <ProvenanceBadge provenance={measure.provenance} />,
                  },
                  {
                    id: 'deadline',
                    header: t('catalogue.column.deadline'),
                    className: 'nowrap',
                    cell: (measure) =>
                      measure.deadlineYear === null
                        ? t('common.none')
                        : t('catalogue.deadlineYear', { year: measure.deadlineYear }),
                  },
                  {
                    id: 'applicability',
                    header: t('catalogue.column.applicability'),
                    cell: (measure) => applicabilityText(t, locale, measure.kind, measure.applicability),
                  },
                ]}
              />
            </section>
          </li>
        );
      })}
    </ol>
  );
}
