import { endOfYear, yearMonthFromIndex, yearMonthIndex } from '../roadmaps/year-month';
import { assertNever } from '../shared/assert-never';
import type { ComplianceFinding } from './compliance-finding';
import { makeFinding } from './compliance-finding';
import type { ComplianceMeasure } from './compliance-input';
import type { EvaluationContext } from './evaluation-context';
import { measureDeadlineYear } from './programme-horizons';

/**
 * Where a basic measure stands, most favourable first:
 * - `not_applicable`: a reviewer accepted that it does not apply; out of scope for coverage and score;
 * - `implemented`: already in place, with evidence;
 * - `covered`: an active item with valid dates implements it and ends by the measure's deadline;
 * - `late`: implemented by items, but none ends by the deadline;
 * - `unscheduled`: implemented by items, none with valid dates;
 * - `unevidenced`: marked implemented without evidence;
 * - `pending`: marked not applicable, awaiting the reviewer;
 * - `missing`: nothing at all.
 * Only `implemented` and `covered` count as covered.
 */
export type BasicMeasureState =
  | 'not_applicable'
  | 'implemented'
  | 'covered'
  | 'late'
  | 'unscheduled'
  | 'unevidenced'
  | 'pending'
  | 'missing';

export type BasicMeasureCoverage = {
  measureId: string;
  measureCode: string;
  directionCode: string;
  requirement: 'mandatory' | 'recommended';
  state: BasicMeasureState;
  /** The last month that meets the measure's deadline (`YYYY-MM`). */
  deadlineMonth: string;
  /** The earliest end month among active items with valid dates that implement the measure, if any. */
  plannedEndMonth: string | null;
};

export function isCoveredState(state: BasicMeasureState): boolean {
  switch (state) {
    case 'implemented':
    case 'covered':
      return true;
    case 'not_applicable':
    case 'late':
    case 'unscheduled':
    case 'unevidenced':
    case 'pending':
    case 'missing':
      return false;
    default:
      return assertNever(state, 'Unknown basic measure state');
  }
}

type MeasureEvidence = {
  itemCount: number;
  earliestEnd: number | null;
  isAcceptedNotApplicable: boolean;
  isPendingNotApplicable: boolean;
  isImplementedWithEvidence: boolean;
  isImplementedWithoutEvidence: boolean;
  hasRejectedMark: boolean;
};

/**
 * Coverage of every basic measure of the framework (in framework order), with the coverage-level findings, plus the
 * roadmap-level rule that at least one additional measure is planned.
 */
export function checkCoverage(
  context: EvaluationContext,
  findings: ComplianceFinding[],
): BasicMeasureCoverage[] {
  const evidence = new Map<string, MeasureEvidence>();
  const evidenceOf = (measureId: string): MeasureEvidence => {
    let entry = evidence.get(measureId);
    if (entry === undefined) {
      entry = {
        itemCount: 0,
        earliestEnd: null,
        isAcceptedNotApplicable: false,
        isPendingNotApplicable: false,
        isImplementedWithEvidence: false,
        isImplementedWithoutEvidence: false,
        hasRejectedMark: false,
      };
      evidence.set(measureId, entry);
    }
    return entry;
  };

  let hasAdditionalMeasure = false;
  for (const facts of context.facts) {
    if (!facts.isActive) continue;
    if (facts.item.kind === 'own' || facts.measure?.kind === 'additional') hasAdditionalMeasure = true;
    if (facts.measure?.kind !== 'basic') continue;
    const entry = evidenceOf(facts.measure.id);
    entry.itemCount++;
    if (facts.hasValidDates && (entry.earliestEnd === null || facts.end! < entry.earliestEnd)) {
      entry.earliestEnd = facts.end;
    }
  }

  for (const record of context.roadmap.coverage) {
    const measure = context.measuresById.get(record.measureId);
    if (measure?.kind !== 'basic') {
      findings.push(
        makeFinding(
          'reference.unknown-measure',
          { measureIds: [record.measureId] },
          {
            reason: measure === undefined ? 'coverage-measure-not-found' : 'coverage-measure-not-basic',
            measureId: record.measureId,
            measureCode: measure?.code ?? '',
          },
        ),
      );
      continue;
    }
    const entry = evidenceOf(record.measureId);
    // A mark the reviewer rejected counts for nothing; the measure is reported missing, saying so.
    if (record.reviewStatus === 'rejected') {
      entry.hasRejectedMark = true;
      continue;
    }
    switch (record.status) {
      case 'implemented':
        if (record.evidenceCount > 0) entry.isImplementedWithEvidence = true;
        else entry.isImplementedWithoutEvidence = true;
        break;
      case 'not_applicable':
        if (record.reviewStatus === 'accepted') entry.isAcceptedNotApplicable = true;
        else entry.isPendingNotApplicable = true;
        break;
      default:
        assertNever(record.status, 'Unknown measure coverage status');
    }
  }

  if (!hasAdditionalMeasure) findings.push(makeFinding('coverage.no-additional-measure', {}, {}));

  const coverage: BasicMeasureCoverage[] = [];
  for (const measure of context.framework.measures) {
    if (measure.kind !== 'basic') continue;
    const entry = evidenceOf(measure.id);
    const requirement = context.requirements.get(measure.id)!;
    const deadlineMonth = endOfYear(measureDeadlineYear(measure));
    const state = stateOf(entry, yearMonthIndex(deadlineMonth));
    coverage.push({
      measureId: measure.id,
      measureCode: measure.code,
      directionCode: measure.directionCode,
      requirement,
      state,
      deadlineMonth,
      plannedEndMonth: entry.earliestEnd === null ? null : yearMonthFromIndex(entry.earliestEnd),
    });
    const severity = requirement === 'recommended' ? 'warning' : 'error';
    const refs = { measureIds: [measure.id] };
    switch (state) {
      case 'missing':
        findings.push(
          makeFinding(
            'coverage.basic-measure-missing',
            refs,
            { ...measureParams(measure), reason: entry.hasRejectedMark ? 'mark-rejected' : 'not-covered' },
            severity,
          ),
        );
        break;
      case 'unevidenced':
        findings.push(
          makeFinding('coverage.implemented-without-evidence', refs, measureParams(measure), severity),
        );
        break;
      case 'pending':
        findings.push(makeFinding('coverage.not-applicable-pending', refs, measureParams(measure)));
        break;
      case 'not_applicable':
      case 'implemented':
      case 'covered':
      case 'late':
      case 'unscheduled':
        // Nothing at coverage level: item rules (dates, horizons) explain late and unscheduled measures.
        break;
      default:
        assertNever(state, 'Unknown basic measure state');
    }
  }
  return coverage;
}

function stateOf(entry: MeasureEvidence, deadline: number): BasicMeasureState {
  if (entry.isAcceptedNotApplicable) return 'not_applicable';
  if (entry.isImplementedWithEvidence) return 'implemented';
  if (entry.earliestEnd !== null) return entry.earliestEnd <= deadline ? 'covered' : 'late';
  if (entry.itemCount > 0) return 'unscheduled';
  if (entry.isImplementedWithoutEvidence) return 'unevidenced';
  if (entry.isPendingNotApplicable) return 'pending';
  return 'missing';
}

export function measureParams(measure: ComplianceMeasure): Record<string, string> {
  return {
    measureCode: measure.code,
    measureTitleRu: measure.titleRu ?? measure.titleEn ?? '',
    measureTitleEn: measure.titleEn ?? measure.titleRu ?? '',
  };
}

export type HorizonCoverage = {
  year: number;
  /** Basic measures in scope: all but those accepted as not applicable. */
  basicMeasures: number;
  /** Of those, measures implemented already or implemented by an active item ending by December of `year`. */
  plannedBasicMeasures: number;
  /** plannedBasicMeasures / basicMeasures, or null when no basic measure is in scope. */
  share: number | null;
};

export function horizonCoverage(coverage: readonly BasicMeasureCoverage[], year: number): HorizonCoverage {
  const horizon = endOfYear(year);
  let basicMeasures = 0;
  let plannedBasicMeasures = 0;
  for (const measure of coverage) {
    if (measure.state === 'not_applicable') continue;
    basicMeasures++;
    const isPlanned =
      measure.state === 'implemented' ||
      (measure.plannedEndMonth !== null && measure.plannedEndMonth <= horizon);
    if (isPlanned) plannedBasicMeasures++;
  }
  return {
    year,
    basicMeasures,
    plannedBasicMeasures,
    share: basicMeasures === 0 ? null : plannedBasicMeasures / basicMeasures,
  };
}
