import type { OrganizationKind } from '../organizations/organization-kind';

// Durable: role names are stored in memberships.role and invitations.role. Never rename a value.
export const ROLES = [
  'municipal_editor',
  'municipal_lead',
  'regional_coordinator',
  'ministry_reviewer',
  'programme_coordinator',
  'catalogue_admin',
  'platform_admin',
] as const;
export type Role = (typeof ROLES)[number];

/** Which kind of organization a role can be held in. */
export const ROLE_ORGANIZATION_KIND: Record<Role, OrganizationKind> = {
  municipal_editor: 'municipality',
  municipal_lead: 'municipality',
  regional_coordinator: 'region',
  ministry_reviewer: 'ministry',
  programme_coordinator: 'ministry',
  catalogue_admin: 'ministry',
  platform_admin: 'ministry',
};

export function rolesForOrganizationKind(kind: OrganizationKind): Role[] {
  return ROLES.filter((role) => ROLE_ORGANIZATION_KIND[role] === kind);
}
