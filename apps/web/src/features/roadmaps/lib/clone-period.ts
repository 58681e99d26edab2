import type { CloneRoadmapDto, RoadmapResponse } from '@smartcity/contracts';
import { ROADMAP_FIRST_YEAR, ROADMAP_LAST_OUTLOOK_YEAR, ROADMAP_LAST_PLAN_YEAR } from '@smartcity/domain';

export type CloneForm = {
  title: string;
  periodStartYear: number;
  periodEndYear: number;
  outlookYear: number | null;
};

/**
 * The next period's draft: it starts the year after this one ends and lasts as long (cut at 2030); when this
 * roadmap already ends in 2030, the same period length ending in 2030. The title's period, if it names one, is
 * replaced; `rangeText` formats a period in the interface language.
 */
export function suggestClone(
  roadmap: Pick<RoadmapResponse, 'title' | 'periodStartYear' | 'periodEndYear' | 'outlookYear'>,
  rangeText: (from: number, to: number) => string,
): CloneForm {
  const length = roadmap.periodEndYear - roadmap.periodStartYear;
  let start = Math.min(roadmap.periodEndYear + 1, ROADMAP_LAST_PLAN_YEAR);
  let end = Math.min(start + length, ROADMAP_LAST_PLAN_YEAR);
  if (roadmap.periodEndYear >= ROADMAP_LAST_PLAN_YEAR) {
    end = ROADMAP_LAST_PLAN_YEAR;
    start = Math.max(ROADMAP_FIRST_YEAR, end - length);
  }
  const period = new RegExp(`${roadmap.periodStartYear}\\s*[–—-]\\s*${roadmap.periodEndYear}`);
  const title = period.test(roadmap.title)
    ? roadmap.title.replace(period, rangeText(start, end))
    : `${roadmap.title} (${rangeText(start, end)})`;
  const outlookYear =
    roadmap.outlookYear === null
      ? null
      : Math.min(Math.max(roadmap.outlookYear, end), ROADMAP_LAST_OUTLOOK_YEAR);
  return { title: title.slice(0, 300), periodStartYear: start, periodEndYear: end, outlookYear };
}

export type CloneProblem = 'required' | 'endBeforeStart' | 'outlookBeforeEnd';

export function validateClone(form: CloneForm): Partial<Record<keyof CloneForm, CloneProblem>> {
  const problems: Partial<Record<keyof CloneForm, CloneProblem>> = {};
  if (!form.title.trim()) problems.title = 'required';
  if (form.periodEndYear < form.periodStartYear) problems.periodEndYear = 'endBeforeStart';
  if (form.outlookYear !== null && form.outlookYear < form.periodEndYear)
    problems.outlookYear = 'outlookBeforeEnd';
  return problems;
}

export function cloneBody(form: CloneForm): CloneRoadmapDto {
  return {
    title: form.title.trim(),
    periodStartYear: form.periodStartYear,
    periodEndYear: form.periodEndYear,
    ...(form.outlookYear === null ? {} : { outlookYear: form.outlookYear }),
  };
}
