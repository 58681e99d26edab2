import { useParams } from 'react-router-dom';

import { RoadmapWorkspace } from '../../features/roadmaps/components/roadmap-workspace';
import { useRoadmapAccess } from './roadmap-access';

export function RoadmapRoute() {
  const { orgId = '', roadmapId = '' } = useParams();
  const access = useRoadmapAccess(orgId);
  return <RoadmapWorkspace key={roadmapId} organizationId={orgId} roadmapId={roadmapId} access={access} />;
}
