import type { RoadmapItemResponse } from '@smartcity/contracts';
import { addMonths, isYearMonth, yearMonthIndex, yearOf } from '@smartcity/domain';

export type ScheduleProblem =
  | { kind: 'end-before-start' }
  | { kind: 'outside-period'; firstYear: number; lastYear: number }
  | { kind: 'before-dependency'; dependencyTitle: string; dependencyEnd: string };

export type Schedule = { startMonth: string; endMonth: string };

/** Both months moved by `months` (a drag of the whole bar). */
export function shiftSchedule(schedule: Schedule, months: number): Schedule {
  return {
    startMonth: addMonths(schedule.startMonth, months),
    endMonth: addMonths(schedule.endMonth, months),
  };
}

/**
 * Whether an item may take these months: end not before start, inside the roadmap's years, and — finish-to-start —
 * not starting before any item it depends on ends (the compliance rule; same month is allowed). Items that depend
 * on this one are not checked: moving this one later is reported by the compliance engine, not refused.
 */
export function scheduleProblem(
  item: Pick<RoadmapItemResponse, 'dependsOn'>,
  schedule: Schedule,
  itemsById: ReadonlyMap<string, Pick<RoadmapItemResponse, 'title' | 'endMonth' | 'status'>>,
  period: { firstYear: number; lastYear: number },
): ScheduleProblem | null {
  const { startMonth, endMonth } = schedule;
  if (!isYearMonth(startMonth) || !isYearMonth(endMonth)) return { kind: 'end-before-start' };
  if (yearMonthIndex(endMonth) < yearMonthIndex(startMonth)) return { kind: 'end-before-start' };
  if (yearOf(startMonth) < period.firstYear || yearOf(endMonth) > period.lastYear) {
    return { kind: 'outside-period', ...period };
  }
  for (const id of item.dependsOn) {
    const dependency = itemsById.get(id);
    if (!dependency || dependency.status === 'cancelled' || !isYearMonth(dependency.endMonth)) continue;
    if (yearMonthIndex(startMonth) < yearMonthIndex(dependency.endMonth)) {
      return {
        kind: 'before-dependency',
        dependencyTitle: dependency.title,
        dependencyEnd: dependency.endMonth,
      };
    }
  }
  return null;
}
