import type { RoadmapSettings } from './roadmap-settings';
import {
  changedSettings,
  isWorkflowStatus,
  resolvedSettings,
  settingsMergeRows,
  settingsPatch,
  validateSettings,
} from './roadmap-settings';

const base: RoadmapSettings = {
  title: 'Карта 2024–2027',
  status: 'draft',
  periodEndYear: 2027,
  outlookYear: null,
};

describe(settingsPatch.name, () => {
  it('sends the revision and only the changed fields', () => {
    expect(settingsPatch(base, { ...base }, 5)).toEqual({ revision: 5 });
    expect(
      settingsPatch(
        base,
        { ...base, title: '  Карта 2024–2030 ', periodEndYear: 2030, outlookYear: 2036 },
        5,
      ),
    ).toEqual({
      revision: 5,
      title: 'Карта 2024–2030',
      periodEndYear: 2030,
      outlookYear: 2036,
    });
  });

  it('clears the outlook with null', () => {
    expect(settingsPatch({ ...base, outlookYear: 2035 }, base, 2)).toEqual({
      revision: 2,
      outlookYear: null,
    });
  });

  it('ignores whitespace around the title', () => {
    expect(changedSettings(base, { ...base, title: ` ${base.title} ` })).toEqual([]);
  });
});

describe(validateSettings.name, () => {
  it('accepts a consistent period', () => {
    expect(validateSettings({ ...base, periodEndYear: 2030, outlookYear: 2036 }, 2024, 'draft')).toEqual({});
  });

  it('names every field that breaks a rule', () => {
    expect(
      validateSettings({ ...base, title: ' ', periodEndYear: 2023, outlookYear: 2022 }, 2024, 'draft'),
    ).toEqual({
      title: 'required',
      periodEndYear: 'endBeforeStart',
      outlookYear: 'outlookBeforeEnd',
    });
    expect(validateSettings({ ...base, periodEndYear: 2031, outlookYear: 2037 }, 2024, 'draft')).toEqual({
      periodEndYear: 'endTooLate',
      outlookYear: 'outlookTooLate',
    });
  });
});

describe(isWorkflowStatus.name, () => {
  it('leaves submission and approval to the application workflow', () => {
    expect(
      ['draft', 'submitted', 'approved', 'archived'].filter((s) => isWorkflowStatus(s as never)),
    ).toEqual(['submitted', 'approved']);
    expect(validateSettings({ ...base, status: 'submitted' }, 2024, 'draft')).toEqual({
      status: 'workflowStatus',
    });
    expect(validateSettings({ ...base, status: 'archived' }, 2024, 'draft')).toEqual({});
    // An approved roadmap keeps its status when other settings change.
    expect(validateSettings({ ...base, status: 'approved' }, 2024, 'approved')).toEqual({});
  });
});

describe(settingsMergeRows.name, () => {
  it('offers the fields that differ, mine by default where I changed them', () => {
    const mine = { ...base, title: 'Моё название', periodEndYear: 2028 };
    const theirs = { ...base, title: 'Их название', status: 'archived' as const };

    const rows = settingsMergeRows(base, mine, theirs);

    expect(rows).toEqual([
      { field: 'title', mine: 'Моё название', theirs: 'Их название', conflict: true, defaultChoice: 'mine' },
      { field: 'status', mine: 'draft', theirs: 'archived', conflict: false, defaultChoice: 'theirs' },
      { field: 'periodEndYear', mine: 2028, theirs: 2027, conflict: false, defaultChoice: 'mine' },
    ]);
    const choices = Object.fromEntries(rows.map((r) => [r.field, r.defaultChoice]));
    const resolved = resolvedSettings(mine, theirs, choices);
    expect(resolved).toEqual({
      title: 'Моё название',
      status: 'archived',
      periodEndYear: 2028,
      outlookYear: null,
    });
    // Saved against the current version: only what I keep from mine is sent.
    expect(settingsPatch(theirs, resolved, 9)).toEqual({
      revision: 9,
      title: 'Моё название',
      periodEndYear: 2028,
    });
  });
});
