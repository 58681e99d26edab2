import {
  isActiveStatus,
  isOpenStatus,
  isRoadmapItemStatus,
  ROADMAP_ITEM_STATUSES,
} from './roadmap-item-status';

describe('roadmap item status', () => {
  it.each([
    ['planned', true, true],
    ['in_progress', true, true],
    ['delayed', true, true],
    ['done', true, false],
    ['cancelled', false, false],
  ] as const)('%s: active %p, open %p', (status, active, open) => {
    expect(isActiveStatus(status)).toBe(active);
    expect(isOpenStatus(status)).toBe(open);
  });

  it('recognises exactly the five statuses', () => {
    expect(ROADMAP_ITEM_STATUSES.every(isRoadmapItemStatus)).toBe(true);
    expect(isRoadmapItemStatus('approved')).toBe(false);
  });
});
