import type { ImportFieldChange } from '@smartcity/domain';
import { formatYearMonth, ROADMAP_ITEM_STATUSES } from '@smartcity/domain';
import type { Locale } from '@smartcity/contracts';

import type { Translate } from '../../../i18n/i18n';
import { formatMoneyText } from '../lib/budget';
import { sheetChangeField, sheetReason } from '../lib/sheet-preview';

/** The label of a changed cell: the column, or «Бюджет 2025, муниципальный бюджет, план». */
export function sheetFieldLabel(t: Translate, field: string): string {
  const parsed = sheetChangeField(field);
  switch (parsed.kind) {
    case 'item':
      return t(`roadmaps.sheet.field.${parsed.field}`);
    case 'budget':
      return t('roadmaps.sheet.budgetField', {
        year: parsed.year,
        source: t(`roadmaps.source.${parsed.source}`),
        amount: t(`roadmaps.sheet.amount.${parsed.amount}`),
      });
    case 'other':
      return parsed.field;
  }
}

/** A cell value of a change as the sheet means it: statuses by label, months and money in the interface language. */
export function sheetValueText(
  t: Translate,
  locale: Locale,
  field: string,
  value: ImportFieldChange['from'],
): string {
  if (value === null || value === '') return t('common.none');
  const parsed = sheetChangeField(field);
  if (parsed.kind === 'budget')
    return typeof value === 'string' ? formatMoneyText(value, locale) : String(value);
  if (parsed.kind === 'item') {
    const { field: column } = parsed;
    if (column === 'status') {
      return (ROADMAP_ITEM_STATUSES as readonly unknown[]).includes(value)
        ? t(`roadmaps.itemStatus.${value as (typeof ROADMAP_ITEM_STATUSES)[number]}`)
        : String(value);
    }
    if (column === 'startMonth' || column === 'endMonth') return formatYearMonth(String(value), locale);
    if (column === 'progress') return `${value} %`;
  }
  return String(value);
}

/** A cell error's reason in the interface language, or as the API wrote it when this bundle does not know it. */
export function sheetReasonText(t: Translate, reason: string): { text: string; isRaw: boolean } {
  const parsed = sheetReason(reason);
  if (parsed.key === 'raw') return { text: parsed.text, isRaw: true };
  const text =
    parsed.key === 'duplicateId'
      ? t('roadmaps.sheet.reason.duplicateId', { row: parsed.row })
      : parsed.key === 'unknownMeasureCode'
        ? t('roadmaps.sheet.reason.unknownMeasureCode', { code: parsed.code })
        : parsed.key === 'unknownDirectionCode'
          ? t('roadmaps.sheet.reason.unknownDirectionCode', { code: parsed.code })
          : parsed.key === 'tooLong'
            ? t('roadmaps.sheet.reason.tooLong', { max: parsed.max })
            : parsed.key === 'monthOutOfPeriod'
              ? t('roadmaps.sheet.reason.monthOutOfPeriod', { from: parsed.from, to: parsed.to })
              : t(`roadmaps.sheet.reason.${parsed.key}`);
  return { text, isRaw: false };
}
