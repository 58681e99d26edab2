import { formatYearMonth } from '@smartcity/domain';
import type { Locale } from '@smartcity/contracts';

import type { Translate } from '../../../i18n/i18n';
import { formatMoneyText } from '../lib/budget';
import type { BudgetLineFields, ItemField, ItemFields } from '../lib/item-fields';
import type { KpiTargetFields } from '../lib/kpi-targets';
import type { RoadmapView } from './roadmap-context';

/** The label of an item field (editor and merge dialog share them). */
export function fieldLabel(t: Translate, field: ItemField): string {
  return t(`roadmaps.itemField.${field}`);
}

/** A field's value for people: names instead of ids, months and money in the interface language. */
export function fieldValueText(
  t: Translate,
  locale: Locale,
  view: RoadmapView,
  field: ItemField,
  value: ItemFields[ItemField],
): string {
  const none = t('common.none');
  if (value === null || value === '') return none;
  switch (field) {
    case 'kind':
      return t(`roadmaps.kind.${value as ItemFields['kind']}`);
    case 'status':
      return t(`roadmaps.itemStatus.${value as ItemFields['status']}`);
    case 'measureId':
      return view.catalogue.measureName(value as string) || (value as string);
    case 'directionId':
      return view.catalogue.directionName(value as string) || (value as string);
    case 'startMonth':
    case 'endMonth':
      return formatYearMonth(value as string, locale);
    case 'progress':
      return `${value as number} %`;
    case 'problemIds': {
      const ids = value as string[];
      if (ids.length === 0) return none;
      return ids.map((id) => view.document.problems.find((p) => p.id === id)?.title ?? id).join('; ');
    }
    case 'dependsOn': {
      const ids = value as string[];
      if (ids.length === 0) return none;
      return ids.map((id) => view.document.items.find((i) => i.id === id)?.title ?? id).join('; ');
    }
    case 'budgetLines': {
      const lines = value as BudgetLineFields[];
      if (lines.length === 0) return none;
      return lines
        .map(
          (line) =>
            `${line.year}, ${t(`roadmaps.source.${line.source}`)}: ${formatMoneyText(line.planned, locale)}`,
        )
        .join('; ');
    }
    case 'kpiTargets': {
      const targets = value as KpiTargetFields[];
      if (targets.length === 0) return none;
      const number = new Intl.NumberFormat(locale === 'en' ? 'en-GB' : 'ru-RU', { maximumFractionDigits: 6 });
      return targets
        .map((target) =>
          t('roadmaps.kpi.summary', {
            kpi: view.kpis.kpiName(target.kpiDefinitionId) || target.kpiDefinitionId,
            year: target.year,
            baseline: target.baseline === null ? none : number.format(target.baseline),
            target: number.format(target.target),
          }),
        )
        .join('; ');
    }
    case 'title':
    case 'description':
    case 'responsibleUnit':
    case 'responsiblePerson':
      return value as string;
  }
}
