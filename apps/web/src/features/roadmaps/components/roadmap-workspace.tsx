import '../roadmaps.css';

import { useSearchParams } from 'react-router-dom';

import { ErrorState } from '../../../components/ui/error-state';
import { PageHeader } from '../../../components/ui/page-header';
import { Spinner } from '../../../components/ui/spinner';
import { useT } from '../../../i18n/i18n-provider';
import { ActivityFeed } from './activity-feed';
import { BudgetChart } from './budget-chart';
import { CommentsPanel } from './comments-panel';
import { CoveragePanel } from './coverage-panel';
import { ItemsTable } from './items-table';
import { LiveNotice } from './live-notice';
import { ProblemsPanel } from './problems-panel';
import type { RoadmapAccess } from './roadmap-context';
import { RoadmapStatusBadge } from './roadmap-status-badge';
import { RoadmapTabs } from './roadmap-tabs';
import { Timeline } from './timeline';
import { useRoadmapView } from './use-roadmap-view';

const TABS = ['items', 'timeline', 'problems', 'coverage', 'budget', 'discussion'] as const;
type TabId = (typeof TABS)[number];

const isTab = (value: string | null): value is TabId =>
  value !== null && (TABS as readonly string[]).includes(value);

export type RoadmapWorkspaceProps = { organizationId: string; roadmapId: string; access: RoadmapAccess };

/** One roadmap: its items (table, timeline), problems, coverage, budget and discussion, kept live. */
export function RoadmapWorkspace({ organizationId, roadmapId, access }: RoadmapWorkspaceProps) {
  const t = useT();
  const [params, setParams] = useSearchParams();
  const { view, document, remoteChange } = useRoadmapView(organizationId, roadmapId, access);
  const tab: TabId = isTab(params.get('tab')) ? (params.get('tab') as TabId) : 'items';

  if (document.isPending) return <Spinner block />;
  if (!view)
    return (
      <ErrorState
        title={t('roadmaps.workspace.loadFailed')}
        error={document.error}
        onRetry={() => void document.refetch()}
      />
    );
  const { roadmap } = view.document;

  return (
    <div className="stack roadmap-workspace">
      <PageHeader
        title={roadmap.title}
        intro={
          <>
            {t('roadmaps.periodRange', { from: roadmap.periodStartYear, to: roadmap.periodEndYear })}{' '}
            <RoadmapStatusBadge status={roadmap.status} />{' '}
            <span className="muted">{t('roadmaps.workspace.revision', { revision: roadmap.revision })}</span>
          </>
        }
      />
      <LiveNotice change={remoteChange} people={view.people} />
      <RoadmapTabs
        label={t('roadmaps.workspace.tabs')}
        tabs={TABS.map((id) => ({ id, label: t(`roadmaps.tab.${id}`) }))}
        selected={tab}
        onSelect={(id) => setParams({ tab: id }, { replace: true })}
      >
        {tab === 'items' ? <ItemsTable view={view} /> : null}
        {tab === 'timeline' ? <Timeline view={view} /> : null}
        {tab === 'problems' ? <ProblemsPanel view={view} /> : null}
        {tab === 'coverage' ? <CoveragePanel view={view} /> : null}
        {tab === 'budget' ? <BudgetChart view={view} /> : null}
        {tab === 'discussion' ? (
          <div className="split">
            <CommentsPanel view={view} itemId={null} />
            <ActivityFeed view={view} />
          </div>
        ) : null}
      </RoadmapTabs>
    </div>
  );
}
