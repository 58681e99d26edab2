/**
 * Re-review only what changed (DESIGN §9): a reviewer accepts roadmap items one by one, and each acceptance
 * remembers the content hash of the item it was given for. When the application is resubmitted, an acceptance
 * carries over to the new snapshot exactly when the item is still there with the same content hash.
 */

/** Canonical JSON: object keys sorted, `undefined` dropped, arrays in order. Equal content → equal text. */
export function canonicalJson(value: unknown): string {
  if (Array.isArray(value))
    return `[${value.map((v) => canonicalJson(v === undefined ? null : v)).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
  }
  return JSON.stringify(value ?? null);
}

/** Fields of a snapshot item that are bookkeeping, not content: they never break an acceptance. */
export const ITEM_BOOKKEEPING_FIELDS = ['revision', 'createdAt', 'updatedAt', 'roadmapRevision'] as const;

/** The item's content as canonical JSON, without bookkeeping fields; hash it to get the content hash. */
export function itemContentText(item: object): string {
  const content = Object.fromEntries(
    Object.entries(item).filter(([k]) => !(ITEM_BOOKKEEPING_FIELDS as readonly string[]).includes(k)),
  );
  return canonicalJson(content);
}

export type ItemAcceptance = {
  itemId: string;
  contentHash: string;
  acceptedBy: string;
  acceptedAt: string;
};

export type CarryOverResult = {
  /** Acceptances whose item is unchanged: valid for the new snapshot. */
  kept: ItemAcceptance[];
  /** Acceptances whose item changed or disappeared: the reviewers look again. */
  dropped: (ItemAcceptance & { why: 'changed' | 'removed' })[];
};

/** Splits the previous snapshot's acceptances by whether their item is unchanged in the new one. */
export function carryOverAcceptances(
  previous: readonly ItemAcceptance[],
  currentHashes: ReadonlyMap<string, string>,
): CarryOverResult {
  const result: CarryOverResult = { kept: [], dropped: [] };
  for (const acceptance of previous) {
    const hash = currentHashes.get(acceptance.itemId);
    if (hash === undefined) result.dropped.push({ ...acceptance, why: 'removed' });
    else if (hash !== acceptance.contentHash) result.dropped.push({ ...acceptance, why: 'changed' });
    else result.kept.push(acceptance);
  }
  return result;
}
