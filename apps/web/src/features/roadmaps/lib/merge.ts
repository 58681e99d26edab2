import type { UpdateRoadmapItemDto } from '@smartcity/contracts';

import type { ItemField, ItemFields } from './item-fields';
import { ITEM_FIELDS, sameFieldValue } from './item-fields';

export type MergeSide = 'mine' | 'theirs';

/** One field of a stale save: what it was when editing began, what I want, what is saved now. */
export type MergeRow = {
  field: ItemField;
  mine: unknown;
  theirs: unknown;
  /** I edited this field. */
  changedByMe: boolean;
  /** Someone else changed it since I loaded the item. */
  changedByThem: boolean;
  /** Both edited it to different values: a real conflict. */
  conflict: boolean;
  /** Keep theirs for fields I did not touch, mine for fields I changed. */
  defaultChoice: MergeSide;
};

/**
 * The three-way view of a 409: every field where my version and the current one differ. Fields nobody changed, or
 * changed to the same value, are left out — there is nothing to choose.
 */
export function mergeRows(base: ItemFields, mine: ItemFields, theirs: ItemFields): MergeRow[] {
  const rows: MergeRow[] = [];
  for (const field of ITEM_FIELDS) {
    if (sameFieldValue(field, mine[field], theirs[field])) continue;
    const changedByMe = !sameFieldValue(field, base[field], mine[field]);
    const changedByThem = !sameFieldValue(field, base[field], theirs[field]);
    rows.push({
      field,
      mine: mine[field],
      theirs: theirs[field],
      changedByMe,
      changedByThem,
      conflict: changedByMe && changedByThem,
      defaultChoice: changedByMe ? 'mine' : 'theirs',
    });
  }
  return rows;
}

export function defaultChoices(rows: readonly MergeRow[]): Record<string, MergeSide> {
  return Object.fromEntries(rows.map((row) => [row.field, row.defaultChoice]));
}

/** The item as resolved: the current version with the fields chosen as "mine" taken from my version. */
export function resolvedFields(
  mine: ItemFields,
  theirs: ItemFields,
  choices: Readonly<Record<string, MergeSide>>,
): ItemFields {
  const result: ItemFields = { ...theirs };
  for (const field of ITEM_FIELDS) {
    if (choices[field] === 'mine') (result as Record<ItemField, unknown>)[field] = mine[field];
  }
  return result;
}

/** The save that applies the resolution against the current revision: only fields taken from my version. */
export function resolvedPatch(
  mine: ItemFields,
  theirs: ItemFields,
  currentRevision: number,
  choices: Readonly<Record<string, MergeSide>>,
): UpdateRoadmapItemDto {
  const patch: Record<string, unknown> = { revision: currentRevision };
  for (const field of ITEM_FIELDS) {
    if (choices[field] === 'mine' && !sameFieldValue(field, mine[field], theirs[field])) {
      patch[field] = mine[field];
    }
  }
  return patch as unknown as UpdateRoadmapItemDto;
}
