import { isFinancingSource } from '../roadmaps/financing-source';
import { isKopecks } from '../roadmaps/money';
import { isOpenStatus } from '../roadmaps/roadmap-item-status';
import { endOfYear, yearMonthFromIndex, yearMonthIndex } from '../roadmaps/year-month';
import { assertNever } from '../shared/assert-never';
import type { ComplianceFinding } from './compliance-finding';
import { makeFinding } from './compliance-finding';
import type { ComplianceBudgetLine } from './compliance-input';
import { measureParams } from './coverage-rules';
import type { EvaluationContext, ItemFacts } from './evaluation-context';
import { isBlank } from './evaluation-context';
import { isEngagementPlatform, PROGRAMME_END_YEAR } from './programme-horizons';

const PROGRAMME_END = yearMonthIndex(endOfYear(PROGRAMME_END_YEAR));

/** Rules that look at one active item at a time: references, completeness, horizons and the schedule. */
export function checkItems(context: EvaluationContext, findings: ComplianceFinding[]): void {
  for (const facts of context.facts) {
    if (!facts.isActive) continue;
    checkReferences(context, facts, findings);
    checkResponsible(facts, findings);
    checkDates(facts, findings);
    checkHorizons(context, facts, findings);
    checkBudget(facts, findings);
    checkKpiTargets(facts, findings);
    checkSchedule(context, facts, findings);
  }
}

function itemRef(facts: ItemFacts): { itemIds: string[] } {
  return { itemIds: [facts.item.id] };
}

function checkReferences(context: EvaluationContext, facts: ItemFacts, findings: ComplianceFinding[]): void {
  const { item, measure } = facts;
  const directionKnown = item.directionCode !== null && context.directionCodes.has(item.directionCode);
  if (!directionKnown) {
    findings.push(
      makeFinding('reference.unknown-direction', itemRef(facts), {
        itemTitle: item.title,
        directionCode: item.directionCode ?? '',
      }),
    );
  }
  switch (item.kind) {
    case 'standard':
      if (measure === undefined) {
        const hasMeasureId = item.measureId !== null && item.measureId !== '';
        findings.push(
          makeFinding('reference.unknown-measure', itemRef(facts), {
            itemTitle: item.title,
            reason: hasMeasureId ? 'item-measure-not-found' : 'item-measure-not-chosen',
            measureId: item.measureId ?? '',
          }),
        );
      } else if (directionKnown && measure.directionCode !== item.directionCode) {
        findings.push(
          makeFinding(
            'item.direction-mismatch',
            { itemIds: [item.id], measureIds: [measure.id] },
            {
              itemTitle: item.title,
              measureCode: measure.code,
              itemDirectionCode: item.directionCode ?? '',
              measureDirectionCode: measure.directionCode,
            },
          ),
        );
      }
      break;
    case 'own':
      if (item.problemIds.length === 0) {
        findings.push(makeFinding('item.problem-missing', itemRef(facts), { itemTitle: item.title }));
      }
      break;
    default:
      assertNever(item.kind, 'Unknown roadmap item kind');
  }
  let reported: Set<string> | undefined;
  for (const problemId of item.problemIds) {
    if (context.problemIds.has(problemId) || reported?.has(problemId)) continue;
    (reported ??= new Set()).add(problemId);
    findings.push(
      makeFinding('reference.unknown-problem', itemRef(facts), { itemTitle: item.title, problemId }),
    );
  }
}

function checkResponsible(facts: ItemFacts, findings: ComplianceFinding[]): void {
  const { item } = facts;
  const unitMissing = isBlank(item.responsibleUnit);
  const personMissing = isBlank(item.responsiblePerson);
  if (!unitMissing && !personMissing) return;
  const missing = unitMissing && personMissing ? 'unit-and-person' : unitMissing ? 'unit' : 'person';
  findings.push(makeFinding('item.responsible-missing', itemRef(facts), { itemTitle: item.title, missing }));
}

function checkDates(facts: ItemFacts, findings: ComplianceFinding[]): void {
  const { item, start, end } = facts;
  const startMissing = isBlank(item.startMonth);
  const endMissing = isBlank(item.endMonth);
  if (startMissing || endMissing) {
    const missing = startMissing && endMissing ? 'start-and-end' : startMissing ? 'start' : 'end';
    findings.push(makeFinding('item.dates-missing', itemRef(facts), { itemTitle: item.title, missing }));
  }
  const params = { itemTitle: item.title, startMonth: item.startMonth ?? '', endMonth: item.endMonth ?? '' };
  if ((!startMissing && start === null) || (!endMissing && end === null)) {
    findings.push(makeFinding('item.dates-invalid', itemRef(facts), { ...params, reason: 'malformed' }));
  } else if (start !== null && end !== null && end < start) {
    findings.push(
      makeFinding('item.dates-invalid', itemRef(facts), { ...params, reason: 'end-before-start' }),
    );
  }
}

function checkHorizons(context: EvaluationContext, facts: ItemFacts, findings: ComplianceFinding[]): void {
  const { item, measure, start, end } = facts;
  const latest = Math.max(start ?? -1, end ?? -1);
  if (latest > PROGRAMME_END) {
    findings.push(
      makeFinding('horizon.after-2030', itemRef(facts), {
        itemTitle: item.title,
        month: yearMonthFromIndex(latest),
        deadlineMonth: endOfYear(PROGRAMME_END_YEAR),
      }),
    );
  }
  if (measure === undefined || end === null) return;
  const deadline = context.deadlines.get(measure.id)!;
  if (end <= deadline) return;
  const deadlineMonth = yearMonthFromIndex(deadline);
  const refs = { itemIds: [item.id], measureIds: [measure.id] };
  const params = {
    itemTitle: item.title,
    ...measureParams(measure),
    endMonth: yearMonthFromIndex(end),
    deadlineMonth,
  };
  switch (measure.kind) {
    case 'basic': {
      const rule = isEngagementPlatform(measure)
        ? 'horizon.engagement-platform-late'
        : 'horizon.basic-measure-late';
      const isRecommended = context.requirements.get(measure.id) === 'recommended';
      findings.push(makeFinding(rule, refs, params, isRecommended ? 'warning' : 'error'));
      break;
    }
    case 'additional':
      findings.push(makeFinding('horizon.additional-measure-late', refs, params));
      break;
    default:
      assertNever(measure.kind, 'Unknown measure kind');
  }
}

type BudgetLineProblem = 'year-invalid' | 'source-missing' | 'amount-invalid';

function budgetLineProblem(line: ComplianceBudgetLine): BudgetLineProblem | null {
  if (!isBudgetYear(line.year)) return 'year-invalid';
  if (!isFinancingSource(line.source)) return 'source-missing';
  if (!isKopecks(line.plannedKopecks) || line.plannedKopecks < 0) return 'amount-invalid';
  return null;
}

function isBudgetYear(year: number | null): year is number {
  return year !== null && Number.isInteger(year) && year >= 1000 && year <= 9999;
}

function checkBudget(facts: ItemFacts, findings: ComplianceFinding[]): void {
  const { item, start, end, hasValidDates } = facts;
  let hasFundedLine = false;
  const fundedYears: number[] = [];
  let problems: Set<string> | undefined;
  for (const line of item.budgetLines) {
    const problem = budgetLineProblem(line);
    if (problem !== null) {
      // Identical problems on several lines are one finding: the key is what the message says.
      const year = isBudgetYear(line.year) ? line.year : '';
      const key = `${problem}|${year}`;
      if (!problems?.has(key)) {
        (problems ??= new Set()).add(key);
        findings.push(
          makeFinding('item.budget-line-invalid', itemRef(facts), {
            itemTitle: item.title,
            reason: problem,
            year,
          }),
        );
      }
      continue;
    }
    if (line.plannedKopecks! > 0) {
      hasFundedLine = true;
      if (!fundedYears.includes(line.year!)) fundedYears.push(line.year!);
    }
  }
  if (!hasFundedLine)
    findings.push(makeFinding('item.budget-missing', itemRef(facts), { itemTitle: item.title }));
  if (!hasValidDates) return;
  const startYear = Math.floor(start! / 12);
  const endYear = Math.floor(end! / 12);
  for (const year of fundedYears) {
    if (year < startYear || year > endYear) {
      findings.push(
        makeFinding('item.budget-outside-dates', itemRef(facts), {
          itemTitle: item.title,
          year,
          startYear,
          endYear,
        }),
      );
    }
  }
}

function checkKpiTargets(facts: ItemFacts, findings: ComplianceFinding[]): void {
  const { item } = facts;
  const hasTarget = item.kpiTargets.some(
    (target) => !isBlank(target.kpiId) && typeof target.target === 'number' && Number.isFinite(target.target),
  );
  if (!hasTarget)
    findings.push(makeFinding('item.kpi-target-missing', itemRef(facts), { itemTitle: item.title }));
}

function checkSchedule(context: EvaluationContext, facts: ItemFacts, findings: ComplianceFinding[]): void {
  const { item, start, end } = facts;
  if (!isOpenStatus(item.status)) return;
  const asOfMonth = context.asOfMonthText;
  if (end !== null && end < context.asOfMonth) {
    findings.push(
      makeFinding('schedule.overdue', itemRef(facts), {
        itemTitle: item.title,
        endMonth: yearMonthFromIndex(end),
        status: item.status,
        asOfMonth,
      }),
    );
  } else if (item.status === 'planned' && start !== null && start < context.asOfMonth) {
    findings.push(
      makeFinding('schedule.start-overdue', itemRef(facts), {
        itemTitle: item.title,
        startMonth: yearMonthFromIndex(start),
        asOfMonth,
      }),
    );
  }
}
