import { useEffect, useRef, useState } from 'react';
import type { ImportPreviewRowResponse, RoadmapImportResponse } from '@smartcity/contracts';
import type { ImportRowAction } from '@smartcity/domain';

import { Alert } from '../../../components/ui/alert';
import { Badge } from '../../../components/ui/badge';
import type { BadgeTone } from '../../../components/ui/badge';
import { DataTable } from '../../../components/ui/data-table';
import { SelectField } from '../../../components/ui/select-field';
import { useLocale, useT } from '../../../i18n/i18n-provider';
import type { PreviewFilter } from '../lib/sheet-preview';
import { previewErrors, previewRows } from '../lib/sheet-preview';
import { sheetFieldLabel, sheetReasonText, sheetValueText } from './sheet-text';

const ACTIONS: readonly ImportRowAction[] = ['added', 'changed', 'removed', 'unchanged', 'invalid'];
const ACTION_TONE: Record<ImportRowAction, BadgeTone> = {
  added: 'success',
  changed: 'info',
  removed: 'warning',
  unchanged: 'neutral',
  invalid: 'danger',
};
/** A preview of a few thousand rows stays readable and fast: the rest is reached through the filter. */
const MAX_SHOWN_ROWS = 300;

export type SheetPreviewViewProps = {
  preview: RoadmapImportResponse;
  /** The roadmap moved past the preview's revision: applying would be refused. */
  movedOnTo: number | null;
  /** Applying was refused with 409: nothing was written. */
  refusedAsStale: boolean;
  canApply: boolean;
  applying: boolean;
  onApply: () => void;
  onDiscard: () => void;
  onReupload: () => void;
};

/** What an uploaded workbook would change, row by row, with the summary and Apply / Discard. */
export function SheetPreviewView({
  preview,
  movedOnTo,
  refusedAsStale,
  canApply,
  applying,
  onApply,
  onDiscard,
  onReupload,
}: SheetPreviewViewProps) {
  const t = useT();
  const [locale] = useLocale();
  const [filter, setFilter] = useState<PreviewFilter>('all');
  const headingRef = useRef<HTMLHeadingElement>(null);
  // A new preview takes the focus, so keyboard and screen-reader users land on what the upload produced.
  useEffect(() => headingRef.current?.focus(), [preview.id]);
  const rows = previewRows(preview, filter);
  const shown = rows.slice(0, MAX_SHOWN_ROWS);
  const errors = previewErrors(preview);
  const { summary } = preview;
  const hasChanges = summary.added + summary.changed + summary.removed > 0;

  const details = (row: ImportPreviewRowResponse) => {
    if (row.action === 'removed') return <span className="muted">{t('roadmaps.sheet.removedItem')}</span>;
    if (row.action === 'invalid')
      return (
        <ul className="sheet-changes">
          {row.errors.map((error, index) => {
            const reason = sheetReasonText(t, error.reason);
            return (
              <li key={index}>
                <span className="sheet-changes__field">{error.column}: </span>
                <span lang={reason.isRaw ? 'en' : undefined}>{reason.text}</span>
              </li>
            );
          })}
        </ul>
      );
    if (row.changes.length === 0) return t('common.none');
    return (
      <ul className="sheet-changes">
        {row.changes.map((change) => (
          <li key={change.field}>
            <span className="sheet-changes__field">{sheetFieldLabel(t, change.field)}: </span>
            {t('roadmaps.sheet.fromTo', {
              from: sheetValueText(t, locale, change.field, change.from),
              to: sheetValueText(t, locale, change.field, change.to),
            })}
          </li>
        ))}
      </ul>
    );
  };

  return (
    <section className="panel stack" aria-labelledby="sheet-preview-heading">
      <h3 id="sheet-preview-heading" className="section-title" ref={headingRef} tabIndex={-1}>
        {t('roadmaps.sheet.previewHeading', { file: preview.fileName })}
      </h3>
      <p className="muted">{t('roadmaps.sheet.previewIntro', { revision: preview.baseRevision })}</p>
      <dl className="sheet-summary" aria-label={t('roadmaps.sheet.summary')}>
        {ACTIONS.map((action) => (
          <div key={action} className={`sheet-summary__entry sheet-summary__entry--${action}`}>
            <dt>{t(`roadmaps.sheet.count.${action}`)}</dt>
            <dd>{summary[action]}</dd>
          </div>
        ))}
      </dl>
      {movedOnTo !== null ? (
        <Alert tone="error">
          {refusedAsStale ? t('roadmaps.sheet.stale') : t('roadmaps.sheet.movedOn', { revision: movedOnTo })}
        </Alert>
      ) : null}
      {summary.invalid > 0 ? (
        <>
          <Alert tone="error">{t('roadmaps.sheet.invalidIntro', { count: errors.length })}</Alert>
          <DataTable
            compact
            showCaption
            caption={t('roadmaps.sheet.errorsCaption')}
            empty={t('common.none')}
            rows={errors.map((error, index) => ({ ...error, key: String(index) }))}
            rowKey={(error) => error.key}
            columns={[
              {
                id: 'sheet',
                header: t('roadmaps.sheet.column.sheet'),
                cell: (error) => t(`roadmaps.sheet.sheetName.${error.sheet}`),
              },
              {
                id: 'row',
                header: t('roadmaps.sheet.column.row'),
                rowHeader: true,
                className: 'numeric',
                cell: (error) => error.row,
              },
              { id: 'column', header: t('roadmaps.sheet.column.column'), cell: (error) => error.column },
              {
                id: 'reason',
                header: t('roadmaps.sheet.column.reason'),
                cell: (error) => {
                  const reason = sheetReasonText(t, error.reason);
                  return <span lang={reason.isRaw ? 'en' : undefined}>{reason.text}</span>;
                },
              },
            ]}
          />
        </>
      ) : null}
      {summary.invalid === 0 && !hasChanges ? (
        <Alert tone="info">{t('roadmaps.sheet.nothingToApply')}</Alert>
      ) : null}
      <SelectField
        className="sheet-filter"
        label={t('roadmaps.sheet.filter')}
        value={filter}
        options={[
          { value: 'all', label: t('roadmaps.sheet.filterAll') },
          ...ACTIONS.map((action) => ({
            value: action,
            label: `${t(`roadmaps.sheet.count.${action}`)} (${summary[action]})`,
          })),
        ]}
        onChange={(event) => setFilter(event.target.value as PreviewFilter)}
      />
      {rows.length > shown.length ? (
        <p className="muted">{t('roadmaps.sheet.truncated', { shown: shown.length, total: rows.length })}</p>
      ) : null}
      <DataTable
        compact
        showCaption
        caption={t('roadmaps.sheet.rowsCaption')}
        empty={t('roadmaps.sheet.noRows')}
        rows={shown}
        rowKey={(row) => `${row.sheet}:${row.row ?? ''}:${row.itemId ?? ''}`}
        rowClassName={(row) => `sheet-row sheet-row--${row.action}`}
        columns={[
          {
            id: 'sheet',
            header: t('roadmaps.sheet.column.sheet'),
            cell: (row) => t(`roadmaps.sheet.sheetName.${row.sheet}`),
          },
          {
            id: 'row',
            header: t('roadmaps.sheet.column.row'),
            className: 'numeric',
            cell: (row) => row.row ?? <span className="muted">{t('roadmaps.sheet.noRow')}</span>,
          },
          {
            id: 'item',
            header: t('roadmaps.sheet.column.item'),
            rowHeader: true,
            cell: (row) => row.title ?? <span className="muted">{t('roadmaps.sheet.untitled')}</span>,
          },
          {
            id: 'action',
            header: t('roadmaps.sheet.column.action'),
            cell: (row) => (
              <Badge tone={ACTION_TONE[row.action]}>{t(`roadmaps.sheet.action.${row.action}`)}</Badge>
            ),
          },
          { id: 'details', header: t('roadmaps.sheet.column.details'), cell: details },
        ]}
      />
      {applying && movedOnTo === null ? (
        <p className="muted" role="status">
          {t('roadmaps.sheet.applyingRows', { count: summary.added + summary.changed + summary.removed })}
        </p>
      ) : null}
      <div className="button-row">
        {movedOnTo !== null ? (
          <button type="button" className="button button--primary" onClick={onReupload} disabled={applying}>
            {t('roadmaps.sheet.reupload')}
          </button>
        ) : (
          <button
            type="button"
            className="button button--primary"
            onClick={onApply}
            disabled={!canApply || applying || !preview.isValid || !hasChanges}
          >
            {applying ? t('roadmaps.sheet.applying') : t('roadmaps.sheet.apply')}
          </button>
        )}
        <button type="button" className="button button--secondary" onClick={onDiscard} disabled={applying}>
          {t('roadmaps.sheet.discard')}
        </button>
      </div>
    </section>
  );
}
