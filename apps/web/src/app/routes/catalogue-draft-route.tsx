import { useParams } from 'react-router-dom';

import { DraftEditor } from '../../features/catalogue/components/draft-editor';
import { useCurrentOrganization } from '../current-organization';
import { ForbiddenRoute } from './forbidden-route';

/** Catalogue admins only: everyone else gets the forbidden page (and the API answers 403 to every draft edit). */
export function CatalogueDraftRoute() {
  const { frameworkId = '' } = useParams();
  const { hasPermission } = useCurrentOrganization();
  if (!hasPermission('catalogue.manage')) return <ForbiddenRoute />;
  return <DraftEditor key={frameworkId} frameworkId={frameworkId} />;
}
