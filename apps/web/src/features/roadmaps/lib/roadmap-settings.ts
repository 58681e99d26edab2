import type { RoadmapResponse, UpdateRoadmapDto } from '@smartcity/contracts';
import { ROADMAP_LAST_OUTLOOK_YEAR, ROADMAP_LAST_PLAN_YEAR } from '@smartcity/domain';
import type { RoadmapStatus } from '@smartcity/domain';

import type { MergeSide } from './merge';

/** The roadmap's own fields `PATCH /roadmaps/:id` accepts (the first year is fixed: a new period is a clone). */
export type RoadmapSettings = {
  title: string;
  status: RoadmapStatus;
  periodEndYear: number;
  outlookYear: number | null;
};

export type RoadmapSettingsField = keyof RoadmapSettings;

export const ROADMAP_SETTINGS_FIELDS: readonly RoadmapSettingsField[] = [
  'title',
  'status',
  'periodEndYear',
  'outlookYear',
];

/** Statuses only the pilot application workflow sets; `PATCH` refuses them (400 on `status`). */
export function isWorkflowStatus(status: RoadmapStatus): boolean {
  return status === 'submitted' || status === 'approved';
}

export function settingsOf(roadmap: RoadmapResponse): RoadmapSettings {
  return {
    title: roadmap.title,
    status: roadmap.status,
    periodEndYear: roadmap.periodEndYear,
    outlookYear: roadmap.outlookYear,
  };
}

/** The fields that differ (titles compared trimmed). */
export function changedSettings(base: RoadmapSettings, next: RoadmapSettings): RoadmapSettingsField[] {
  return ROADMAP_SETTINGS_FIELDS.filter((field) =>
    field === 'title' ? base.title.trim() !== next.title.trim() : base[field] !== next[field],
  );
}

/** The PATCH body: the revision the edit was based on and only the fields changed from `base`. */
export function settingsPatch(
  base: RoadmapSettings,
  next: RoadmapSettings,
  revision: number,
): UpdateRoadmapDto {
  const patch: UpdateRoadmapDto = { revision };
  for (const field of changedSettings(base, next)) {
    if (field === 'title') patch.title = next.title.trim();
    else if (field === 'status') patch.status = next.status;
    else if (field === 'periodEndYear') patch.periodEndYear = next.periodEndYear;
    else patch.outlookYear = next.outlookYear;
  }
  return patch;
}

export type SettingsProblem =
  'required' | 'workflowStatus' | 'endBeforeStart' | 'endTooLate' | 'outlookBeforeEnd' | 'outlookTooLate';

/**
 * The API's rules, checked before sending: a title, no move to a status the application workflow owns, start ≤ end ≤
 * 2030, end ≤ outlook ≤ 2036.
 */
export function validateSettings(
  settings: RoadmapSettings,
  periodStartYear: number,
  currentStatus: RoadmapStatus,
): Partial<Record<RoadmapSettingsField, SettingsProblem>> {
  const problems: Partial<Record<RoadmapSettingsField, SettingsProblem>> = {};
  if (!settings.title.trim()) problems.title = 'required';
  if (settings.status !== currentStatus && isWorkflowStatus(settings.status))
    problems.status = 'workflowStatus';
  if (settings.periodEndYear < periodStartYear) problems.periodEndYear = 'endBeforeStart';
  else if (settings.periodEndYear > ROADMAP_LAST_PLAN_YEAR) problems.periodEndYear = 'endTooLate';
  if (settings.outlookYear !== null) {
    if (settings.outlookYear < settings.periodEndYear) problems.outlookYear = 'outlookBeforeEnd';
    else if (settings.outlookYear > ROADMAP_LAST_OUTLOOK_YEAR) problems.outlookYear = 'outlookTooLate';
  }
  return problems;
}

/** One field of a stale settings save (see `mergeRows` of items: the same three-way rules). */
export type SettingsMergeRow = {
  field: RoadmapSettingsField;
  mine: RoadmapSettings[RoadmapSettingsField];
  theirs: RoadmapSettings[RoadmapSettingsField];
  conflict: boolean;
  defaultChoice: MergeSide;
};

/** Every field where my version and the current one differ; mine is the default for fields I changed. */
export function settingsMergeRows(
  base: RoadmapSettings,
  mine: RoadmapSettings,
  theirs: RoadmapSettings,
): SettingsMergeRow[] {
  const differs = (a: RoadmapSettings, b: RoadmapSettings, field: RoadmapSettingsField) =>
    changedSettings(a, b).includes(field);
  return ROADMAP_SETTINGS_FIELDS.filter((field) => differs(mine, theirs, field)).map((field) => {
    const changedByMe = differs(base, mine, field);
    const changedByThem = differs(base, theirs, field);
    return {
      field,
      mine: mine[field],
      theirs: theirs[field],
      conflict: changedByMe && changedByThem,
      defaultChoice: changedByMe ? 'mine' : 'theirs',
    };
  });
}

/** The settings as resolved: the current ones with the fields chosen as "mine" taken from my version. */
export function resolvedSettings(
  mine: RoadmapSettings,
  theirs: RoadmapSettings,
  choices: Readonly<Partial<Record<RoadmapSettingsField, MergeSide>>>,
): RoadmapSettings {
  return {
    title: choices.title === 'mine' ? mine.title : theirs.title,
    status: choices.status === 'mine' ? mine.status : theirs.status,
    periodEndYear: choices.periodEndYear === 'mine' ? mine.periodEndYear : theirs.periodEndYear,
    outlookYear: choices.outlookYear === 'mine' ? mine.outlookYear : theirs.outlookYear,
  };
}
