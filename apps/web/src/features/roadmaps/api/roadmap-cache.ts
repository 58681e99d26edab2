import type { QueryClient } from '@tanstack/react-query';
import type {
  CoverageResponse,
  ProblemResponse,
  RoadmapDocumentResponse,
  RoadmapItemResponse,
} from '@smartcity/contracts';

import { roadmapKeys } from './roadmap-keys';

type Part =
  | { kind: 'item'; item: RoadmapItemResponse }
  | { kind: 'item-deleted'; itemId: string }
  | { kind: 'problem'; problem: ProblemResponse }
  | { kind: 'problem-deleted'; problemId: string }
  | { kind: 'coverage'; coverage: CoverageResponse }
  | { kind: 'coverage-deleted'; measureId: string };

function upsert<T>(list: readonly T[], next: T, same: (row: T) => boolean): T[] {
  const index = list.findIndex(same);
  if (index === -1) return [...list, next];
  const copy = [...list];
  copy[index] = next;
  return copy;
}

/** Applies a write's answer to the cached document at once (the refetch that follows confirms it). */
export function applyWrite(
  document: RoadmapDocumentResponse,
  roadmapRevision: number,
  part: Part,
): RoadmapDocumentResponse {
  const roadmap = { ...document.roadmap, revision: Math.max(document.roadmap.revision, roadmapRevision) };
  switch (part.kind) {
    case 'item':
      return { ...document, roadmap, items: upsert(document.items, part.item, (i) => i.id === part.item.id) };
    case 'item-deleted':
      return { ...document, roadmap, items: document.items.filter((i) => i.id !== part.itemId) };
    case 'problem':
      return {
        ...document,
        roadmap,
        problems: upsert(document.problems, part.problem, (p) => p.id === part.problem.id),
      };
    case 'problem-deleted':
      return { ...document, roadmap, problems: document.problems.filter((p) => p.id !== part.problemId) };
    case 'coverage':
      return {
        ...document,
        roadmap,
        coverage: upsert(document.coverage, part.coverage, (c) => c.measureId === part.coverage.measureId),
      };
    case 'coverage-deleted':
      return {
        ...document,
        roadmap,
        coverage: document.coverage.filter((c) => c.measureId !== part.measureId),
      };
  }
}

/** Writes the answer into the cache, then refetches the roadmap's document and activity. */
export async function afterWrite(
  queryClient: QueryClient,
  organizationId: string,
  roadmapId: string,
  roadmapRevision: number,
  part: Part,
): Promise<void> {
  queryClient.setQueryData<RoadmapDocumentResponse>(
    roadmapKeys.document(organizationId, roadmapId),
    (current) => (current ? applyWrite(current, roadmapRevision, part) : current),
  );
  await Promise.all([
    queryClient.invalidateQueries({ queryKey: roadmapKeys.document(organizationId, roadmapId) }),
    queryClient.invalidateQueries({ queryKey: roadmapKeys.activity(organizationId, roadmapId) }),
  ]);
}
