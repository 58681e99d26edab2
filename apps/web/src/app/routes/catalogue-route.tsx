import { Link } from 'react-router-dom';

import { ErrorState } from '../../components/ui/error-state';
import { PageHeader } from '../../components/ui/page-header';
import { Spinner } from '../../components/ui/spinner';
import { useFrameworks } from '../../features/catalogue/api/get-frameworks';
import { CatalogueSearch } from '../../features/catalogue/components/catalogue-search';
import { FrameworkList } from '../../features/catalogue/components/framework-list';
import { useT } from '../../i18n/i18n-provider';
import { useCurrentOrganization } from '../current-organization';

export function CatalogueRoute() {
  const t = useT();
  const { hasPermission } = useCurrentOrganization();
  const frameworks = useFrameworks();

  return (
    <div className="stack stack--large">
      <PageHeader
        title={t('catalogue.title')}
        intro={t('catalogue.intro')}
        actions={
          hasPermission('catalogue.manage') ? (
            <Link className="button button--primary" to="/catalogue/import">
              {t('catalogue.import')}
            </Link>
          ) : null
        }
      />
      <CatalogueSearch />
      <section aria-labelledby="frameworks-heading" className="stack">
        <h2 id="frameworks-heading" className="section-title">
          {t('catalogue.frameworksHeading')}
        </h2>
        {frameworks.isPending ? (
          <Spinner block />
        ) : frameworks.isError ? (
          <ErrorState error={frameworks.error} onRetry={() => void frameworks.refetch()} />
        ) : (
          <FrameworkList frameworks={frameworks.data.items} />
        )}
      </section>
    </div>
  );
}
