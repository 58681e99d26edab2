import type { ComplianceFinding } from '@smartcity/domain';

import { findingKey, findingsOfItem, findingTarget, groupFindings, visibleFindings } from './findings';

const finding = (
  severity: ComplianceFinding['severity'],
  rule: ComplianceFinding['rule'],
  refs: Partial<ComplianceFinding['refs']> = {},
  params: ComplianceFinding['params'] = {},
): ComplianceFinding => ({
  rule,
  severity,
  refs: { itemIds: refs.itemIds ?? [], measureIds: refs.measureIds ?? [] },
  params,
});

describe('groupFindings', () => {
  it('groups by severity, errors first, leaving out empty groups and keeping the order inside a group', () => {
    const w1 = finding('warning', 'schedule.overdue', { itemIds: ['b'] });
    const e1 = finding('error', 'item.budget-missing', { itemIds: ['a'] });
    const w2 = finding('warning', 'coverage.not-applicable-pending', { measureIds: ['m'] });
    const e2 = finding('error', 'coverage.basic-measure-missing', { measureIds: ['m2'] });

    const groups = groupFindings([w1, e1, w2, e2]);

    expect(groups.map((g) => g.severity)).toEqual(['error', 'warning']);
    expect(groups[0].findings).toEqual([e1, e2]);
    expect(groups[1].findings).toEqual([w1, w2]);
  });

  it('gives no group for no findings', () => {
    expect(groupFindings([])).toEqual([]);
  });
});

describe('findingTarget', () => {
  it('links to the first item, else to the first measure, else to the roadmap', () => {
    expect(
      findingTarget(finding('error', 'dependency.cycle', { itemIds: ['x', 'y'], measureIds: ['m'] })),
    ).toEqual({
      kind: 'item',
      itemId: 'x',
    });
    expect(findingTarget(finding('error', 'coverage.basic-measure-missing', { measureIds: ['m'] }))).toEqual({
      kind: 'measure',
      measureId: 'm',
    });
    expect(findingTarget(finding('warning', 'coverage.no-additional-measure'))).toEqual({ kind: 'roadmap' });
  });
});

describe('findingKey', () => {
  it('tells apart findings of one rule by refs and params, whatever the params order', () => {
    const a = finding('error', 'item.budget-line-invalid', { itemIds: ['i'] }, { year: 2021, reason: 'x' });
    const b = finding('error', 'item.budget-line-invalid', { itemIds: ['i'] }, { reason: 'x', year: 2021 });
    const c = finding('error', 'item.budget-line-invalid', { itemIds: ['i'] }, { reason: 'x', year: 2022 });

    expect(findingKey(a)).toBe(findingKey(b));
    expect(findingKey(a)).not.toBe(findingKey(c));
  });
});

describe('findingsOfItem', () => {
  it('keeps the findings that refer to the item', () => {
    const mine = finding('error', 'dependency.cycle', { itemIds: ['other', 'mine'] });
    const theirs = finding('error', 'item.budget-missing', { itemIds: ['other'] });

    expect(findingsOfItem([mine, theirs], 'mine')).toEqual([mine]);
  });
});

describe('visibleFindings', () => {
  const many = Array.from({ length: 35 }, (_, index) => index);

  it('shows a long group up to the limit and counts the rest', () => {
    const { shown, hidden } = visibleFindings(many, false, 30);
    expect(shown).toEqual(many.slice(0, 30));
    expect(hidden).toBe(5);
  });

  it('shows everything once expanded, or when the group is short', () => {
    expect(visibleFindings(many, true, 30)).toEqual({ shown: many, hidden: 0 });
    expect(visibleFindings(many.slice(0, 30), false, 30)).toEqual({ shown: many.slice(0, 30), hidden: 0 });
  });
});
