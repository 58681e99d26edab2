import { scheduleProblem, shiftSchedule } from './schedule';

const period = { firstYear: 2024, lastYear: 2026 };
const items = new Map([['dep', { title: 'Каналы связи', endMonth: '2024-06', status: 'planned' as const }]]);

describe('schedule checks', () => {
  it('moves both months', () => {
    expect(shiftSchedule({ startMonth: '2024-11', endMonth: '2025-02' }, 3)).toEqual({
      startMonth: '2025-02',
      endMonth: '2025-05',
    });
  });

  it('refuses an end before the start, months outside the period and a start before a dependency ends', () => {
    const item = { dependsOn: ['dep'] };
    expect(scheduleProblem(item, { startMonth: '2024-06', endMonth: '2024-09' }, items, period)).toBeNull();
    expect(scheduleProblem(item, { startMonth: '2024-09', endMonth: '2024-08' }, items, period)?.kind).toBe(
      'end-before-start',
    );
    expect(scheduleProblem(item, { startMonth: '2026-06', endMonth: '2027-01' }, items, period)?.kind).toBe(
      'outside-period',
    );
    expect(scheduleProblem(item, { startMonth: '2024-05', endMonth: '2024-09' }, items, period)).toEqual({
      kind: 'before-dependency',
      dependencyTitle: 'Каналы связи',
      dependencyEnd: '2024-06',
    });
  });
});
