import type {
  ProblemResponse,
  RoadmapDocumentResponse,
  RoadmapItemResponse,
  RoadmapLiveEvent,
} from '@smartcity/contracts';

/**
 * What a live `roadmap.changed` does to the cached roadmap document. Events say what changed, never the content,
 * so the common case (one item or problem written by someone, the very next revision) costs one small fetch instead
 * of the whole document:
 * - `ignore`: the cached document already includes this revision (a duplicate, an out-of-order older event, or
 *   the current user's own write whose answer was already put into the cache);
 * - `fetch-item`: fetch that one item (`GET …/items/:itemId`), then splice it with `applyLiveChange`;
 * - `fetch-problem`: the same for one problem created or edited (`GET …/problems/:problemId`);
 * - `apply`: splice without fetching anything (a deletion: the event names all that is needed);
 * - `refetch`: refetch the whole document, as for everything else (a gap in revisions, a document fetch already
 *   running, workbook applies, roadmap settings, coverage, evidence, unknown actions).
 */
export type LivePlan =
  | { kind: 'ignore' }
  | { kind: 'refetch' }
  | { kind: 'fetch-item'; itemId: string }
  | { kind: 'fetch-problem'; problemId: string }
  | { kind: 'apply'; change: LiveChange };

/** A change that can be spliced into the cached document. */
export type LiveChange =
  | { kind: 'item'; item: RoadmapItemResponse }
  | { kind: 'item-deleted'; itemId: string }
  | { kind: 'problem'; problem: ProblemResponse }
  | { kind: 'problem-deleted'; problemId: string };

/** The audit actions of writes that change exactly one item or one problem (`RoadmapWrites.write`). */
export const ITEM_WRITTEN_ACTIONS: readonly string[] = ['roadmaps.item-created', 'roadmaps.item-updated'];
export const ITEM_DELETED_ACTION = 'roadmaps.item-deleted';
export const PROBLEM_WRITTEN_ACTIONS: readonly string[] = [
  'roadmaps.problem-created',
  'roadmaps.problem-updated',
];
export const PROBLEM_DELETED_ACTION = 'roadmaps.problem-deleted';

export type PlanOptions = {
  /** A fetch of the whole document is running: its answer would overwrite a splice, so refetch instead. */
  documentFetching: boolean;
};

/** Decides, from the cached document alone, whether an event can be patched in or needs a refetch. */
export function planLiveUpdate(
  document: RoadmapDocumentResponse | undefined,
  event: RoadmapLiveEvent,
  options: PlanOptions,
): LivePlan {
  if (event.type !== 'roadmap.changed' || !document) return { kind: 'refetch' };
  if (event.roadmapId !== document.roadmap.id) return { kind: 'refetch' };
  const cached = document.roadmap.revision;
  if (event.roadmapRevision <= cached) return { kind: 'ignore' };
  if (options.documentFetching || event.roadmapRevision !== cached + 1) return { kind: 'refetch' };
  if (event.entityType === 'roadmap_item' && ITEM_WRITTEN_ACTIONS.includes(event.action)) {
    return { kind: 'fetch-item', itemId: event.entityId };
  }
  if (event.entityType === 'roadmap_item' && event.action === ITEM_DELETED_ACTION) {
    return { kind: 'apply', change: { kind: 'item-deleted', itemId: event.entityId } };
  }
  if (event.entityType === 'roadmap_problem' && PROBLEM_WRITTEN_ACTIONS.includes(event.action)) {
    return { kind: 'fetch-problem', problemId: event.entityId };
  }
  if (event.entityType === 'roadmap_problem' && event.action === PROBLEM_DELETED_ACTION) {
    return { kind: 'apply', change: { kind: 'problem-deleted', problemId: event.entityId } };
  }
  return { kind: 'refetch' };
}

/**
 * Splices `change` (made by `event`) into the document and moves it to the event's revision. Checked again against
 * the document as it is now (it may have moved while the item was being fetched):
 * - the document already includes the revision → returned unchanged;
 * - it is not exactly one revision behind, or the change does not fit it (an update of an item or problem it does
 *   not hold, a deletion of one it does not hold, an item or problem older than the cached one) → `refetch`; the
 *   cache never claims a revision whose content it lacks.
 * A deleted item also leaves the other items' dependencies (the database cascades them).
 */
export function applyLiveChange(
  document: RoadmapDocumentResponse,
  event: RoadmapLiveEvent,
  change: LiveChange,
): RoadmapDocumentResponse | 'refetch' {
  if (event.roadmapId !== document.roadmap.id) return 'refetch';
  if (event.roadmapRevision <= document.roadmap.revision) return document;
  if (event.roadmapRevision !== document.roadmap.revision + 1) return 'refetch';
  const roadmap = { ...document.roadmap, revision: event.roadmapRevision, updatedAt: event.occurredAt };
  switch (change.kind) {
    case 'item': {
      const items = upsert(document.items, change.item, event, 'roadmaps.item-created');
      return items === 'refetch' ? items : { ...document, roadmap, items };
    }
    case 'item-deleted': {
      if (change.itemId !== event.entityId) return 'refetch';
      if (!document.items.some((i) => i.id === change.itemId)) return 'refetch';
      const items = document.items
        .filter((i) => i.id !== change.itemId)
        .map((i) =>
          i.dependsOn.includes(change.itemId)
            ? { ...i, dependsOn: i.dependsOn.filter((id) => id !== change.itemId) }
            : i,
        );
      return { ...document, roadmap, items };
    }
    case 'problem': {
      const problems = upsert(document.problems, change.problem, event, 'roadmaps.problem-created');
      return problems === 'refetch' ? problems : { ...document, roadmap, problems };
    }
    case 'problem-deleted': {
      if (change.problemId !== event.entityId) return 'refetch';
      if (!document.problems.some((p) => p.id === change.problemId)) return 'refetch';
      // The API refuses to delete a problem items still cite, so no item's problemIds changes.
      return { ...document, roadmap, problems: document.problems.filter((p) => p.id !== change.problemId) };
    }
  }
}

/**
 * `entity` (fetched alone after `event`) put into `list`: in place when cached, else last — items and problems are
 * listed in creation order — when the event created it. Anything that does not fit (another id, an older copy, an
 * edit of something not cached) asks for a refetch.
 */
function upsert<T extends { id: string; revision: number }>(
  list: readonly T[],
  entity: T,
  event: RoadmapLiveEvent,
  createdAction: string,
): T[] | 'refetch' {
  if (entity.id !== event.entityId) return 'refetch';
  const index = list.findIndex((e) => e.id === entity.id);
  if (index === -1) return event.action === createdAction ? [...list, entity] : 'refetch';
  if (entity.revision < list[index].revision) return 'refetch';
  const next = [...list];
  next[index] = entity;
  return next;
}
