import { PageHeader } from '../../components/ui/page-header';
import { ImportWizard } from '../../features/catalogue/components/import-wizard';
import { useT } from '../../i18n/i18n-provider';
import { useCurrentOrganization } from '../current-organization';
import { ForbiddenRoute } from './forbidden-route';

/** Catalogue admins only: everyone else gets the forbidden page (and the API answers 403). */
export function CatalogueImportRoute() {
  const t = useT();
  const { hasPermission } = useCurrentOrganization();
  if (!hasPermission('catalogue.manage')) return <ForbiddenRoute />;
  return (
    <div className="stack">
      <PageHeader title={t('catalogueImport.title')} intro={t('catalogueImport.intro')} />
      <ImportWizard />
    </div>
  );
}
