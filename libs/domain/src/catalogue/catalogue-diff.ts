import {
  catalogueCellText,
  directionCells,
  frameworkCells,
  kpiCells,
  measureCells,
  type CatalogueCellRow,
} from './catalogue-cells';
import { CATALOGUE_COLUMNS } from './catalogue-columns';
import type {
  CatalogueDocument,
  CatalogueItemRecord,
  DirectionRecord,
  KpiRecord,
  MeasureRecord,
} from './catalogue-document';
import { catalogueItemsOf } from './catalogue-document';
import type { FrameworkKind } from './catalogue-kinds';

/** One changed field, named by its file column, with both values in text form (as a CSV cell shows them). */
export type CatalogueFieldChange = { field: string; before: string; after: string };

/** An item as a diff lists it. `kind` is the measure kind, or the KPI tier. */
export type CatalogueDiffItem = {
  code: string;
  directionCode: string;
  kind: string | null;
  titleRu: string | null;
  titleEn: string | null;
};

export type CatalogueItemChange = {
  code: string;
  before: CatalogueDiffItem;
  after: CatalogueDiffItem;
  changes: CatalogueFieldChange[];
  /** A title or a description changed. */
  reworded: boolean;
  /** The item moved to another direction. */
  moved: boolean;
  /** A measure switched between basic and additional, or a KPI between core and advanced. */
  kindChanged: boolean;
};

export type CatalogueDiff = {
  kind: FrameworkKind;
  framework: CatalogueFieldChange[];
  directions: {
    added: DirectionRecord[];
    removed: DirectionRecord[];
    changed: { code: string; changes: CatalogueFieldChange[] }[];
  };
  items: { added: CatalogueDiffItem[]; removed: CatalogueDiffItem[]; changed: CatalogueItemChange[] };
  summary: {
    added: number;
    removed: number;
    changed: number;
    reworded: number;
    moved: number;
    kindChanged: number;
    unchanged: number;
  };
};

export class CatalogueKindMismatchError extends Error {
  constructor(
    readonly from: FrameworkKind,
    readonly to: FrameworkKind,
  ) {
    super(`A ${from} framework cannot be compared with a ${to} framework`);
  }
}

const REWORDING_FIELDS = new Set(['title_ru', 'title_en', 'description_ru', 'description_en']);

function compare(
  before: CatalogueCellRow,
  after: CatalogueCellRow,
  fields: readonly string[],
): CatalogueFieldChange[] {
  const changes: CatalogueFieldChange[] = [];
  for (const field of fields) {
    const a = catalogueCellText(before[field] ?? null);
    const b = catalogueCellText(after[field] ?? null);
    if (a !== b) changes.push({ field, before: a, after: b });
  }
  return changes;
}

function cellsOf(item: CatalogueItemRecord, kind: FrameworkKind): CatalogueCellRow {
  return kind === 'measures' ? measureCells(item as MeasureRecord) : kpiCells(item as KpiRecord);
}

function diffItem(item: CatalogueItemRecord, kind: FrameworkKind): CatalogueDiffItem {
  return {
    code: item.code,
    directionCode: item.directionCode,
    kind: kind === 'measures' ? (item as MeasureRecord).kind : (item as KpiRecord).tier,
    titleRu: item.titleRu,
    titleEn: item.titleEn,
  };
}

/**
 * What changed from one version to another, matching directions and items by code: added, removed, and changed
 * items with the fields that changed, flagged as reworded, moved (other direction) or kind changed. With no
 * `from` (a framework's first version) everything is added. Order changes alone are not reported.
 */
export function diffCatalogues(from: CatalogueDocument | null, to: CatalogueDocument): CatalogueDiff {
  const kind = to.framework.kind;
  if (from && from.framework.kind !== kind) throw new CatalogueKindMismatchError(from.framework.kind, kind);
  const section = kind === 'measures' ? 'measures' : 'kpis';
  const itemFields = CATALOGUE_COLUMNS[section].filter((c) => c !== 'code');

  const framework = from
    ? compare(frameworkCells(from.framework), frameworkCells(to.framework), CATALOGUE_COLUMNS.framework)
    : [];

  const beforeDirections = new Map((from?.directions ?? []).map((d) => [d.code, d]));
  const afterDirections = new Map(to.directions.map((d) => [d.code, d]));
  const directions: CatalogueDiff['directions'] = { added: [], removed: [], changed: [] };
  for (const d of to.directions) {
    const old = beforeDirections.get(d.code);
    if (!old) directions.added.push(d);
    else {
      const changes = compare(directionCells(old), directionCells(d), ['title_ru', 'title_en']);
      if (changes.length > 0) directions.changed.push({ code: d.code, changes });
    }
  }
  for (const d of from?.directions ?? []) if (!afterDirections.has(d.code)) directions.removed.push(d);

  const beforeItems = new Map((from ? catalogueItemsOf(from) : []).map((i) => [i.code, i]));
  const afterCodes = new Set(catalogueItemsOf(to).map((i) => i.code));
  const items: CatalogueDiff['items'] = { added: [], removed: [], changed: [] };
  let unchanged = 0;
  for (const item of catalogueItemsOf(to)) {
    const old = beforeItems.get(item.code);
    if (!old) {
      items.added.push(diffItem(item, kind));
      continue;
    }
    const changes = compare(cellsOf(old, kind), cellsOf(item, kind), itemFields);
    if (changes.length === 0) {
      unchanged += 1;
      continue;
    }
    const kindField = kind === 'measures' ? 'kind' : 'tier';
    items.changed.push({
      code: item.code,
      before: diffItem(old, kind),
      after: diffItem(item, kind),
      changes,
      reworded: changes.some((c) => REWORDING_FIELDS.has(c.field)),
      moved: changes.some((c) => c.field === 'direction'),
      kindChanged: changes.some((c) => c.field === kindField),
    });
  }
  for (const item of from ? catalogueItemsOf(from) : []) {
    if (!afterCodes.has(item.code)) items.removed.push(diffItem(item, kind));
  }

  return {
    kind,
    framework,
    directions,
    items,
    summary: {
      added: items.added.length,
      removed: items.removed.length,
      changed: items.changed.length,
      reworded: items.changed.filter((c) => c.reworded).length,
      moved: items.changed.filter((c) => c.moved).length,
      kindChanged: items.changed.filter((c) => c.kindChanged).length,
      unchanged,
    },
  };
}
