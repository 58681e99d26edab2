import { useMemo } from 'react';

import { useLocale } from '../../../i18n/i18n-provider';
import { useFrameworkTree } from '../api/get-framework-tree';
import { useKpiCatalogue } from '../api/get-kpi-catalogue';
import { usePeople } from '../api/get-people';
import { useRoadmapDocument } from '../api/get-roadmap-document';
import { useRoadmapEvents } from '../hooks/use-roadmap-events';
import { catalogueLookup } from './catalogue-names';
import { kpiLookup } from './kpi-names';
import type { RoadmapAccess, RoadmapView } from './roadmap-context';

/**
 * Loads the roadmap, its framework and people, and keeps them live; `view` is null until the document is there,
 * `connection` says whether changes by others arrive (see useRoadmapEvents).
 */
export function useRoadmapView(organizationId: string, roadmapId: string, access: RoadmapAccess) {
  const [locale] = useLocale();
  const document = useRoadmapDocument(organizationId, roadmapId);
  const tree = useFrameworkTree(document.data?.roadmap.frameworkId);
  const people = usePeople(organizationId, { enabled: access.canListPeople });
  const { remoteChange, connection } = useRoadmapEvents(organizationId, roadmapId, access.currentUserId);
  const catalogue = useMemo(() => catalogueLookup(locale, tree.data), [locale, tree.data]);
  const kpiCatalogue = useKpiCatalogue();
  const kpiTreeCount = kpiCatalogue.trees.length;
  // eslint-disable-next-line react-hooks/exhaustive-deps -- the trees array is new each render; its size says when one arrived
  const kpis = useMemo(() => kpiLookup(locale, kpiCatalogue.trees), [locale, kpiTreeCount]);

  const view: RoadmapView | null = document.data
    ? {
        organizationId,
        roadmapId,
        document: document.data,
        tree: tree.data,
        catalogue,
        kpis,
        people: people.data ?? [],
        currentUserId: access.currentUserId,
        canEdit: access.canEdit && document.data.roadmap.status === 'draft',
        canComment: access.canComment,
      }
    : null;
  return { view, document, remoteChange, connection };
}
