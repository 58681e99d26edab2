import type { ProblemResponse, RoadmapDocumentResponse, RoadmapLiveEvent } from '@smartcity/contracts';

import { A, B, liveDocument, liveEvent, liveItem, ME, ROADMAP } from '../testing/live-fixtures';
import type { LiveChange } from './live-update';
import { applyLiveChange, planLiveUpdate } from './live-update';

const C = '00000000-0000-4000-8000-00000000000c';
const P = '00000000-0000-4000-8000-0000000000f1';

const item = liveItem;
const event = liveEvent;

const problem: ProblemResponse = {
  id: P,
  title: 'Few digital services',
  description: null,
  evidenceLinks: [],
  severity: 'high',
  directionId: null,
  revision: 1,
  updatedAt: '2026-12-01T10:00:00.000Z',
};

function doc(
  revision: number,
  items = [item(A), item(B, { dependsOn: [A] }), item(C)],
): RoadmapDocumentResponse {
  return liveDocument(revision, items, [problem]);
}

const idle = { documentFetching: false };

describe('planLiveUpdate', () => {
  it('fetches just the item for an item created or updated at the next revision', () => {
    expect(planLiveUpdate(doc(5), event(6), idle)).toEqual({ kind: 'fetch-item', itemId: A });
    const created = event(6, {
      action: 'roadmaps.item-created',
      entityId: '00000000-0000-4000-8000-0000000000aa',
    });
    expect(planLiveUpdate(doc(5), created, idle)).toEqual({
      kind: 'fetch-item',
      itemId: '00000000-0000-4000-8000-0000000000aa',
    });
  });

  it('applies a deleted item or problem at the next revision without fetching', () => {
    expect(planLiveUpdate(doc(5), event(6, { action: 'roadmaps.item-deleted', entityId: B }), idle)).toEqual({
      kind: 'apply',
      change: { kind: 'item-deleted', itemId: B },
    });
    const deleted = event(6, {
      action: 'roadmaps.problem-deleted',
      entityType: 'roadmap_problem',
      entityId: P,
    });
    expect(planLiveUpdate(doc(5), deleted, idle)).toEqual({
      kind: 'apply',
      change: { kind: 'problem-deleted', problemId: P },
    });
  });

  it('fetches just the problem for a problem created or updated at the next revision', () => {
    const updated = event(6, {
      action: 'roadmaps.problem-updated',
      entityType: 'roadmap_problem',
      entityId: P,
    });
    expect(planLiveUpdate(doc(5), updated, idle)).toEqual({ kind: 'fetch-problem', problemId: P });
    const created = event(6, {
      action: 'roadmaps.problem-created',
      entityType: 'roadmap_problem',
      entityId: C,
    });
    expect(planLiveUpdate(doc(5), created, idle)).toEqual({ kind: 'fetch-problem', problemId: C });
    // After a gap, or while the document is being fetched, the whole document as for items.
    expect(planLiveUpdate(doc(5), { ...updated, roadmapRevision: 7 }, idle)).toEqual({ kind: 'refetch' });
    expect(planLiveUpdate(doc(5), updated, { documentFetching: true })).toEqual({ kind: 'refetch' });
    expect(planLiveUpdate(doc(6), updated, idle)).toEqual({ kind: 'ignore' });
  });

  it('ignores a duplicate event and an out-of-order older one: the document already includes them', () => {
    expect(planLiveUpdate(doc(6), event(6), idle)).toEqual({ kind: 'ignore' });
    expect(planLiveUpdate(doc(8), event(7), idle)).toEqual({ kind: 'ignore' });
  });

  it('ignores the current user’s own write once its answer is in the cache, and fetches it if the event came first', () => {
    // afterWrite put the saved item and revision 6 into the cache (and refetches the document itself).
    expect(planLiveUpdate(doc(6), event(6, { actorUserId: ME }), idle)).toEqual({ kind: 'ignore' });
    // The event overtook the PATCH's answer: the same single-item fetch as for anyone else's edit.
    expect(planLiveUpdate(doc(5), event(6, { actorUserId: ME }), idle)).toEqual({
      kind: 'fetch-item',
      itemId: A,
    });
  });

  it('refetches the document after a gap in revisions', () => {
    expect(planLiveUpdate(doc(5), event(7), idle)).toEqual({ kind: 'refetch' });
    expect(planLiveUpdate(doc(5), event(7, { action: 'roadmaps.item-deleted' }), idle)).toEqual({
      kind: 'refetch',
    });
  });

  it('refetches for whole-roadmap changes, coverage, evidence and unknown actions', () => {
    const refetched: Partial<RoadmapLiveEvent>[] = [
      { action: 'roadmaps.import-applied', entityType: 'roadmap_import', entityId: C },
      { action: 'roadmaps.updated', entityType: 'roadmap', entityId: ROADMAP },
      { action: 'roadmaps.problem-updated', entityType: 'roadmap_item', entityId: P },
      { action: 'roadmaps.coverage-set', entityType: 'roadmap_coverage', entityId: C },
      { action: 'roadmaps.coverage-cleared', entityType: 'roadmap_coverage', entityId: C },
      { action: 'roadmaps.evidence-added', entityType: 'roadmap_evidence', entityId: C },
      { action: 'roadmaps.items-reordered', entityType: 'roadmap_item', entityId: A },
      { action: 'roadmaps.item-updated', entityType: 'roadmap_problem', entityId: A },
    ];
    for (const overrides of refetched) {
      expect(planLiveUpdate(doc(5), event(6, overrides), idle)).toEqual({ kind: 'refetch' });
    }
  });

  it('refetches while the document is being fetched (its answer would overwrite a splice) or is not cached', () => {
    expect(planLiveUpdate(doc(5), event(6), { documentFetching: true })).toEqual({ kind: 'refetch' });
    expect(planLiveUpdate(undefined, event(6), idle)).toEqual({ kind: 'refetch' });
  });

  it('refetches for an event of another roadmap or of another type', () => {
    expect(planLiveUpdate(doc(5), event(6, { roadmapId: C }), idle)).toEqual({ kind: 'refetch' });
    expect(planLiveUpdate(doc(5), event(6, { type: 'comment.added' }), idle)).toEqual({ kind: 'refetch' });
  });
});

describe('applyLiveChange', () => {
  const edited = item(A, { title: 'Renamed', revision: 2, updatedAt: '2026-12-07T01:00:00.000Z' });

  it('replaces the updated item in place and moves the document to the event’s revision', () => {
    const before = doc(5);
    const after = applyLiveChange(before, event(6), { kind: 'item', item: edited });
    if (after === 'refetch') throw new Error('expected a patched document');
    expect(after.items.map((i) => i.id)).toEqual([A, B, C]);
    expect(after.items[0]).toBe(edited);
    expect(after.items[1]).toBe(before.items[1]);
    expect(after.roadmap.revision).toBe(6);
    expect(after.roadmap.updatedAt).toBe('2026-12-07T01:00:00.000Z');
    expect(after.problems).toBe(before.problems);
    expect(before.roadmap.revision).toBe(5); // not mutated
    expect(before.items[0].title).toBe('Item a');
  });

  it('appends a created item (the document lists items in creation order)', () => {
    const created = item('00000000-0000-4000-8000-0000000000dd');
    const after = applyLiveChange(
      doc(5),
      event(6, { action: 'roadmaps.item-created', entityId: created.id }),
      { kind: 'item', item: created },
    );
    if (after === 'refetch') throw new Error('expected a patched document');
    expect(after.items.map((i) => i.id)).toEqual([A, B, C, created.id]);
    expect(after.roadmap.revision).toBe(6);
  });

  it('removes a deleted item and its place in other items’ dependencies', () => {
    const after = applyLiveChange(doc(5), event(6, { action: 'roadmaps.item-deleted' }), {
      kind: 'item-deleted',
      itemId: A,
    });
    if (after === 'refetch') throw new Error('expected a patched document');
    expect(after.items.map((i) => i.id)).toEqual([B, C]);
    expect(after.items[0].dependsOn).toEqual([]);
    expect(after.roadmap.revision).toBe(6);
  });

  it('replaces an updated problem in place and appends a created one (problems too are listed in creation order)', () => {
    const renamed: ProblemResponse = { ...problem, title: 'Renamed', revision: 2 };
    const updated = applyLiveChange(
      doc(5),
      event(6, { action: 'roadmaps.problem-updated', entityType: 'roadmap_problem', entityId: P }),
      { kind: 'problem', problem: renamed },
    );
    if (updated === 'refetch') throw new Error('expected a patched document');
    expect(updated.problems).toEqual([renamed]);
    expect(updated.roadmap.revision).toBe(6);
    expect(updated.roadmap.updatedAt).toBe('2026-12-07T01:00:00.000Z');

    const fresh: ProblemResponse = { ...problem, id: C, title: 'No open data' };
    const created = applyLiveChange(
      updated,
      event(7, { action: 'roadmaps.problem-created', entityType: 'roadmap_problem', entityId: C }),
      { kind: 'problem', problem: fresh },
    );
    if (created === 'refetch') throw new Error('expected a patched document');
    expect(created.problems.map((p) => [p.id, p.title])).toEqual([
      [P, 'Renamed'],
      [C, 'No open data'],
    ]);
    expect(created.items).toBe(updated.items);
    expect(created.roadmap.revision).toBe(7);
    expect(planLiveUpdate(created, event(7, { entityType: 'roadmap_problem' }), idle)).toEqual({
      kind: 'ignore',
    });
  });

  it('removes a deleted problem', () => {
    const after = applyLiveChange(
      doc(5),
      event(6, { action: 'roadmaps.problem-deleted', entityType: 'roadmap_problem', entityId: P }),
      { kind: 'problem-deleted', problemId: P },
    );
    if (after === 'refetch') throw new Error('expected a patched document');
    expect(after.problems).toEqual([]);
    expect(after.roadmap.revision).toBe(6);
  });

  it('leaves a document that already includes the revision as it is (the event was handled meanwhile)', () => {
    const current = doc(6);
    expect(applyLiveChange(current, event(6), { kind: 'item', item: edited })).toBe(current);
    expect(applyLiveChange(current, event(5), { kind: 'item', item: edited })).toBe(current);
  });

  it('refuses to jump a gap: the cache never claims a revision whose content it lacks', () => {
    expect(applyLiveChange(doc(5), event(7), { kind: 'item', item: edited })).toBe('refetch');
    expect(
      applyLiveChange(doc(4), event(6, { action: 'roadmaps.item-deleted' }), {
        kind: 'item-deleted',
        itemId: A,
      }),
    ).toBe('refetch');
  });

  it('refuses changes that do not fit the document', () => {
    const stranger = item('00000000-0000-4000-8000-0000000000ee');
    const cases: [RoadmapLiveEvent, LiveChange][] = [
      // An update of an item the document does not hold: something was missed.
      [event(6, { entityId: stranger.id }), { kind: 'item', item: stranger }],
      // The fetched item is not the one the event names.
      [event(6, { entityId: B }), { kind: 'item', item: edited }],
      // Older than the cached copy.
      [event(6), { kind: 'item', item: item(A, { revision: 0 }) }],
      // Deleting what is not there.
      [
        event(6, { action: 'roadmaps.item-deleted', entityId: stranger.id }),
        { kind: 'item-deleted', itemId: stranger.id },
      ],
      [
        event(6, { action: 'roadmaps.problem-deleted', entityType: 'roadmap_problem', entityId: C }),
        { kind: 'problem-deleted', problemId: C },
      ],
      // An update of a problem the document does not hold (its creation was missed).
      [
        event(6, { action: 'roadmaps.problem-updated', entityType: 'roadmap_problem', entityId: C }),
        { kind: 'problem', problem: { ...problem, id: C } },
      ],
      // The fetched problem is not the one the event names, or is older than the cached copy.
      [
        event(6, { action: 'roadmaps.problem-updated', entityType: 'roadmap_problem', entityId: C }),
        { kind: 'problem', problem },
      ],
      [
        event(6, { action: 'roadmaps.problem-updated', entityType: 'roadmap_problem', entityId: P }),
        { kind: 'problem', problem: { ...problem, revision: 0 } },
      ],
      // A created problem across a gap.
      [
        event(7, { action: 'roadmaps.problem-created', entityType: 'roadmap_problem', entityId: C }),
        { kind: 'problem', problem: { ...problem, id: C } },
      ],
      // Another roadmap's event.
      [event(6, { roadmapId: C }), { kind: 'item', item: edited }],
    ];
    for (const [e, change] of cases) expect(applyLiveChange(doc(5), e, change)).toBe('refetch');
  });

  it('applies events in order one after another, and skips a duplicate of the last one', () => {
    let current = doc(5);
    const steps: [RoadmapLiveEvent, LiveChange][] = [
      [event(6), { kind: 'item', item: edited }],
      [event(7, { entityId: C }), { kind: 'item', item: item(C, { progress: 40, revision: 2 }) }],
      [event(8, { action: 'roadmaps.item-deleted', entityId: B }), { kind: 'item-deleted', itemId: B }],
    ];
    for (const [e, change] of steps) {
      expect(planLiveUpdate(current, e, idle).kind).not.toBe('refetch');
      const next = applyLiveChange(current, e, change);
      if (next === 'refetch') throw new Error(`revision ${e.roadmapRevision} not applied`);
      current = next;
    }
    expect(current.roadmap.revision).toBe(8);
    expect(current.items.map((i) => [i.id, i.title, i.progress])).toEqual([
      [A, 'Renamed', 0],
      [C, 'Item c', 40],
    ]);
    expect(planLiveUpdate(current, steps[2][0], idle)).toEqual({ kind: 'ignore' });
  });
});
