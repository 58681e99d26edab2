import type { ItemFields } from './item-fields';
import { changedFields, itemPatch } from './item-fields';
import { defaultChoices, mergeRows, resolvedFields, resolvedPatch } from './merge';

const base: ItemFields = {
  kind: 'own',
  measureId: null,
  title: 'Платформа вовлечения',
  description: null,
  directionId: null,
  responsibleUnit: 'ИТ-отдел',
  responsiblePerson: 'Иванов',
  startMonth: '2024-01',
  endMonth: '2024-12',
  status: 'planned',
  progress: 0,
  problemIds: ['p1', 'p2'],
  dependsOn: [],
  budgetLines: [{ year: 2024, source: 'municipal', planned: '1000.00', actual: null }],
  kpiTargets: [],
};

describe('item patches', () => {
  it('sends only changed fields with the base revision; set-like lists ignore order', () => {
    const next = {
      ...base,
      title: 'Новое',
      problemIds: ['p2', 'p1'],
      budgetLines: [{ ...base.budgetLines[0], planned: '1000' }],
    };
    expect(changedFields(base, next)).toEqual(['title']);
    expect(itemPatch(base, next, 4)).toEqual({ revision: 4, title: 'Новое' });
  });
});

describe('merge of a stale save', () => {
  const theirs = { ...base, title: 'Их заголовок' };
  const mine = { ...base, responsiblePerson: 'Петрова' };

  it('keeps theirs for fields I did not touch and mine for fields I changed', () => {
    const rows = mergeRows(base, mine, theirs);
    expect(rows.map((row) => [row.field, row.defaultChoice, row.conflict])).toEqual([
      ['title', 'theirs', false],
      ['responsiblePerson', 'mine', false],
    ]);
    const choices = defaultChoices(rows);
    expect(resolvedFields(mine, theirs, choices)).toEqual({
      ...base,
      title: 'Их заголовок',
      responsiblePerson: 'Петрова',
    });
    expect(resolvedPatch(mine, theirs, 7, choices)).toEqual({ revision: 7, responsiblePerson: 'Петрова' });
  });

  it('flags a field both changed as a conflict and lets the user keep theirs', () => {
    const mineToo = { ...mine, title: 'Мой заголовок' };
    const rows = mergeRows(base, mineToo, theirs);
    expect(rows.find((row) => row.field === 'title')).toMatchObject({
      conflict: true,
      defaultChoice: 'mine',
    });
    const choices = { ...defaultChoices(rows), title: 'theirs' as const };
    expect(resolvedPatch(mineToo, theirs, 7, choices)).toEqual({ revision: 7, responsiblePerson: 'Петрова' });
  });

  it('leaves out fields both set to the same value', () => {
    expect(mergeRows(base, { ...base, status: 'done' }, { ...base, status: 'done' })).toEqual([]);
  });
});
