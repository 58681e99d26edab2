import { useLocale, useT } from '../../../i18n/i18n-provider';
import type { ItemFields } from '../lib/item-fields';
import type { MergeSide } from '../lib/merge';
import { mergeRows } from '../lib/merge';
import { FieldMergeDialog } from './field-merge-dialog';
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
 * Shown when an item save was based on an old revision (409), field by field (see `FieldMergeDialog`). Defaults:
 * current for fields I did not touch, mine for fields I changed. Saving applies the choice against the current
 * revision.
 */
export function MergeDialog({ view, conflict, busy, error, onResolve, onCancel }: MergeDialogProps) {
  const t = useT();
  const [locale] = useLocale();
  return (
    <FieldMergeDialog
      title={t('roadmaps.merge.title')}
      inputName="merge"
      rows={mergeRows(conflict.base, conflict.mine, conflict.theirs)}
      fieldLabel={(field) => fieldLabel(t, field)}
      valueText={(field, value) => fieldValueText(t, locale, view, field, value as ItemFields[typeof field])}
      busy={busy}
      error={error}
      onResolve={onResolve}
      onCancel={onCancel}
    />
  );
}
