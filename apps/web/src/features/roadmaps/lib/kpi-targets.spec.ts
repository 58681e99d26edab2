import type { ItemFields } from './item-fields';
import { changedFields, itemPatch } from './item-fields';
import { itemFormOf, parseItemForm } from './item-form';
import type { KpiTargetRowForm } from './kpi-targets';
import { kpiIssuesToRows, kpiRowsOf, newKpiRow, parseKpiNumber, parseKpiRows } from './kpi-targets';
import { mergeRows, resolvedPatch } from './merge';

const KPI_A = 'aaaaaaaa-aaaa-4aaa-8aaa-aaaaaaaaaaaa';
const KPI_B = 'bbbbbbbb-bbbb-4bbb-8bbb-bbbbbbbbbbbb';

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
  kpiTargets: [
    { kpiDefinitionId: KPI_A, baseline: 12.5, target: 40, year: 2025 },
    { kpiDefinitionId: KPI_B, baseline: null, target: 3, year: 2026 },
  ],
};
const context = {
  itemId: 'item',
  problemIds: new Set(['11111111-1111-1111-1111-111111111111']),
  itemIds: new Set(['item']),
  firstYear: 2024,
  lastYear: 2026,
};

const row = (change: Partial<KpiTargetRowForm>): KpiTargetRowForm => ({ ...newKpiRow(2024), ...change });

describe('KPI values as typed', () => {
  it('reads decimals with a comma or a point, spaces as thousands separators, and negatives', () => {
    expect(parseKpiNumber('12,5')).toBe(12.5);
    expect(parseKpiNumber(' 1 234.75 ')).toBe(1234.75);
    expect(parseKpiNumber('-3')).toBe(-3);
    expect(parseKpiNumber('.5')).toBe(0.5);
  });

  it('refuses what is not a number', () => {
    expect(parseKpiNumber('много')).toBeNull();
    expect(parseKpiNumber('12%')).toBeNull();
    expect(parseKpiNumber('1,2,3')).toBeNull();
    expect(parseKpiNumber('')).toBeNull();
  });
});

describe('KPI target rows', () => {
  it('round-trip through the item form without errors', () => {
    const parsed = parseItemForm(itemFormOf(fields), context);

    expect(parsed.errors).toEqual({});
    expect(parsed.kpiErrors).toEqual({});
    expect(parsed.fields.kpiTargets).toEqual(fields.kpiTargets);
  });

  it('name the row and the field of each problem: no KPI, no target, not a number', () => {
    const noKpi = row({ target: '5' });
    const noTarget = row({ kpiDefinitionId: KPI_A, baseline: '1' });
    const words = row({ kpiDefinitionId: KPI_B, baseline: 'мало', target: 'много' });

    const { errors } = parseKpiRows([noKpi, noTarget, words]);

    expect(errors).toEqual({
      [noKpi.key]: { kpiDefinitionId: 'roadmaps.kpi.rule.chooseKpi' },
      [noTarget.key]: { target: 'roadmaps.kpi.rule.targetRequired' },
      [words.key]: { baseline: 'roadmaps.kpi.rule.number', target: 'roadmaps.kpi.rule.number' },
    });
  });

  it('apply the item rules: a year outside the roadmap and a second target for the same KPI and year', () => {
    const form = itemFormOf(fields);
    const outside = row({ kpiDefinitionId: KPI_A, target: '1', year: '2031' });
    const duplicate = row({ kpiDefinitionId: KPI_A, target: '2', year: '2025' });
    form.kpiTargets = [...form.kpiTargets, outside, duplicate];

    const parsed = parseItemForm(form, context);

    expect(parsed.errors.kpiTargets).toBe('roadmaps.kpi.rule.rows');
    expect(parsed.kpiErrors).toEqual({
      [outside.key]: { year: 'roadmaps.kpi.rule.year' },
      [duplicate.key]: { row: 'roadmaps.kpi.rule.duplicate' },
    });
  });

  it('place the API’s field errors on the rows in the order they were sent', () => {
    const rows = kpiRowsOf(fields.kpiTargets);

    const errors = kpiIssuesToRows(
      [
        { field: 'kpiTargets.1.kpiDefinitionId', reason: `${KPI_B} is not a KPI definition` },
        {
          field: 'kpiTargets.0.target',
          reason: 'target must be a number conforming to the specified constraints',
        },
        { field: 'budgetLines.0.planned', reason: 'planned must be an amount' },
        { field: 'kpiTargets.7.year', reason: 'year must fall between 2024 and 2026' },
      ],
      rows,
    );

    expect(errors).toEqual({
      [rows[0].key]: { target: 'roadmaps.kpi.rule.number' },
      [rows[1].key]: { kpiDefinitionId: 'roadmaps.kpi.rule.unknownKpi' },
    });
  });
});

describe('KPI targets in saves and merges', () => {
  it('are sent only when changed, whatever their order', () => {
    const reordered = { ...fields, kpiTargets: [...fields.kpiTargets].reverse() };
    const changed = {
      ...fields,
      kpiTargets: [fields.kpiTargets[0], { ...fields.kpiTargets[1], target: 4 }],
    };

    expect(changedFields(fields, reordered)).toEqual([]);
    expect(itemPatch(fields, changed, 3)).toEqual({ revision: 3, kpiTargets: changed.kpiTargets });
  });

  it('are one field of the merge dialog: my new target against their edit of the title', () => {
    const mine = {
      ...fields,
      kpiTargets: [{ kpiDefinitionId: KPI_A, baseline: null, target: 99, year: 2024 }],
    };
    const theirs = { ...fields, title: 'Их заголовок' };

    const rows = mergeRows(fields, mine, theirs);

    expect(rows.map((r) => [r.field, r.defaultChoice])).toEqual([
      ['title', 'theirs'],
      ['kpiTargets', 'mine'],
    ]);
    expect(resolvedPatch(mine, theirs, 8, { title: 'theirs', kpiTargets: 'mine' })).toEqual({
      revision: 8,
      kpiTargets: mine.kpiTargets,
    });
  });
});
