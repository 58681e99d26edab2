import type { DirectionCompliance } from '@smartcity/domain';

import { useLocale, useT } from '../../../i18n/i18n-provider';
import { shareToScore } from '../lib/score-scale';
import { ScoreCell } from './score-cell';
import { ScoreLegend } from './score-legend';

export type DirectionHeatmapProps = { directions: readonly DirectionCompliance[] };

/** Directions × score / coverage / quality, each cell coloured by the score scale and printing its value. */
export function DirectionHeatmap({ directions }: DirectionHeatmapProps) {
  const t = useT();
  const [locale] = useLocale();
  const titleOf = (direction: DirectionCompliance) =>
    (locale === 'ru' ? (direction.titleRu ?? direction.titleEn) : (direction.titleEn ?? direction.titleRu)) ??
    direction.directionCode;
  return (
    <div className="stack stack--tight">
      <div className="table-wrap">
        <table className="table table--compact heatmap">
          <caption className="table__caption">{t('compliance.heatmap.caption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('compliance.heatmap.direction')}</th>
              <th scope="col" className="numeric">
                {t('compliance.heatmap.score')}
              </th>
              <th scope="col" className="numeric">
                {t('compliance.heatmap.coverage')}
              </th>
              <th scope="col" className="numeric">
                {t('compliance.heatmap.quality')}
              </th>
              <th scope="col" className="numeric">
                {t('compliance.heatmap.measures')}
              </th>
              <th scope="col" className="numeric">
                {t('compliance.heatmap.items')}
              </th>
            </tr>
          </thead>
          <tbody>
            {directions.map((direction) => {
              const title = titleOf(direction);
              return (
                <tr key={direction.directionCode}>
                  <th scope="row">{title}</th>
                  <ScoreCell score={direction.score} label={`${title}, ${t('compliance.heatmap.score')}`} />
                  <ScoreCell
                    score={shareToScore(direction.coverageRatio)}
                    asPercent
                    label={`${title}, ${t('compliance.heatmap.coverage')}`}
                  />
                  <ScoreCell
                    score={shareToScore(direction.qualityRatio)}
                    asPercent
                    label={`${title}, ${t('compliance.heatmap.quality')}`}
                  />
                  <td className="numeric nowrap">
                    {t('compliance.heatmap.measuresValue', {
                      covered: direction.coveredBasicMeasures,
                      total: direction.basicMeasures,
                    })}
                  </td>
                  <td className="numeric nowrap">
                    {t('compliance.heatmap.itemsValue', {
                      clean: direction.cleanItems,
                      total: direction.activeItems,
                    })}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
      <ScoreLegend />
    </div>
  );
}
