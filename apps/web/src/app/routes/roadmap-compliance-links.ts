import type { ComplianceLinks } from '../../features/compliance/components/compliance-links';
import { itemPath, roadmapPath } from '../../features/roadmaps/components/roadmap-context';

/** Where compliance findings of a roadmap link to: an item's page, or the coverage tab for a measure. */
export function roadmapComplianceLinks(organizationId: string, roadmapId: string): ComplianceLinks {
  return {
    item: (itemId) => itemPath(organizationId, roadmapId, itemId),
    measure: (measureId) =>
      `${roadmapPath(organizationId, roadmapId)}?tab=coverage&measure=${encodeURIComponent(measureId)}`,
  };
}
