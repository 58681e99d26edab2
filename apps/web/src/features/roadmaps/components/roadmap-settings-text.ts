import type { Translate } from '../../../i18n/i18n';
import type { RoadmapSettings, RoadmapSettingsField } from '../lib/roadmap-settings';

export function settingsFieldLabel(t: Translate, field: RoadmapSettingsField): string {
  switch (field) {
    case 'title':
      return t('roadmaps.field.title');
    case 'status':
      return t('roadmaps.field.status');
    case 'periodEndYear':
      return t('roadmaps.field.endYear');
    case 'outlookYear':
      return t('roadmaps.field.outlookYear');
  }
}

export function settingsValueText(
  t: Translate,
  field: RoadmapSettingsField,
  value: RoadmapSettings[RoadmapSettingsField],
): string {
  if (field === 'status') return t(`roadmaps.status.${value as RoadmapSettings['status']}`);
  if (field === 'outlookYear' && value === null) return t('roadmaps.field.noOutlook');
  return String(value);
}
