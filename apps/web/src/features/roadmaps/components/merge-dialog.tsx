import { useEffect, useId, useRef, useState } from 'react';

import { useLocale, useT } from '../../../i18n/i18n-provider';
import type { ItemFields } from '../lib/item-fields';
import type { MergeRow, MergeSide } from '../lib/merge';
import { defaultChoices, mergeRows } from '../lib/merge';
import { fieldLabel, fieldValueText } from './field-value';
import type { RoadmapView } from './roadmap-context';

export type MergeConflict = {
  /** The item as it was when editing began, my version, and the version saved now (from the 409). */
  base: ItemFields;
  mine: ItemFields;
  theirs: ItemFields;
  currentRevision: number;
};

export type MergeDialogProps = {
  view: RoadmapView;
  conflict: MergeConflict;
  busy: boolean;
  error: string | null;
  onResolve: (choices: Record<string, MergeSide>) => void;
  onCancel: () => void;
};

/**
 * Shown when a save was based on an old revision (409). For every field where my version and the current one
 * differ: "yours" and "current", one to keep. Defaults: current for fields I did not touch, mine for fields I
 * changed. Saving applies the choice against the current revision.
 */
export function MergeDialog({ view, conflict, busy, error, onResolve, onCancel }: MergeDialogProps) {
  const t = useT();
  const [locale] = useLocale();
  const ref = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  const rows: MergeRow[] = mergeRows(conflict.base, conflict.mine, conflict.theirs);
  const [choices, setChoices] = useState<Record<string, MergeSide>>(() => defaultChoices(rows));

  useEffect(() => {
    const dialog = ref.current;
    if (dialog && !dialog.open) dialog.showModal();
    return () => dialog?.close();
  }, []);

  const text = (row: MergeRow, value: unknown) =>
    fieldValueText(t, locale, view, row.field, value as ItemFields[typeof row.field]);

  return (
    <dialog
      ref={ref}
      className="dialog merge-dialog"
      aria-labelledby={titleId}
      onCancel={(event) => {
        event.preventDefault();
        if (!busy) onCancel();
      }}
    >
      <h2 className="dialog__title" id={titleId}>
        {t('roadmaps.merge.title')}
      </h2>
      <div className="dialog__body stack">
        <p>{t('roadmaps.merge.intro')}</p>
        {error ? (
          <div className="alert alert--error" role="alert">
            {error}
          </div>
        ) : null}
        {rows.length === 0 ? <p className="muted">{t('roadmaps.merge.nothingToChoose')}</p> : null}
        {rows.map((row) => (
          <fieldset key={row.field} className="merge-row">
            <legend className="merge-row__legend">
              {fieldLabel(t, row.field)}
              {row.conflict ? (
                <span className="merge-row__flag">{t('roadmaps.merge.bothChanged')}</span>
              ) : null}
            </legend>
            {(['mine', 'theirs'] as const).map((side) => (
              <label key={side} className={`merge-row__option merge-row__option--${side}`}>
                <input
                  type="radio"
                  name={`merge-${row.field}`}
                  value={side}
                  checked={choices[row.field] === side}
                  onChange={() => setChoices((current) => ({ ...current, [row.field]: side }))}
                />
                <span className="merge-row__side">
                  {side === 'mine' ? t('roadmaps.merge.mine') : t('roadmaps.merge.theirs')}
                </span>
                <span className="merge-row__value">{text(row, side === 'mine' ? row.mine : row.theirs)}</span>
              </label>
            ))}
          </fieldset>
        ))}
      </div>
      <div className="dialog__actions">
        <button type="button" className="button button--secondary" onClick={onCancel} disabled={busy}>
          {t('roadmaps.merge.discardMine')}
        </button>
        <button
          type="button"
          className="button button--primary"
          onClick={() => onResolve(choices)}
          disabled={busy}
          autoFocus
        >
          {busy ? t('roadmaps.merge.saving') : t('roadmaps.merge.save')}
        </button>
      </div>
    </dialog>
  );
}
