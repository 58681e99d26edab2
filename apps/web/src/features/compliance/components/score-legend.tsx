import { useT } from '../../../i18n/i18n-provider';
import { BAND_FLOORS, SCORE_BANDS } from '../lib/score-scale';
import { scoreColour } from '../lib/score-scale';

/** The colour scale, with each band named in words (colour is never the only signal). */
export function ScoreLegend() {
  const t = useT();
  return (
    <div className="score-legend">
      <span className="score-legend__title">{t('compliance.legend')}</span>
      <ul className="score-legend__list">
        {SCORE_BANDS.map((band) => (
          <li key={band}>
            <span
              className="score-legend__swatch"
              aria-hidden="true"
              style={{ background: scoreColour(band === 'none' ? null : BAND_FLOORS[band]) }}
            />
            {t(`compliance.band.${band}`)}
          </li>
        ))}
      </ul>
    </div>
  );
}
