import { createContext, useCallback, useContext, useMemo, useState } from 'react';
import type { ReactNode } from 'react';
import type { OrganizationSummaryResponse, SessionResponse } from '@smartcity/contracts';
import { reachOf, SELF_PERMISSIONS } from '@smartcity/domain';
import type { AccessScope, Permission, Role } from '@smartcity/domain';

import { PREFERENCE_KEYS, readPreference, writePreference } from '../lib/storage';

/** An organization the user belongs to, with every role they hold there (one membership per role). */
export type Workplace = { organization: OrganizationSummaryResponse; roles: Role[] };

type CurrentOrganizationValue = {
  session: SessionResponse;
  /** The user's memberships grouped by organization, in the order the session lists them. */
  workplaces: Workplace[];
  /** Where the user works now (header switcher), or null when they belong nowhere. */
  current: Workplace | null;
  selectOrganization: (organizationId: string) => void;
  /** The user's whole access scope, for object-level checks (`can(scope, permission, organization)`). */
  scope: AccessScope;
  /** Whether a role held in the current organization grants `permission` (shapes navigation; the server re-checks). */
  hasPermission: (permission: Permission) => boolean;
};

const CurrentOrganizationContext = createContext<CurrentOrganizationValue | null>(null);

function workplacesOf(session: SessionResponse): Workplace[] {
  const byId = new Map<string, Workplace>();
  for (const membership of session.memberships) {
    const existing = byId.get(membership.organization.id);
    if (existing) existing.roles.push(membership.role);
    else
      byId.set(membership.organization.id, {
        organization: membership.organization,
        roles: [membership.role],
      });
  }
  return [...byId.values()];
}

export type CurrentOrganizationProviderProps = { session: SessionResponse; children: ReactNode };

/** Holds the organization the user works in, remembered per user on this device. */
export function CurrentOrganizationProvider({ session, children }: CurrentOrganizationProviderProps) {
  const storageKey = PREFERENCE_KEYS.organization(session.user.id);
  const [preferredId, setPreferredId] = useState<string | null>(() => readPreference(storageKey));

  const selectOrganization = useCallback(
    (organizationId: string) => {
      setPreferredId(organizationId);
      writePreference(storageKey, organizationId);
    },
    [storageKey],
  );

  const value = useMemo<CurrentOrganizationValue>(() => {
    const workplaces = workplacesOf(session);
    const current = workplaces.find((w) => w.organization.id === preferredId) ?? workplaces[0] ?? null;
    const scope: AccessScope = {
      userId: session.user.id,
      memberships: session.memberships.map((m) => ({
        role: m.role,
        organization: { id: m.organization.id, kind: m.organization.kind, parentId: m.organization.parentId },
      })),
    };
    const hasPermission = (permission: Permission) =>
      SELF_PERMISSIONS.includes(permission) ||
      (current !== null && current.roles.some((role) => reachOf(role, permission) !== null));
    return { session, workplaces, current, selectOrganization, scope, hasPermission };
  }, [session, preferredId, selectOrganization]);

  return <CurrentOrganizationContext.Provider value={value}>{children}</CurrentOrganizationContext.Provider>;
}

export function useCurrentOrganization(): CurrentOrganizationValue {
  const context = useContext(CurrentOrganizationContext);
  if (!context) throw new Error('useCurrentOrganization() must be used under <CurrentOrganizationProvider>');
  return context;
}

/** Remembers which organization to open after sign-in (e.g. the one an invitation was for). */
export function preselectOrganization(userId: string, organizationId: string): void {
  writePreference(PREFERENCE_KEYS.organization(userId), organizationId);
}
