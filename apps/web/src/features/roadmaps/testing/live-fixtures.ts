import type {
  ProblemResponse,
  RoadmapDocumentResponse,
  RoadmapItemResponse,
  RoadmapLiveEvent,
} from '@smartcity/contracts';

/*
 * A small roadmap document and its live events shaped exactly like the API's answers, for the specs of the live
 * update (`planLiveUpdate` / `applyLiveChange`) and of `useRoadmapEvents`.
 */
export const ORG = '00000000-0000-4000-8000-0000000000c1';
export const ROADMAP = '00000000-0000-4000-8000-000000000001';
export const A = '00000000-0000-4000-8000-00000000000a';
export const B = '00000000-0000-4000-8000-00000000000b';
export const ME = '00000000-0000-4000-8000-0000000000e1';
export const THEM = '00000000-0000-4000-8000-0000000000e2';

export function liveItem(id: string, overrides: Partial<RoadmapItemResponse> = {}): RoadmapItemResponse {
  return {
    id,
    kind: 'own',
    measureId: null,
    title: `Item ${id.slice(-1)}`,
    description: null,
    directionId: null,
    responsibleUnit: null,
    responsiblePerson: null,
    startMonth: '2026-01',
    endMonth: '2026-06',
    status: 'planned',
    progress: 0,
    problemIds: [],
    dependsOn: [],
    budgetLines: [],
    kpiTargets: [],
    revision: 1,
    updatedAt: '2026-12-01T10:00:00.000Z',
    ...overrides,
  };
}

/** The document of roadmap `ROADMAP` at `revision`, holding `items` and `problems`. */
export function liveDocument(
  revision: number,
  items: RoadmapItemResponse[],
  problems: ProblemResponse[] = [],
): RoadmapDocumentResponse {
  return {
    roadmap: {
      id: ROADMAP,
      municipalityId: ORG,
      frameworkId: '00000000-0000-4000-8000-0000000000d1',
      title: 'Roadmap',
      periodStartYear: 2025,
      periodEndYear: 2030,
      outlookYear: null,
      status: 'draft',
      revision,
      clonedFromId: null,
      createdAt: '2026-12-01T09:00:00.000Z',
      updatedAt: '2026-12-01T10:00:00.000Z',
    },
    problems,
    items,
    coverage: [],
  };
}

/** `THEM` updated item `A`, moving the roadmap to `roadmapRevision`. */
export function liveEvent(
  roadmapRevision: number,
  overrides: Partial<RoadmapLiveEvent> = {},
): RoadmapLiveEvent {
  return {
    type: 'roadmap.changed',
    roadmapId: ROADMAP,
    roadmapRevision,
    action: 'roadmaps.item-updated',
    entityType: 'roadmap_item',
    entityId: A,
    actorUserId: THEM,
    occurredAt: '2026-12-07T01:00:00.000Z',
    ...overrides,
  };
}
