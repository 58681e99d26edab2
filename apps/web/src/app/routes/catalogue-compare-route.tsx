import { useParams } from 'react-router-dom';

import { VersionCompare } from '../../features/catalogue/components/version-compare';

export function CatalogueCompareRoute() {
  const { code = '' } = useParams();
  return <VersionCompare key={code} code={code} />;
}
