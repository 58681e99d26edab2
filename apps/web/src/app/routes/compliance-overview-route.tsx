import { PageHeader } from '../../components/ui/page-header';
import { MunicipalityOverview } from '../../features/compliance/components/municipality-overview';
import { RecomputePanel } from '../../features/compliance/components/recompute-panel';
import { useOrganizations } from '../../features/organizations/api/get-organizations';
import { roadmapPath } from '../../features/roadmaps/components/roadmap-context';
import { useLocale, useT } from '../../i18n/i18n-provider';
import { useCurrentOrganization } from '../current-organization';
import { ForbiddenRoute } from './forbidden-route';

/**
 * Compliance across municipalities, for regional coordinators (their region) and ministry roles; everyone else gets
 * the forbidden page (and the API answers 403). Programme coordinators can also recompute every roadmap.
 */
export function ComplianceOverviewRoute() {
  const t = useT();
  const [locale] = useLocale();
  const { hasPermission } = useCurrentOrganization();
  const canView = hasPermission('compliance.overview');
  const organizations = useOrganizations();
  if (!canView) return <ForbiddenRoute />;
  const regions = organizations.data
    ?.filter((organization) => organization.kind === 'region')
    .map((region) => ({ id: region.id, name: locale === 'ru' ? region.nameRu : region.nameEn }))
    .sort((a, b) => a.name.localeCompare(b.name, locale));
  return (
    <div className="stack">
      <PageHeader title={t('compliance.overview.title')} intro={t('compliance.overview.intro')} />
      {hasPermission('compliance.recompute') ? <RecomputePanel /> : null}
      <MunicipalityOverview regions={regions} roadmapHref={roadmapPath} />
    </div>
  );
}
