import { useParams } from 'react-router-dom';

import { ItemReviewComments } from '../../features/applications/components/item-review-comments';
import { ItemCompliance } from '../../features/compliance/components/item-compliance';
import { useOrganization } from '../../features/organizations/api/get-organization';
import { RoadmapItemPage } from '../../features/roadmaps/components/roadmap-item-page';
import { useRoadmapAccess } from './roadmap-access';
import { roadmapComplianceLinks } from './roadmap-compliance-links';

/**
 * An item's page, with what the live compliance check says about the item under its editor, and the reviewers'
 * comments on the item while the roadmap's application is back for changes.
 */
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
        <>
          <ItemReviewComments organizationId={orgId} roadmapId={roadmapId} itemId={id} />
          <ItemCompliance
            itemId={id}
            document={view.document}
            tree={view.tree}
            municipality={municipality.data}
            links={links}
          />
        </>
      )}
    />
  );
}
