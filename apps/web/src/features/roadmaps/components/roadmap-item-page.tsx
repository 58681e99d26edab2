import '../roadmaps.css';

import type { ReactNode } from 'react';
import { Link } from 'react-router-dom';

import { ErrorState } from '../../../components/ui/error-state';
import { PageHeader } from '../../../components/ui/page-header';
import { Spinner } from '../../../components/ui/spinner';
import { useT } from '../../../i18n/i18n-provider';
import { CommentsPanel } from './comments-panel';
import { ItemEditor } from './item-editor';
import { ItemEvidencePanel } from './item-evidence-panel';
import { LiveConnectionStatus } from './live-connection-status';
import { LiveNotice } from './live-notice';
import type { RoadmapAccess, RoadmapView } from './roadmap-context';
import { roadmapPath } from './roadmap-context';
import { useRoadmapView } from './use-roadmap-view';

export type RoadmapItemPageProps = {
  organizationId: string;
  roadmapId: string;
  /** `new` creates an item. */
  itemId: string;
  access: RoadmapAccess;
  /** Shown under the editor of an existing item (the item's live compliance findings), composed by the route. */
  itemAside?: (view: RoadmapView, itemId: string) => ReactNode;
};

/** One item of a roadmap: the editor and the item's comments, live. */
export function RoadmapItemPage({
  organizationId,
  roadmapId,
  itemId,
  access,
  itemAside,
}: RoadmapItemPageProps) {
  const t = useT();
  const { view, document, remoteChange, connection } = useRoadmapView(organizationId, roadmapId, access);

  if (document.isPending) return <Spinner block />;
  if (!view)
    return (
      <ErrorState
        title={t('roadmaps.workspace.loadFailed')}
        error={document.error}
        onRetry={() => void document.refetch()}
      />
    );
  const isNew = itemId === 'new';
  const item = isNew ? null : (view.document.items.find((candidate) => candidate.id === itemId) ?? null);
  const back = (
    <Link to={roadmapPath(organizationId, roadmapId)} className="breadcrumb">
      {t('roadmaps.item.back', { roadmap: view.document.roadmap.title })}
    </Link>
  );

  if (!isNew && !item) {
    return (
      <div className="stack">
        {back}
        <ErrorState
          title={t('roadmaps.item.notFound')}
          error={null}
          message={t('roadmaps.item.notFoundText')}
        />
      </div>
    );
  }
  return (
    <div className="stack">
      {back}
      <PageHeader
        title={item ? item.title : t('roadmaps.editor.createHeading')}
        intro={<LiveConnectionStatus status={connection} />}
      />
      <LiveNotice change={remoteChange} people={view.people} />
      <ItemEditor key={item?.id ?? 'new'} view={view} item={item} />
      {item && itemAside ? itemAside(view, item.id) : null}
      {item ? <ItemEvidencePanel view={view} itemId={item.id} /> : null}
      {item ? <CommentsPanel view={view} itemId={item.id} /> : null}
    </div>
  );
}
