import type { ReactNode } from 'react';
import { useEffect, useId, useRef, useState } from 'react';

import { useT } from '../../../i18n/i18n-provider';
import type { MergeSide } from '../lib/merge';

/** One field of a stale save where my version and the current one differ (items and roadmap settings alike). */
export type FieldMergeRow<F extends string, V = unknown> = {
  field: F;
  mine: V;
  theirs: V;
  /** Both edited it to different values. */
  conflict: boolean;
  defaultChoice: MergeSide;
};

export type FieldMergeDialogProps<F extends string, V> = {
  title: string;
  /** Prefix of each field's radio group name. */
  inputName: string;
  rows: readonly FieldMergeRow<F, V>[];
  fieldLabel: (field: F) => ReactNode;
  valueText: (field: F, value: V) => ReactNode;
  busy: boolean;
  error: string | null;
  onResolve: (choices: Partial<Record<F, MergeSide>>) => void;
  onCancel: () => void;
};

/**
 * Shown when a save was based on an old revision (409). For every field where my version and the current one
 * differ: "yours" and "current", one to keep, starting from each row's default choice.
 */
export function FieldMergeDialog<F extends string, V>({
  title,
  inputName,
  rows,
  fieldLabel,
  valueText,
  busy,
  error,
  onResolve,
  onCancel,
}: FieldMergeDialogProps<F, V>) {
  const t = useT();
  const ref = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  const [choices, setChoices] = useState<Partial<Record<F, MergeSide>>>(
    () => Object.fromEntries(rows.map((row) => [row.field, row.defaultChoice])) as Partial<Record<F, MergeSide>>,
  );

  useEffect(() => {
    const dialog = ref.current;
    if (dialog && !dialog.open) dialog.showModal();
    return () => dialog?.close();
  }, []);

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
        {title}
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
              {fieldLabel(row.field)}
              {row.conflict ? (
                <span className="merge-row__flag">{t('roadmaps.merge.bothChanged')}</span>
              ) : null}
            </legend>
            {(['mine', 'theirs'] as const).map((side) => (
              <label key={side} className={`merge-row__option merge-row__option--${side}`}>
                <input
                  type="radio"
                  name={`${inputName}-${row.field}`}
                  value={side}
                  checked={choices[row.field] === side}
                  onChange={() => setChoices((current) => ({ ...current, [row.field]: side }))}
                />
                <span className="merge-row__side">
                  {side === 'mine' ? t('roadmaps.merge.mine') : t('roadmaps.merge.theirs')}
                </span>
                <span className="merge-row__value">
                  {valueText(row.field, side === 'mine' ? row.mine : row.theirs)}
                </span>
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
