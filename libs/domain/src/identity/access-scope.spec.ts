import type { AccessScope, OrganizationRef } from './access-scope';
import { assignableRoles, can, canAnywhere, organizationFilter } from './access-scope';

const ministry: OrganizationRef = { id: 'ministry', kind: 'ministry', parentId: null };
const kalugaRegion: OrganizationRef = { id: 'kaluga-region', kind: 'region', parentId: null };
const kostromaRegion: OrganizationRef = { id: 'kostroma-region', kind: 'region', parentId: null };
const kaluga: OrganizationRef = { id: 'kaluga', kind: 'municipality', parentId: 'kaluga-region' };
const obninsk: OrganizationRef = { id: 'obninsk', kind: 'municipality', parentId: 'kaluga-region' };
const kostroma: OrganizationRef = { id: 'kostroma', kind: 'municipality', parentId: 'kostroma-region' };

const scopeOf = (...memberships: AccessScope['memberships']): AccessScope => ({ userId: 'u', memberships });

describe('can', () => {
  it('lets a municipal editor read its own municipality only', () => {
    const scope = scopeOf({ organization: obninsk, role: 'municipal_editor' });

    expect(can(scope, 'organizations.read', obninsk)).toBe(true);
    expect(can(scope, 'organizations.read', kaluga)).toBe(false);
    expect(can(scope, 'organizations.read', kalugaRegion)).toBe(false);
    expect(can(scope, 'members.manage', obninsk)).toBe(false);
  });

  it('lets a municipal lead manage members of its municipality only', () => {
    const scope = scopeOf({ organization: kaluga, role: 'municipal_lead' });

    expect(can(scope, 'members.manage', kaluga)).toBe(true);
    expect(can(scope, 'members.manage', obninsk)).toBe(false);
  });

  it("lets a regional coordinator read the region's municipalities but not another region's", () => {
    const scope = scopeOf({ organization: kalugaRegion, role: 'regional_coordinator' });

    expect(can(scope, 'organizations.read', kalugaRegion)).toBe(true);
    expect(can(scope, 'organizations.read', kaluga)).toBe(true);
    expect(can(scope, 'organizations.read', obninsk)).toBe(true);
    expect(can(scope, 'organizations.read', kostroma)).toBe(false);
    expect(can(scope, 'organizations.read', kostromaRegion)).toBe(false);
    expect(can(scope, 'members.manage', kaluga)).toBe(false);
  });

  it('lets ministry reviewers read every organization without managing members', () => {
    const scope = scopeOf({ organization: ministry, role: 'ministry_reviewer' });

    expect(can(scope, 'organizations.read', kostroma)).toBe(true);
    expect(can(scope, 'members.manage', kostroma)).toBe(false);
    expect(can(scope, 'members.read', kostroma)).toBe(false);
  });

  it('combines memberships held in several organizations', () => {
    const scope = scopeOf(
      { organization: kaluga, role: 'municipal_editor' },
      { organization: kostroma, role: 'municipal_lead' },
    );

    expect(can(scope, 'members.manage', kostroma)).toBe(true);
    expect(can(scope, 'members.manage', kaluga)).toBe(false);
    expect(can(scope, 'organizations.read', obninsk)).toBe(false);
  });

  it('grants nothing to a user without memberships', () => {
    const scope = scopeOf();

    expect(can(scope, 'organizations.read', kaluga)).toBe(false);
    expect(canAnywhere(scope, 'members.read')).toBe(false);
    expect(canAnywhere(scope, 'notifications.read-own')).toBe(true);
  });
});

describe('roadmap permissions', () => {
  it('lets municipal roles read, edit and comment on their own roadmaps only', () => {
    for (const role of ['municipal_editor', 'municipal_lead'] as const) {
      const scope = scopeOf({ organization: kaluga, role });

      expect(can(scope, 'roadmaps.read', kaluga)).toBe(true);
      expect(can(scope, 'roadmaps.edit', kaluga)).toBe(true);
      expect(can(scope, 'roadmaps.comment', kaluga)).toBe(true);
      expect(can(scope, 'roadmaps.read', obninsk)).toBe(false);
      expect(can(scope, 'roadmaps.edit', obninsk)).toBe(false);
    }
  });

  it("lets a regional coordinator read and comment on the region's roadmaps without editing them", () => {
    const scope = scopeOf({ organization: kalugaRegion, role: 'regional_coordinator' });

    expect(can(scope, 'roadmaps.read', obninsk)).toBe(true);
    expect(can(scope, 'roadmaps.comment', obninsk)).toBe(true);
    expect(can(scope, 'roadmaps.edit', obninsk)).toBe(false);
    expect(can(scope, 'roadmaps.read', kostroma)).toBe(false);
  });

  it('lets ministry reviewers and programme coordinators read and comment everywhere without editing', () => {
    for (const role of ['ministry_reviewer', 'programme_coordinator'] as const) {
      const scope = scopeOf({ organization: ministry, role });

      expect(can(scope, 'roadmaps.read', kostroma)).toBe(true);
      expect(can(scope, 'roadmaps.comment', kostroma)).toBe(true);
      expect(can(scope, 'roadmaps.edit', kostroma)).toBe(false);
    }
  });

  it('gives catalogue and platform admins no roadmap access', () => {
    for (const role of ['catalogue_admin', 'platform_admin'] as const) {
      expect(can(scopeOf({ organization: ministry, role }), 'roadmaps.read', kaluga)).toBe(false);
    }
  });
});

describe('organizationFilter', () => {
  it('lists own organizations and regions for scoped grants', () => {
    const scope = scopeOf(
      { organization: kalugaRegion, role: 'regional_coordinator' },
      { organization: kostroma, role: 'municipal_editor' },
    );

    expect(organizationFilter(scope, 'organizations.read')).toEqual({
      all: false,
      organizationIds: ['kaluga-region', 'kostroma'],
      regionIds: ['kaluga-region'],
    });
  });

  it('short-circuits to all for ministry-wide grants', () => {
    const scope = scopeOf({ organization: ministry, role: 'programme_coordinator' });

    expect(organizationFilter(scope, 'organizations.read')).toEqual({ all: true });
  });
});

describe('assignableRoles', () => {
  it('offers only roles of the target organization kind', () => {
    const lead = scopeOf({ organization: kaluga, role: 'municipal_lead' });
    const admin = scopeOf({ organization: ministry, role: 'platform_admin' });

    expect(assignableRoles(lead, kaluga)).toEqual(['municipal_editor', 'municipal_lead']);
    expect(assignableRoles(lead, obninsk)).toEqual([]);
    expect(assignableRoles(admin, kalugaRegion)).toEqual(['regional_coordinator']);
    expect(assignableRoles(admin, ministry)).toContain('platform_admin');
  });
});
