import { canAnywhere, type AccessScope } from '../identity/access-scope';
import type { FrameworkStatus } from './catalogue-kinds';

/** Catalogue admins see drafts and change the catalogue; everyone else reads published and retired versions. */
export function canManageCatalogue(scope: AccessScope): boolean {
  return canAnywhere(scope, 'catalogue.manage');
}

/** Statuses of versions the scope may read. */
export function visibleFrameworkStatuses(scope: AccessScope): FrameworkStatus[] {
  return canManageCatalogue(scope) ? ['draft', 'published', 'retired'] : ['published', 'retired'];
}

/** Only drafts change; a published version is immutable, and a new edition is a new version. */
export function isFrameworkEditable(status: FrameworkStatus): boolean {
  return status === 'draft';
}

export type FrameworkTransition = 'publish' | 'retire';

/** The status a transition leads to from `status`, or null when it is not allowed. */
export function nextFrameworkStatus(
  status: FrameworkStatus,
  transition: FrameworkTransition,
): FrameworkStatus | null {
  switch (transition) {
    case 'publish':
      return status === 'draft' ? 'published' : null;
    case 'retire':
      return status === 'published' ? 'retired' : null;
  }
}

/** Why a transition is refused, in words a catalogue admin understands. */
export function frameworkTransitionRefusal(status: FrameworkStatus, transition: FrameworkTransition): string {
  if (transition === 'publish') {
    return status === 'published'
      ? 'This version is published already'
      : 'A retired version cannot be published again';
  }
  return status === 'draft'
    ? 'A draft cannot be retired; delete it instead'
    : 'This version is retired already';
}
