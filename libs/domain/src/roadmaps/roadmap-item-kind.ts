/**
 * A roadmap item either implements a measure of the standard (`standard`) or is the municipality's own measure
 * (`own`), which must cite at least one analysed local problem.
 */
// Durable: stored in the database (roadmap_items.kind). Never rename a value.
export const ROADMAP_ITEM_KINDS = ['standard', 'own'] as const;
export type RoadmapItemKind = (typeof ROADMAP_ITEM_KINDS)[number];
