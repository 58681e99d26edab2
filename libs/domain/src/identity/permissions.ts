import type { Role } from './roles';

/**
 * Permissions are what endpoints declare. Each grant also says how far it reaches from the organization the
 * membership is held in:
 * - `own`: that organization only;
 * - `region`: that organization and, for a region, its municipalities;
 * - `all`: every organization (ministry-wide functions).
 */
export const PERMISSIONS = [
  'organizations.read',
  'members.read',
  'members.manage',
  'notifications.read-own',
  'mailbox.read',
  'catalogue.read',
  'catalogue.manage',
  'roadmaps.read',
  'roadmaps.edit',
  'roadmaps.comment',
  /** The cross-municipality compliance table and heatmap. */
  'compliance.overview',
  /** Starting a bulk recompute of compliance reports and following its progress. */
  'compliance.recompute',
  /** Pilot campaigns: reading the calls (every role that applies or reviews). */
  'campaigns.read',
  /** Pilot campaigns: creating, editing, opening and closing them. */
  'campaigns.manage',
  'applications.read',
  /** Starting, submitting, resubmitting and withdrawing the municipality's own applications. */
  'applications.submit',
  /** Reviewing a stage: checklist answers, item comments and acceptance, decisions (the workflow says which stage). */
  'applications.review',
  /** Reassigning reviewers and signing agreements. */
  'applications.manage',
  /** The SLA board and the ministry dashboard of applications (regional coordinators: their region only). */
  'applications.monitor',
] as const;
export type Permission = (typeof PERMISSIONS)[number];

export type Reach = 'own' | 'region' | 'all';

type Grants = Partial<Record<Permission, Reach>>;

const MUNICIPAL_EDITOR: Grants = {
  'organizations.read': 'own',
  'members.read': 'own',
  'catalogue.read': 'all',
  'roadmaps.read': 'own',
  'roadmaps.edit': 'own',
  'roadmaps.comment': 'own',
  'campaigns.read': 'all',
  'applications.read': 'own',
};

/** The role × permission table. A permission not listed for a role is not granted. */
export const ROLE_GRANTS: Record<Role, Grants> = {
  municipal_editor: MUNICIPAL_EDITOR,
  municipal_lead: { ...MUNICIPAL_EDITOR, 'members.manage': 'own', 'applications.submit': 'own' },
  regional_coordinator: {
    'organizations.read': 'region',
    'members.read': 'region',
    'members.manage': 'own',
    'catalogue.read': 'all',
    'roadmaps.read': 'region',
    'roadmaps.comment': 'region',
    'compliance.overview': 'region',
    'campaigns.read': 'all',
    'applications.read': 'region',
    'applications.review': 'region',
    'applications.monitor': 'region',
  },
  ministry_reviewer: {
    'organizations.read': 'all',
    'members.read': 'own',
    'catalogue.read': 'all',
    'roadmaps.read': 'all',
    'roadmaps.comment': 'all',
    'compliance.overview': 'all',
    'campaigns.read': 'all',
    'applications.read': 'all',
    'applications.review': 'all',
    'applications.monitor': 'all',
  },
  programme_coordinator: {
    'organizations.read': 'all',
    'members.read': 'own',
    'catalogue.read': 'all',
    'roadmaps.read': 'all',
    'roadmaps.comment': 'all',
    'compliance.overview': 'all',
    'compliance.recompute': 'all',
    'campaigns.read': 'all',
    'campaigns.manage': 'all',
    'applications.read': 'all',
    'applications.manage': 'all',
    'applications.monitor': 'all',
  },
  catalogue_admin: {
    'organizations.read': 'own',
    'members.read': 'own',
    'catalogue.read': 'all',
    'catalogue.manage': 'all',
  },
  platform_admin: {
    'organizations.read': 'all',
    'members.read': 'all',
    'members.manage': 'all',
    'mailbox.read': 'all',
    'catalogue.read': 'all',
    'compliance.recompute': 'all',
  },
};

/** Permissions every signed-in user has about themselves, whatever their memberships. */
export const SELF_PERMISSIONS: readonly Permission[] = ['notifications.read-own'];

export function reachOf(role: Role, permission: Permission): Reach | null {
  return ROLE_GRANTS[role][permission] ?? null;
}
