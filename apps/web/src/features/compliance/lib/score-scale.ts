/**
 * The colour scale of scores and coverage shares (heatmaps, charts). Colour is never the only signal: every cell
 * also prints its value, and each band has a name for the legend and for screen readers.
 *
 * Bands follow the programme's KPI fulfilment bands (DESIGN §4): 95–100, 66–94, 33–65, under 33, and "no value".
 */
export type ScoreBand = 'excellent' | 'good' | 'fair' | 'poor' | 'none';

export const SCORE_BANDS: readonly ScoreBand[] = ['excellent', 'good', 'fair', 'poor', 'none'];

/** Lower bound (inclusive) of each band with a value, best first. */
export const BAND_FLOORS: Readonly<Record<Exclude<ScoreBand, 'none'>, number>> = {
  excellent: 95,
  good: 66,
  fair: 33,
  poor: 0,
};

/** The band of a 0–100 score; null (nothing to assess) is `none`. Out-of-range values are clamped. */
export function scoreBand(score: number | null): ScoreBand {
  if (score === null || Number.isNaN(score)) return 'none';
  const value = clampScore(score);
  if (value >= BAND_FLOORS.excellent) return 'excellent';
  if (value >= BAND_FLOORS.good) return 'good';
  if (value >= BAND_FLOORS.fair) return 'fair';
  return 'poor';
}

/** A share 0–1 (coverage) as a score 0–100, rounded; null stays null. */
export function shareToScore(share: number | null): number | null {
  return share === null ? null : Math.round(clampScore(share * 100));
}

function clampScore(score: number): number {
  return Math.max(0, Math.min(100, score));
}

/**
 * A continuous fill for a score: hue from red (0) through amber to green (100) at a lightness that keeps dark text
 * readable (contrast ≥ 4.5:1 with #1a1a1a); grey for no value.
 */
export function scoreColour(score: number | null): string {
  if (score === null || Number.isNaN(score)) return 'hsl(0, 0%, 90%)';
  const hue = Math.round((clampScore(score) / 100) * 120);
  return `hsl(${hue}, 70%, 78%)`;
}
