import { useParams } from 'react-router-dom';

import { FrameworkView } from '../../features/catalogue/components/framework-view';
import { useCurrentOrganization } from '../current-organization';

export function FrameworkRoute() {
  const { frameworkId = '' } = useParams();
  const { hasPermission } = useCurrentOrganization();
  return (
    <FrameworkView
      key={frameworkId}
      frameworkId={frameworkId}
      canManage={hasPermission('catalogue.manage')}
    />
  );
}
