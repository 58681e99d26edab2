import { useParams } from 'react-router-dom';

import { RoadmapItemPage } from '../../features/roadmaps/components/roadmap-item-page';
import { useRoadmapAccess } from './roadmap-access';

export function RoadmapItemRoute() {
  const { orgId = '', roadmapId = '', itemId = '' } = useParams();
  const access = useRoadmapAccess(orgId);
  return (
    <RoadmapItemPage
      key={itemId}
      organizationId={orgId}
      roadmapId={roadmapId}
      itemId={itemId}
      access={access}
    />
  );
}
