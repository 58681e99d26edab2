import type { ItemFields } from './item-fields';
import { itemFormOf, moneyTextOf, parseItemForm } from './item-form';

const fields: ItemFields = {
  kind: 'own',
  measureId: null,
  title: 'Умные остановки',
  description: null,
  directionId: null,
  responsibleUnit: null,
  responsiblePerson: null,
  startMonth: '2024-03',
  endMonth: '2024-10',
  status: 'planned',
  progress: 10,
  problemIds: ['11111111-1111-1111-1111-111111111111'],
  dependsOn: [],
  budgetLines: [],
  kpiTargets: [],
};
const context = {
  itemId: 'item',
  problemIds: new Set(['11111111-1111-1111-1111-111111111111']),
  itemIds: new Set(['item']),
  firstYear: 2024,
  lastYear: 2026,
};

describe('item form', () => {
  it('round-trips an item without errors', () => {
    const parsed = parseItemForm(itemFormOf(fields), context);
    expect(parsed.errors).toEqual({});
    expect(parsed.fields).toEqual(fields);
  });

  it('applies the API’s item rules', () => {
    const form = {
      ...itemFormOf(fields),
      title: ' ',
      problemIds: [],
      startMonth: '2025-05',
      endMonth: '2025-01',
    };
    expect(parseItemForm(form, context).errors).toEqual({
      title: 'validation.required',
      problemIds: 'roadmaps.rule.problemRequired',
      endMonth: 'roadmaps.rule.endBeforeStart',
    });
    const standard = { ...itemFormOf(fields), kind: 'standard' as const };
    expect(parseItemForm(standard, context).errors.measureId).toBe('roadmaps.rule.measureRequired');
    expect(parseItemForm({ ...itemFormOf(fields), startMonth: '2019-01' }, context).errors.startMonth).toBe(
      'roadmaps.rule.monthOutOfPeriod',
    );
  });

  it('reads money as people type it and refuses what is not an amount', () => {
    expect(moneyTextOf('1 234 567,89')).toBe('1234567.89');
    expect(moneyTextOf('1500')).toBe('1500');
    expect(moneyTextOf('-5')).toBeNull();
    expect(moneyTextOf('abc')).toBeNull();
    const form = itemFormOf(fields);
    form.budgetLines = [{ key: 'k', year: '2024', source: 'federal', planned: 'много', actual: null }];
    expect(parseItemForm(form, context).errors.budgetLines).toBe('roadmaps.rule.money');
  });
});
