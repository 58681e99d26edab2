import '../catalogue.css';

import { useEffect, useRef, useState } from 'react';
import { Link, useNavigate } from 'react-router-dom';
import type { DirectionNodeResponse, DirectionResponse } from '@smartcity/contracts';

import { Alert } from '../../../components/ui/alert';
import { ConfirmDialog } from '../../../components/ui/confirm-dialog';
import { ErrorState } from '../../../components/ui/error-state';
import { PageHeader } from '../../../components/ui/page-header';
import { Spinner } from '../../../components/ui/spinner';
import { useLocale, useT } from '../../../i18n/i18n-provider';
import { isApiError } from '../../../lib/api-client';
import { useDeleteCatalogueItem } from '../api/delete-catalogue-item';
import { useDeleteDirection } from '../api/delete-direction';
import { useDeleteDraft } from '../api/delete-draft';
import { useFramework } from '../api/get-framework';
import { usePublishFramework } from '../api/publish-framework';
import { useReorderDirections } from '../api/reorder-directions';
import { useReorderItems } from '../api/reorder-items';
import { catalogueErrorMessage } from '../lib/catalogue-problem-text';
import { moveButtonId, moveId, type MoveDelta } from '../lib/display-order';
import { titleText } from './catalogue-text';
import { DraftDirectionForm } from './draft-direction-form';
import { DraftDirectionSection, type DraftItem } from './draft-direction-section';
import { DraftFrameworkForm } from './draft-framework-form';
import { DraftItemForm } from './draft-item-form';
import { PublishDialog } from './publish-dialog';

export type DraftEditorProps = { frameworkId: string };

type Editing =
  | { type: 'item'; directionCode: string; item: DraftItem | null }
  | { type: 'direction'; direction: DirectionResponse | null }
  | null;

type Deleting =
  | { type: 'item'; item: DraftItem }
  | { type: 'direction'; direction: DirectionResponse }
  | { type: 'draft' }
  | null;

type Outcome = { tone: 'success' | 'error'; text: string };

/**
 * The catalogue admin's editor of a draft version: its edition and titles, its directions and their measures (or
 * KPIs) — add, change, move to another direction or up and down within one, delete; directions up and down — then
 * publishing after a confirmation that shows what
 * changes against the current published version. Published and retired versions are not editable.
 */
export function DraftEditor({ frameworkId }: DraftEditorProps) {
  const t = useT();
  const [locale] = useLocale();
  const navigate = useNavigate();
  const tree = useFramework(frameworkId);
  const publish = usePublishFramework();
  const deleteItem = useDeleteCatalogueItem();
  const deleteDirection = useDeleteDirection();
  const deleteDraft = useDeleteDraft();
  const reorderItems = useReorderItems();
  const reorderDirections = useReorderDirections();
  const [editing, setEditing] = useState<Editing>(null);
  const [deleting, setDeleting] = useState<Deleting>(null);
  const [publishing, setPublishing] = useState(false);
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const outcomeRef = useRef<HTMLDivElement>(null);
  // After a move: say where the row is now (without taking focus), and give focus back to the button pressed, or to
  // its pair when the row reached an end and the pressed one is disabled.
  const [moveStatus, setMoveStatus] = useState('');
  const [refocus, setRefocus] = useState<{ rowId: string; delta: MoveDelta } | null>(null);

  useEffect(() => {
    if (outcome) outcomeRef.current?.focus();
  }, [outcome]);

  useEffect(() => {
    if (!refocus) return;
    const pressed = document.getElementById(moveButtonId(refocus.rowId, refocus.delta));
    const pair = document.getElementById(moveButtonId(refocus.rowId, refocus.delta === -1 ? 1 : -1));
    const target = pressed instanceof HTMLButtonElement && !pressed.disabled ? pressed : pair;
    target?.focus();
    setRefocus(null);
  }, [refocus, tree.data]);

  if (tree.isPending) return <Spinner block />;
  if (tree.isError) {
    const missing = isApiError(tree.error) && (tree.error.status === 404 || tree.error.status === 403);
    return (
      <div className="stack">
        <PageHeader title={t('frameworkPage.notFoundTitle')} />
        <ErrorState
          error={tree.error}
          message={missing ? t('frameworkPage.notFoundText') : undefined}
          onRetry={missing ? undefined : () => void tree.refetch()}
        >
          <Link className="button button--secondary" to="/catalogue">
            {t('frameworkPage.back')}
          </Link>
        </ErrorState>
      </div>
    );
  }

  const { framework, directions } = tree.data;
  const viewUrl = `/catalogue/frameworks/${framework.id}`;
  if (framework.status !== 'draft') {
    return (
      <div className="stack">
        <PageHeader title={t('catalogueDraft.notDraftTitle')} intro={t('catalogueDraft.notDraftText')} />
        <p>
          <Link className="button button--secondary" to={viewUrl}>
            {t('catalogueDraft.openVersion')}
          </Link>
        </p>
      </div>
    );
  }

  const section = framework.kind === 'measures' ? 'measures' : 'kpis';
  const done = (text: string) => {
    setEditing(null);
    setOutcome({ tone: 'success', text });
  };
  const failed = (error: unknown) =>
    setOutcome({ tone: 'error', text: catalogueErrorMessage(t, locale, error) });

  const confirmDelete = () => {
    if (!deleting) return;
    const settle = { onSettled: () => setDeleting(null), onError: failed };
    if (deleting.type === 'item') {
      const { item } = deleting;
      deleteItem.mutate(
        { frameworkId, section, itemId: item.id },
        { ...settle, onSuccess: () => done(t('catalogueDraft.itemDeleted', { code: item.code })) },
      );
    } else if (deleting.type === 'direction') {
      const { direction } = deleting;
      deleteDirection.mutate(
        { frameworkId, directionId: direction.id },
        { ...settle, onSuccess: () => done(t('catalogueDraft.directionDeleted', { code: direction.code })) },
      );
    } else {
      deleteDraft.mutate({ frameworkId }, { ...settle, onSuccess: () => void navigate('/catalogue') });
    }
  };

  const moving = reorderItems.isPending || reorderDirections.isPending;
  const moved = (rowId: string, delta: MoveDelta, status: string) => {
    setOutcome(null);
    setMoveStatus(status);
    setRefocus({ rowId, delta });
  };

  const moveItem = (direction: DirectionNodeResponse, item: DraftItem, delta: MoveDelta) => {
    const items: DraftItem[] = section === 'measures' ? direction.measures : direction.kpis;
    const itemIds = moveId(
      items.map((i) => i.id),
      item.id,
      delta,
    );
    if (!itemIds || moving) return;
    reorderItems.mutate(
      { frameworkId, directionId: direction.id, body: { itemIds, expectedRevision: framework.revision } },
      {
        onSuccess: () =>
          moved(
            item.id,
            delta,
            t('catalogueDraft.itemMoved', {
              code: item.code,
              place: itemIds.indexOf(item.id) + 1,
              count: itemIds.length,
              direction: direction.code,
            }),
          ),
        onError: failed,
      },
    );
  };

  const moveDirection = (direction: DirectionNodeResponse, delta: MoveDelta) => {
    const directionIds = moveId(
      directions.map((d) => d.id),
      direction.id,
      delta,
    );
    if (!directionIds || moving) return;
    reorderDirections.mutate(
      { frameworkId, body: { directionIds, expectedRevision: framework.revision } },
      {
        onSuccess: () =>
          moved(
            direction.id,
            delta,
            t('catalogueDraft.directionMoved', {
              code: direction.code,
              place: directionIds.indexOf(direction.id) + 1,
              count: directionIds.length,
            }),
          ),
        onError: failed,
      },
    );
  };

  const confirmPublish = () => {
    publish.mutate(
      { frameworkId, expectedRevision: framework.revision },
      {
        onSuccess: () => void navigate(viewUrl, { state: { published: true } }),
        onError: failed,
        onSettled: () => setPublishing(false),
      },
    );
  };

  const itemForm = (directionCode: string) =>
    editing?.type === 'item' && editing.directionCode === directionCode ? (
      <DraftItemForm
        key={editing.item?.id ?? `new-${directionCode}`}
        frameworkId={frameworkId}
        expectedRevision={framework.revision}
        section={section}
        item={editing.item}
        directionCode={directionCode}
        directions={directions}
        onDone={done}
        onCancel={() => setEditing(null)}
      />
    ) : editing?.type === 'direction' && editing.direction?.code === directionCode ? (
      <DraftDirectionForm
        key={editing.direction.id}
        frameworkId={frameworkId}
        expectedRevision={framework.revision}
        direction={editing.direction}
        onDone={done}
        onCancel={() => setEditing(null)}
      />
    ) : null;

  const deletingText =
    deleting?.type === 'item'
      ? t('catalogueDraft.deleteItemText', { code: deleting.item.code })
      : deleting?.type === 'direction'
        ? t('catalogueDraft.deleteDirectionText', { code: deleting.direction.code })
        : t('catalogueDraft.deleteDraftText', { version: framework.version, code: framework.code });

  return (
    <div className="stack stack--large">
      <div className="stack">
        <p className="breadcrumb">
          <Link to={viewUrl}>{t('catalogueDraft.back')}</Link>
        </p>
        <PageHeader
          title={t('catalogueDraft.title', { title: titleText(t, locale, framework) })}
          intro={t('catalogueDraft.subtitle', {
            code: framework.code,
            edition: framework.edition,
            version: framework.version,
          })}
          actions={
            <>
              <button type="button" className="button button--primary" onClick={() => setPublishing(true)}>
                {t('frameworkPage.publish')}
              </button>
              <button
                type="button"
                className="button button--secondary"
                onClick={() => setDeleting({ type: 'draft' })}
              >
                {t('catalogueDraft.deleteDraft')}
              </button>
            </>
          }
        />
        <div ref={outcomeRef} tabIndex={-1} aria-live="polite" aria-atomic="true" className="focus-target">
          {outcome ? <Alert tone={outcome.tone}>{outcome.text}</Alert> : null}
        </div>
        <p className="muted" role="status">
          {moveStatus}
        </p>
      </div>

      <section className="panel">
        <DraftFrameworkForm key={framework.id} framework={framework} onDone={done} />
      </section>

      <section className="stack" aria-labelledby="draft-directions-heading">
        <h2 id="draft-directions-heading" className="section-title">
          {section === 'measures' ? t('frameworkPage.structure') : t('frameworkPage.kpiStructure')}
        </h2>
        {directions.length === 0 ? <p className="muted">{t('frameworkPage.noDirections')}</p> : null}
        {directions.map((direction, index) => (
          <DraftDirectionSection
            key={direction.id}
            direction={direction}
            section={section}
            contentLocale={locale}
            index={index}
            count={directions.length}
            onMoveDirection={(delta) => moveDirection(direction, delta)}
            onMoveItem={(item, delta) => moveItem(direction, item, delta)}
            onEditDirection={() => setEditing({ type: 'direction', direction })}
            onDeleteDirection={() => setDeleting({ type: 'direction', direction })}
            onAddItem={() => setEditing({ type: 'item', directionCode: direction.code, item: null })}
            onEditItem={(item) => setEditing({ type: 'item', directionCode: direction.code, item })}
            onDeleteItem={(item) => setDeleting({ type: 'item', item })}
          >
            {itemForm(direction.code)}
          </DraftDirectionSection>
        ))}
        {editing?.type === 'direction' && editing.direction === null ? (
          <DraftDirectionForm
            frameworkId={frameworkId}
            expectedRevision={framework.revision}
            direction={null}
            onDone={done}
            onCancel={() => setEditing(null)}
          />
        ) : (
          <p>
            <button
              type="button"
              className="button button--secondary"
              onClick={() => setEditing({ type: 'direction', direction: null })}
            >
              {t('catalogueDraft.addDirection')}
            </button>
          </p>
        )}
      </section>

      <ConfirmDialog
        open={deleting !== null}
        title={
          deleting?.type === 'draft' ? t('catalogueDraft.deleteDraftTitle') : t('catalogueDraft.deleteTitle')
        }
        confirmLabel={t('catalogueDraft.deleteConfirm')}
        cancelLabel={t('common.cancel')}
        busy={deleteItem.isPending || deleteDirection.isPending || deleteDraft.isPending}
        onConfirm={confirmDelete}
        onCancel={() => setDeleting(null)}
      >
        <p>{deletingText}</p>
      </ConfirmDialog>
      <PublishDialog
        open={publishing}
        framework={framework}
        busy={publish.isPending}
        onConfirm={confirmPublish}
        onCancel={() => setPublishing(false)}
      />
    </div>
  );
}
