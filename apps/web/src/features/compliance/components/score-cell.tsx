import { useT } from '../../../i18n/i18n-provider';
import { scoreBand, scoreColour } from '../lib/score-scale';

export type ScoreCellProps = {
  /** 0–100, or null (nothing to assess). */
  score: number | null;
  /** Printed as a percentage (coverage shares) rather than a bare score. */
  asPercent?: boolean;
  /** What the cell is, for its tooltip (e.g. "Direction, Score"). */
  label?: string;
  /** A second, smaller line under the value (e.g. "1 of 2"). */
  detail?: string;
};

/** A heatmap cell: coloured by the score scale and always printing its value; the band is in the title. */
export function ScoreCell({ score, asPercent = false, label, detail }: ScoreCellProps) {
  const t = useT();
  const band = scoreBand(score);
  const value =
    score === null
      ? t('compliance.noValue')
      : asPercent
        ? t('compliance.percent', { value: score })
        : String(score);
  return (
    <td
      className={`heat-cell heat-cell--${band} numeric`}
      style={{ background: scoreColour(score) }}
      title={label ? t('compliance.heatmap.cell', { label, value }) : undefined}
    >
      {value}
      <span className="visually-hidden"> ({t(`compliance.band.${band}`)})</span>
      {detail ? <span className="heat-cell__detail">{detail}</span> : null}
    </td>
  );
}
