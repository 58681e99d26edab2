/**
 * The scoring formula, shared by the whole roadmap and each direction (docs/compliance-rules.md § Score):
 *
 *   coverage C = covered basic measures / basic measures in scope      (null when none is in scope)
 *   quality  Q = clean active items / active items                     (null when there is no active item)
 *   raw        = 0.6·C + 0.4·Q when both exist, C or Q alone when only one does, null when neither does
 *   score      = round(100 · raw)
 *
 * A measure is covered when it is implemented with evidence or an active item implementing it ends by its deadline;
 * basic measures accepted as not applicable are out of scope. An item is clean when no error finding refers to it.
 * The overall score also loses ROADMAP_ERROR_PENALTY points per error that concerns the roadmap as a whole (refers
 * to no item and no measure), never going below 0; a roadmap with neither measures nor items scores 0.
 */
export const COVERAGE_WEIGHT = 0.6;
export const QUALITY_WEIGHT = 0.4;
export const ROADMAP_ERROR_PENALTY = 10;

export type ScoreInput = {
  basicMeasures: number;
  coveredBasicMeasures: number;
  activeItems: number;
  cleanItems: number;
};

export type ScoreParts = {
  coverageRatio: number | null;
  qualityRatio: number | null;
  /** 0–100, or null when there is nothing to assess. */
  score: number | null;
};

export function scoreOf(input: ScoreInput): ScoreParts {
  const coverageRatio = input.basicMeasures === 0 ? null : input.coveredBasicMeasures / input.basicMeasures;
  const qualityRatio = input.activeItems === 0 ? null : input.cleanItems / input.activeItems;
  let raw: number | null;
  if (coverageRatio !== null && qualityRatio !== null) {
    raw = COVERAGE_WEIGHT * coverageRatio + QUALITY_WEIGHT * qualityRatio;
  } else {
    raw = coverageRatio ?? qualityRatio;
  }
  return { coverageRatio, qualityRatio, score: raw === null ? null : Math.round(100 * raw) };
}

export function overallScoreOf(input: ScoreInput, roadmapErrors: number): ScoreParts & { score: number } {
  const parts = scoreOf(input);
  return { ...parts, score: Math.max(0, (parts.score ?? 0) - ROADMAP_ERROR_PENALTY * roadmapErrors) };
}
