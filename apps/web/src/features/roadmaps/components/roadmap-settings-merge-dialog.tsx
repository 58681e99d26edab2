import { useEffect, useId, useRef, useState } from 'react';

import { useT } from '../../../i18n/i18n-provider';
import type { MergeSide } from '../lib/merge';
import type { RoadmapSettings, RoadmapSettingsField } from '../lib/roadmap-settings';
import { settingsMergeRows } from '../lib/roadmap-settings';
import { settingsFieldLabel, settingsValueText } from './roadmap-settings-text';

export type SettingsConflict = {
  base: RoadmapSettings;
  mine: RoadmapSettings;
  theirs: RoadmapSettings;
  currentRevision: number;
};

export type RoadmapSettingsMergeDialogProps = {
  conflict: SettingsConflict;
  busy: boolean;
  error: string | null;
  onResolve: (choices: Partial<Record<RoadmapSettingsField, MergeSide>>) => void;
  onCancel: () => void;
};

/** A stale settings save (409): per differing field, keep mine or the current value (as the item merge dialog). */
export function RoadmapSettingsMergeDialog({
  conflict,
  busy,
  error,
  onResolve,
  onCancel,
}: RoadmapSettingsMergeDialogProps) {
  const t = useT();
  const ref = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  const rows = settingsMergeRows(conflict.base, conflict.mine, conflict.theirs);
  const [choices, setChoices] = useState<Partial<Record<RoadmapSettingsField, MergeSide>>>(() =>
    Object.fromEntries(rows.map((row) => [row.field, row.defaultChoice])),
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
        {t('roadmaps.settings.mergeTitle')}
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
              {settingsFieldLabel(t, row.field)}
              {row.conflict ? (
                <span className="merge-row__flag">{t('roadmaps.merge.bothChanged')}</span>
              ) : null}
            </legend>
            {(['mine', 'theirs'] as const).map((side) => (
              <label key={side} className={`merge-row__option merge-row__option--${side}`}>
                <input
                  type="radio"
                  name={`settings-merge-${row.field}`}
                  value={side}
                  checked={choices[row.field] === side}
                  onChange={() => setChoices((current) => ({ ...current, [row.field]: side }))}
                />
                <span className="merge-row__side">
                  {side === 'mine' ? t('roadmaps.merge.mine') : t('roadmaps.merge.theirs')}
                </span>
                <span className="merge-row__value">
                  {settingsValueText(t, row.field, side === 'mine' ? row.mine : row.theirs)}
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
