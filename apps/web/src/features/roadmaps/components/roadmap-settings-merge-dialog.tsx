import { useT } from '../../../i18n/i18n-provider';
import type { MergeSide } from '../lib/merge';
import type { RoadmapSettings, RoadmapSettingsField } from '../lib/roadmap-settings';
import { settingsMergeRows } from '../lib/roadmap-settings';
import { FieldMergeDialog } from './field-merge-dialog';
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
  return (
    <FieldMergeDialog
      title={t('roadmaps.settings.mergeTitle')}
      inputName="settings-merge"
      rows={settingsMergeRows(conflict.base, conflict.mine, conflict.theirs)}
      fieldLabel={(field) => settingsFieldLabel(t, field)}
      valueText={(field, value) => settingsValueText(t, field, value)}
      busy={busy}
      error={error}
      onResolve={onResolve}
      onCancel={onCancel}
    />
  );
}
