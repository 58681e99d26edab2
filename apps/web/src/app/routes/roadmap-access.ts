import { useCurrentOrganization } from '../current-organization';
import type { RoadmapAccess } from '../../features/roadmaps/components/roadmap-context';

/** What the signed-in user may do with the roadmaps of `organizationId` (the server re-checks every call). */
export function useRoadmapAccess(organizationId: string): RoadmapAccess {
  const { session, current, hasPermission } = useCurrentOrganization();
  const own = current?.organization.id === organizationId;
  return {
    currentUserId: session.user.id,
    canEdit: own && hasPermission('roadmaps.edit'),
    canComment: hasPermission('roadmaps.comment'),
    canListPeople: own && hasPermission('members.read'),
  };
}
