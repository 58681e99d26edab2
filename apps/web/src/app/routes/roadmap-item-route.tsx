import { useParams } from 'react-router-dom';

import { ItemCompliance } from '../../features/compliance/components/item-compliance';
import { useOrganization } from '../../features/organizations/api/get-organization';
import { RoadmapItemPage } from '../../features/roadmaps/components/roadmap-item-page';
import { useRoadmapAccess } from './roadmap-access';
import { roadmapComplianceLinks } from './roadmap-compliance-links';

/** An item's page, with what the live compliance check says about the item under its editor. */
export function RoadmapItemRoute() {
  const { orgId = '', roadmapId = '', itemId = '' } = useParams();
  const access = useRoadmapAccess(orgId);
  const municipality = useOrganization(orgId || null);
  const links = roadmapComplianceLinks(orgId, roadmapId);
  return (
    <RoadmapItemPage
      key={itemId}
      organizationId={orgId}
      roadmapId={roadmapId}
      itemId={itemId}
      access={access}
      itemAside={(view, id) => (
        <ItemCompliance
          itemId={id}
          document={view.document}
          tree={view.tree}
          municipality={municipality.data}
          links={links}
        />
      )}
    />
  );
}
