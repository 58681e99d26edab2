import { isValidIsoDate, yearMonthIndex, yearMonthOfDate } from '../roadmaps/year-month';
import type { ComplianceFinding } from './compliance-finding';
import { sortFindings } from './compliance-finding';
import type { ComplianceFramework, ComplianceMunicipality, ComplianceRoadmap } from './compliance-input';
import { COMPLIANCE_RULESET_VERSION } from './compliance-rules';
import { overallScoreOf, scoreOf } from './compliance-score';
import type { BasicMeasureCoverage, HorizonCoverage } from './coverage-rules';
import { checkCoverage, horizonCoverage, isCoveredState } from './coverage-rules';
import { checkDependencies } from './dependency-rules';
import { buildContext } from './evaluation-context';
import { checkItems } from './item-rules';
import { areBasicMeasuresMandatory, HORIZON_YEARS } from './programme-horizons';

export type DirectionCompliance = {
  directionCode: string;
  titleRu: string | null;
  titleEn: string | null;
  /** 0–100 by the formula in compliance-score.ts, or null when the direction has no basic measure and no item. */
  score: number | null;
  coverageRatio: number | null;
  qualityRatio: number | null;
  /** Basic measures of the direction in scope (not accepted as not applicable). */
  basicMeasures: number;
  coveredBasicMeasures: number;
  /** Active (not cancelled) items filed under the direction. */
  activeItems: number;
  /** Active items that no error finding refers to. */
  cleanItems: number;
};

export type ComplianceReport = {
  rulesetVersion: number;
  /** The assessment date as given. */
  asOf: string;
  /** 0–100; see compliance-score.ts. */
  score: number;
  coverageRatio: number | null;
  qualityRatio: number | null;
  /** Whether the standard's general rule makes basic measures mandatory for this municipality. */
  basicMeasuresMandatory: boolean;
  /** Every direction of the framework, in framework order. */
  directions: DirectionCompliance[];
  /** Time-aware coverage of basic measures for 2020, 2024 and 2030. */
  horizons: HorizonCoverage[];
  /** Every basic measure of the framework, in framework order. */
  basicMeasures: BasicMeasureCoverage[];
  /** Sorted: errors first, then by rule id, refs and params. */
  findings: ComplianceFinding[];
  counts: { error: number; warning: number; info: number };
  /** No error findings: the roadmap may be submitted. */
  canSubmit: boolean;
};

/**
 * Judges a roadmap against the pinned framework version like a linter: pure, deterministic and independent of the
 * order of items, problems, coverage records, budget lines, KPI targets and dependencies. The same function runs in
 * the browser while editing, in the API for the authoritative answer and in the worker for bulk recomputation.
 *
 * `asOf` is the assessment date (`YYYY-MM-DD`, a time part is ignored); only the schedule rules use it. Throws
 * on inputs no form can produce: RangeError for an invalid `asOf`, a negative or fractional population, duplicate
 * item ids or duplicate measure ids; Error for a status or kind outside its union. Everything else a half-filled form
 * can hold is reported as findings.
 */
export function evaluate(
  roadmap: ComplianceRoadmap,
  framework: ComplianceFramework,
  municipality: ComplianceMunicipality,
  asOf: string,
): ComplianceReport {
  if (!isValidIsoDate(asOf))
    throw new RangeError(`asOf must be an ISO date (YYYY-MM-DD), got ${JSON.stringify(asOf)}`);
  if (!Number.isInteger(municipality.population) || municipality.population < 0) {
    throw new RangeError(`Population must be a non-negative integer, got ${municipality.population}`);
  }
  const context = buildContext(roadmap, framework, municipality, yearMonthIndex(yearMonthOfDate(asOf)));

  const findings: ComplianceFinding[] = [];
  checkItems(context, findings);
  checkDependencies(context, findings);
  const basicMeasures = checkCoverage(context, findings);
  const sorted = sortFindings(findings);

  const itemsWithErrors = new Set<string>();
  const counts = { error: 0, warning: 0, info: 0 };
  let roadmapErrors = 0;
  for (const finding of sorted) {
    counts[finding.severity]++;
    if (finding.severity !== 'error') continue;
    for (const itemId of finding.refs.itemIds) itemsWithErrors.add(itemId);
    if (finding.refs.itemIds.length === 0 && finding.refs.measureIds.length === 0) roadmapErrors++;
  }

  const tallies = new Map<
    string,
    { basicMeasures: number; covered: number; activeItems: number; cleanItems: number }
  >();
  const tallyOf = (directionCode: string) => {
    let tally = tallies.get(directionCode);
    if (tally === undefined) {
      tally = { basicMeasures: 0, covered: 0, activeItems: 0, cleanItems: 0 };
      tallies.set(directionCode, tally);
    }
    return tally;
  };
  const total = { basicMeasures: 0, coveredBasicMeasures: 0, activeItems: 0, cleanItems: 0 };
  for (const measure of basicMeasures) {
    if (measure.state === 'not_applicable') continue;
    const tally = tallyOf(measure.directionCode);
    tally.basicMeasures++;
    total.basicMeasures++;
    if (isCoveredState(measure.state)) {
      tally.covered++;
      total.coveredBasicMeasures++;
    }
  }
  for (const facts of context.facts) {
    if (!facts.isActive) continue;
    const tally = tallyOf(facts.item.directionCode ?? '');
    const isClean = !itemsWithErrors.has(facts.item.id);
    tally.activeItems++;
    total.activeItems++;
    if (isClean) {
      tally.cleanItems++;
      total.cleanItems++;
    }
  }

  const directions = framework.directions.map((direction): DirectionCompliance => {
    const tally = tallyOf(direction.code);
    const parts = scoreOf({
      basicMeasures: tally.basicMeasures,
      coveredBasicMeasures: tally.covered,
      activeItems: tally.activeItems,
      cleanItems: tally.cleanItems,
    });
    return {
      directionCode: direction.code,
      titleRu: direction.titleRu,
      titleEn: direction.titleEn,
      ...parts,
      basicMeasures: tally.basicMeasures,
      coveredBasicMeasures: tally.covered,
      activeItems: tally.activeItems,
      cleanItems: tally.cleanItems,
    };
  });
  const overall = overallScoreOf(total, roadmapErrors);

  return {
    rulesetVersion: COMPLIANCE_RULESET_VERSION,
    asOf,
    score: overall.score,
    coverageRatio: overall.coverageRatio,
    qualityRatio: overall.qualityRatio,
    basicMeasuresMandatory: areBasicMeasuresMandatory(municipality),
    directions,
    horizons: HORIZON_YEARS.map((year) => horizonCoverage(basicMeasures, year)),
    basicMeasures,
    findings: sorted,
    counts,
    canSubmit: counts.error === 0,
  };
}
