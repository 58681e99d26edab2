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
                    detail={
                      direction.basicMeasures > 0
                        ? t('compliance.heatmap.measuresValue', {
                            covered: direction.coveredBasicMeasures,
                            total: direction.basicMeasures,
                          })
                        : undefined
                    }
                  />
                  <ScoreCell
                    score={shareToScore(direction.qualityRatio)}
                    asPercent
                    label={`${title}, ${t('compliance.heatmap.quality')}`}
                    detail={
                      direction.activeItems > 0
                        ? t('compliance.heatmap.itemsValue', {
                            clean: direction.cleanItems,
                            total: direction.activeItems,
                          })
                        : undefined
                    }
                  />
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
