import type { FrameworkTreeResponse, RoadmapDocumentResponse } from '@smartcity/contracts';

import type { Person } from '../api/get-people';
import type { CatalogueLookup } from './catalogue-names';
import type { KpiLookup } from './kpi-names';

/** What every panel of the workspace works with, loaded once by the workspace. */
export type RoadmapView = {
  organizationId: string;
  roadmapId: string;
  document: RoadmapDocumentResponse;
  tree: FrameworkTreeResponse | undefined;
  catalogue: CatalogueLookup;
  /** Names of KPI definitions (for KPI targets). */
  kpis: KpiLookup;
  people: Person[];
  currentUserId: string;
  canEdit: boolean;
  canComment: boolean;
};

export type RoadmapAccess = {
  currentUserId: string;
  canEdit: boolean;
  canComment: boolean;
  /** Whether the municipality's members can be listed (mention picker, names in notices). */
  canListPeople: boolean;
};

export function itemPath(organizationId: string, roadmapId: string, itemId: string): string {
  return `/organizations/${organizationId}/roadmaps/${roadmapId}/items/${itemId}`;
}

export function roadmapPath(organizationId: string, roadmapId: string): string {
  return `/organizations/${organizationId}/roadmaps/${roadmapId}`;
}
