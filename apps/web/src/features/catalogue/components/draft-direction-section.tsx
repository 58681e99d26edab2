import type { ReactNode } from 'react';
import type { DirectionNodeResponse, KpiResponse, Locale, MeasureResponse } from '@smartcity/contracts';

import { DataTable } from '../../../components/ui/data-table';
import { useT } from '../../../i18n/i18n-provider';
import { movesOf, type MoveDelta } from '../lib/display-order';
import { itemKindLabel } from './catalogue-text';
import { LocalizedTitle } from './localized-title';
import { MoveButtons } from './move-buttons';

export type DraftItem = MeasureResponse | KpiResponse;

export type DraftDirectionSectionProps = {
  direction: DirectionNodeResponse;
  section: 'measures' | 'kpis';
  contentLocale: Locale;
  /** The direction's place among the draft's directions (0-based) and their number, for its move buttons. */
  index: number;
  count: number;
  onMoveDirection: (delta: MoveDelta) => void;
  /** Moves an item one place up or down within this direction. */
  onMoveItem: (item: DraftItem, delta: MoveDelta) => void;
  onEditDirection: () => void;
  onDeleteDirection: () => void;
  onAddItem: () => void;
  onEditItem: (item: DraftItem) => void;
  onDeleteItem: (item: DraftItem) => void;
  /** The open form of this direction (adding or changing an item, renaming the direction), if any. */
  children?: ReactNode;
};

/** One direction of a draft: its title with "up"/"down", its items with "up"/"down", "change" and "delete", and "add". */
export function DraftDirectionSection({
  direction,
  section,
  contentLocale,
  index,
  count,
  onMoveDirection,
  onMoveItem,
  onEditDirection,
  onDeleteDirection,
  onAddItem,
  onEditItem,
  onDeleteItem,
  children,
}: DraftDirectionSectionProps) {
  const t = useT();
  const items: DraftItem[] = section === 'measures' ? direction.measures : direction.kpis;
  const headingId = `draft-direction-${direction.id}`;
  return (
    <section className="stack draft-editor__direction" aria-labelledby={headingId}>
      <div className="toolbar">
        <h3 id={headingId} className="section-title">
          <code>{direction.code}</code> <LocalizedTitle item={direction} locale={contentLocale} />
        </h3>
        <div className="draft-editor__actions">
          <MoveButtons
            rowId={direction.id}
            upLabel={t('catalogueDraft.moveDirectionUp', { code: direction.code })}
            downLabel={t('catalogueDraft.moveDirectionDown', { code: direction.code })}
            {...movesOf(index, count)}
            onMove={onMoveDirection}
          />
          <button type="button" className="button button--secondary button--small" onClick={onEditDirection}>
            {t('catalogueDraft.editDirection', { code: direction.code })}
          </button>
          <button
            type="button"
            className="button button--secondary button--small"
            onClick={onDeleteDirection}
          >
            {t('catalogueDraft.deleteDirection', { code: direction.code })}
          </button>
        </div>
      </div>
      <DataTable
        compact
        caption={t('catalogueDraft.itemsCaption', { direction: direction.code })}
        empty={<p className="muted">{t('catalogueDraft.noItems')}</p>}
        rows={items}
        rowKey={(item) => item.id}
        columns={[
          { id: 'code', header: t('catalogue.column.code'), cell: (item) => <code>{item.code}</code> },
          {
            id: 'title',
            header: t('catalogue.column.title'),
            rowHeader: true,
            cell: (item) => <LocalizedTitle item={item} locale={contentLocale} />,
          },
          {
            id: 'kind',
            header: section === 'measures' ? t('catalogue.column.type') : t('catalogue.column.tier'),
            cell: (item) => itemKindLabel(t, 'kind' in item ? item.kind : item.tier),
          },
          {
            id: 'order',
            header: t('catalogueDraft.order'),
            className: 'nowrap',
            cell: (item) => (
              <MoveButtons
                rowId={item.id}
                upLabel={t('catalogueDraft.moveItemUp', { code: item.code })}
                downLabel={t('catalogueDraft.moveItemDown', { code: item.code })}
                {...movesOf(items.indexOf(item), items.length)}
                onMove={(delta) => onMoveItem(item, delta)}
              />
            ),
          },
          {
            id: 'actions',
            header: t('catalogueDraft.actions'),
            hideHeader: true,
            className: 'actions',
            cell: (item) => (
              <div className="draft-editor__actions">
                <button
                  type="button"
                  className="button button--link button--small"
                  onClick={() => onEditItem(item)}
                >
                  {t('catalogueDraft.editItem', { code: item.code })}
                </button>
                <button
                  type="button"
                  className="button button--link button--small"
                  onClick={() => onDeleteItem(item)}
                >
                  {t('catalogueDraft.deleteItem', { code: item.code })}
                </button>
              </div>
            ),
          },
        ]}
      />
      {children}
      <p>
        <button type="button" className="button button--secondary button--small" onClick={onAddItem}>
          {section === 'measures' ? t('catalogueDraft.addMeasure') : t('catalogueDraft.addKpi')}
        </button>
      </p>
    </section>
  );
}
