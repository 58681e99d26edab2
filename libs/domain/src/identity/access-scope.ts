import type { OrganizationKind } from '../organizations/organization-kind';
import type { Permission, Reach } from './permissions';
import { reachOf, SELF_PERMISSIONS } from './permissions';
import type { Role } from './roles';
import { rolesForOrganizationKind } from './roles';

export type OrganizationRef = {
  id: string;
  kind: OrganizationKind;
  /** The region of a municipality; null for regions and the ministry. */
  parentId: string | null;
};

export type MembershipGrant = { organization: OrganizationRef; role: Role };

/**
 * What a signed-in user may see and do: built once per request from their memberships and passed as the first
 * argument of every repository method, so no query can forget tenant filtering.
 */
export type AccessScope = {
  userId: string;
  memberships: readonly MembershipGrant[];
};

function reaches(reach: Reach, from: OrganizationRef, target: OrganizationRef): boolean {
  switch (reach) {
    case 'all':
      return true;
    case 'own':
      return from.id === target.id;
    case 'region':
      return from.id === target.id || (from.kind === 'region' && target.parentId === from.id);
  }
}

/** Whether the scope holds `permission` over the target organization. */
export function can(scope: AccessScope, permission: Permission, target: OrganizationRef): boolean {
  return scope.memberships.some((m) => {
    const reach = reachOf(m.role, permission);
    return reach !== null && reaches(reach, m.organization, target);
  });
}

/** Whether the scope holds `permission` anywhere at all (used to show or hide navigation). */
export function canAnywhere(scope: AccessScope, permission: Permission): boolean {
  return (
    SELF_PERMISSIONS.includes(permission) ||
    scope.memberships.some((m) => reachOf(m.role, permission) !== null)
  );
}

/**
 * The organizations `permission` reaches, for list queries: `all` when some grant reaches everything, otherwise
 * explicit organization ids and region ids whose municipalities are included.
 */
export type OrganizationFilter =
  { all: true } | { all: false; organizationIds: string[]; regionIds: string[] };

export function organizationFilter(scope: AccessScope, permission: Permission): OrganizationFilter {
  const organizationIds = new Set<string>();
  const regionIds = new Set<string>();
  for (const m of scope.memberships) {
    const reach = reachOf(m.role, permission);
    if (reach === null) continue;
    if (reach === 'all') return { all: true };
    organizationIds.add(m.organization.id);
    if (reach === 'region' && m.organization.kind === 'region') regionIds.add(m.organization.id);
  }
  return { all: false, organizationIds: [...organizationIds], regionIds: [...regionIds] };
}

/** Roles a member with `members.manage` over `target` may hand out there: only roles of the target's kind. */
export function assignableRoles(scope: AccessScope, target: OrganizationRef): Role[] {
  if (!can(scope, 'members.manage', target)) return [];
  return rolesForOrganizationKind(target.kind);
}
