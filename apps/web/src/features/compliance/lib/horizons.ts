import type { HorizonCoverage } from '@smartcity/domain';
import { STANDARD_MEASURES_DEADLINE_YEAR } from '@smartcity/domain';

/** "Will we make it": judged at the standard's deadline (the end of 2024), when every basic measure is due. */
export type HorizonVerdict =
  | { kind: 'nothing' }
  | { kind: 'on-track'; year: number }
  | { kind: 'at-risk'; year: number; missing: number; total: number };

export function horizonVerdict(
  horizons: readonly HorizonCoverage[],
  year: number = STANDARD_MEASURES_DEADLINE_YEAR,
): HorizonVerdict {
  const horizon = horizons.find((candidate) => candidate.year === year);
  if (!horizon || horizon.basicMeasures === 0) return { kind: 'nothing' };
  const missing = horizon.basicMeasures - horizon.plannedBasicMeasures;
  return missing === 0
    ? { kind: 'on-track', year }
    : { kind: 'at-risk', year, missing, total: horizon.basicMeasures };
}
