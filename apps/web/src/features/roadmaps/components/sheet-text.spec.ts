import { createTranslate } from '../../../i18n/i18n';
import { sheetFieldLabel, sheetReasonText, sheetValueText } from './sheet-text';

const t = createTranslate('ru');

describe(sheetFieldLabel.name, () => {
  it('names the column, or the budget cell by year, source and amount', () => {
    expect(sheetFieldLabel(t, 'title')).toBe('Наименование');
    expect(sheetFieldLabel(t, 'budget.2025.municipal.planned')).toBe(
      'Бюджет 2025, муниципальный бюджет, план',
    );
    expect(sheetFieldLabel(t, 'somethingNew')).toBe('somethingNew');
  });
});

describe(sheetValueText.name, () => {
  it('shows statuses, months, progress and money in the interface language', () => {
    expect(sheetValueText(t, 'ru', 'status', 'in_progress')).toBe('выполняется');
    expect(sheetValueText(t, 'ru', 'progress', 40)).toBe('40 %');
    expect(sheetValueText(t, 'ru', 'title', null)).toBe('—');
    expect(sheetValueText(t, 'ru', 'startMonth', '2025-03')).toMatch(/2025/);
    expect(
      sheetValueText(t, 'ru', 'budget.2025.municipal.planned', '1234567.50').replace(/\s/g, ' '),
    ).toMatch(/^1 234 567,50/);
  });
});

describe(sheetReasonText.name, () => {
  it('translates known reasons and keeps unknown ones as the API wrote them', () => {
    expect(sheetReasonText(t, 'the same ID is on row 4 already')).toEqual({
      text: 'Этот ID уже стоит в строке 4.',
      isRaw: false,
    });
    expect(sheetReasonText(t, 'must be a month as YYYY-MM')).toEqual({
      text: 'Месяц в виде ГГГГ-ММ, например 2025-03.',
      isRaw: false,
    });
    expect(sheetReasonText(t, 'brand new rule')).toEqual({ text: 'brand new rule', isRaw: true });
  });
});
