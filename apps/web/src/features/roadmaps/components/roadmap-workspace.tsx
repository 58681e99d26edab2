import '../roadmaps.css';

import type { ReactNode } from 'react';
import { useSearchParams } from 'react-router-dom';

import { ErrorState } from '../../../components/ui/error-state';
import { PageHeader } from '../../../components/ui/page-header';
import { Spinner } from '../../../components/ui/spinner';
import { useT } from '../../../i18n/i18n-provider';
import { ActivityFeed } from './activity-feed';
import { BudgetChart } from './budget-chart';
import { CloneRoadmapButton } from './clone-roadmap-button';
import { CommentsPanel } from './comments-panel';
import { CoveragePanel } from './coverage-panel';
import { ItemsTable } from './items-table';
import { LiveConnectionStatus } from './live-connection-status';
import { LiveNotice } from './live-notice';
import { ProblemsPanel } from './problems-panel';
import type { RoadmapAccess, RoadmapView } from './roadmap-context';
import { RoadmapSettingsForm } from './roadmap-settings-form';
import { RoadmapStatusBadge } from './roadmap-status-badge';
import { RoadmapTabs } from './roadmap-tabs';
import { SheetPanel } from './sheet-panel';
import { SnapshotsPanel } from './snapshots-panel';
import { Timeline } from './timeline';
import { useRoadmapView } from './use-roadmap-view';

const TABS = [
  'items',
  'timeline',
  'problems',
  'coverage',
  'budget',
  'discussion',
  'sheet',
  'versions',
  'settings',
] as const;
type TabId = (typeof TABS)[number];

/** A tab composed in by the route from another feature (e.g. compliance), after the built-in ones. */
export type WorkspaceTab = { id: string; label: string; render: (view: RoadmapView) => ReactNode };

export type RoadmapWorkspaceProps = {
  organizationId: string;
  roadmapId: string;
  access: RoadmapAccess;
  /** Shown beside the tabs (the live compliance panel), composed by the route. */
  aside?: (view: RoadmapView) => ReactNode;
  extraTabs?: readonly WorkspaceTab[];
};

/** One roadmap: its items (table, timeline), problems, coverage, budget and discussion, kept live. */
export function RoadmapWorkspace({
  organizationId,
  roadmapId,
  access,
  aside,
  extraTabs = [],
}: RoadmapWorkspaceProps) {
  const t = useT();
  const [params, setParams] = useSearchParams();
  const { view, document, remoteChange, connection } = useRoadmapView(organizationId, roadmapId, access);
  const tabIds: readonly string[] = [...TABS, ...extraTabs.map((extra) => extra.id)];
  const requested = params.get('tab');
  const tab: string = requested !== null && tabIds.includes(requested) ? requested : 'items';
  const extraTab = extraTabs.find((extra) => extra.id === tab);

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
            <span className="muted">{t('roadmaps.workspace.revision', { revision: roadmap.revision })}</span>{' '}
            <LiveConnectionStatus status={connection} />
          </>
        }
        actions={
          access.canEdit ? (
            <CloneRoadmapButton organizationId={organizationId} roadmap={roadmap} />
          ) : undefined
        }
      />
      <LiveNotice change={remoteChange} people={view.people} />
      <WithAside aside={aside?.(view)}>
        <RoadmapTabs
          label={t('roadmaps.workspace.tabs')}
          tabs={[
            ...TABS.map((id: TabId) => ({ id, label: t(`roadmaps.tab.${id}`) })),
            ...extraTabs.map((extra) => ({ id: extra.id, label: extra.label })),
          ]}
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
          {tab === 'sheet' ? <SheetPanel view={view} /> : null}
          {tab === 'versions' ? <SnapshotsPanel view={view} canCreate={access.canEdit} /> : null}
          {tab === 'settings' ? (
            <RoadmapSettingsForm organizationId={organizationId} roadmap={roadmap} canEdit={access.canEdit} />
          ) : null}
          {extraTab ? extraTab.render(view) : null}
        </RoadmapTabs>
      </WithAside>
    </div>
  );
}

/** The tabs, with the composed side panel beside them on wide screens and below them on narrow ones. */
function WithAside({ aside, children }: { aside: ReactNode; children: ReactNode }) {
  if (!aside) return <>{children}</>;
  return (
    <div className="workspace-with-aside">
      <div>{children}</div>
      <aside className="workspace-with-aside__aside">{aside}</aside>
    </div>
  );
}
