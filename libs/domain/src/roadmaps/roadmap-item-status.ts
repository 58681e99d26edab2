import { assertNever } from '../shared/assert-never';

// Durable: stored in the database (roadmap_items.status). Never rename a value.
export const ROADMAP_ITEM_STATUSES = ['planned', 'in_progress', 'done', 'delayed', 'cancelled'] as const;
export type RoadmapItemStatus = (typeof ROADMAP_ITEM_STATUSES)[number];

/** Display labels of item statuses, in the interface languages. */
export const ROADMAP_ITEM_STATUS_LABELS: Record<RoadmapItemStatus, { ru: string; en: string }> = {
  planned: { ru: 'запланировано', en: 'planned' },
  in_progress: { ru: 'выполняется', en: 'in progress' },
  done: { ru: 'выполнено', en: 'done' },
  delayed: { ru: 'задерживается', en: 'delayed' },
  cancelled: { ru: 'отменено', en: 'cancelled' },
};

export function isRoadmapItemStatus(value: unknown): value is RoadmapItemStatus {
  return typeof value === 'string' && (ROADMAP_ITEM_STATUSES as readonly string[]).includes(value);
}

/**
 * Whether an item in this status is still part of the plan. A cancelled item stays in the roadmap for the record,
 * but covers nothing, is not checked for completeness and takes no part in the dependency graph.
 */
export function isActiveStatus(status: RoadmapItemStatus): boolean {
  switch (status) {
    case 'planned':
    case 'in_progress':
    case 'done':
    case 'delayed':
      return true;
    case 'cancelled':
      return false;
    default:
      return assertNever(status, 'Unknown roadmap item status');
  }
}

/** Whether work on an item in this status is still expected (it is neither finished nor cancelled). */
export function isOpenStatus(status: RoadmapItemStatus): boolean {
  switch (status) {
    case 'planned':
    case 'in_progress':
    case 'delayed':
      return true;
    case 'done':
    case 'cancelled':
      return false;
    default:
      return assertNever(status, 'Unknown roadmap item status');
  }
}
