import { can, ROLE_ORGANIZATION_KIND, ROLES, type AccessScope, type Role } from '@smartcity/domain';
import { IsNull } from 'typeorm';

import { Membership } from '../src/modules/identity/membership.entity';
import { Invitation } from '../src/modules/members/invitation.entity';
import type { Organization } from '../src/modules/organizations/organization.entity';
import { catalogueFixture, insertRoadmap } from './roadmaps-fixtures';
import { fillPath, routeTable, type Route } from './route-table';
import { TestApp, type Caller } from './test-app';
import { insertApplication, insertCampaign } from './transition-fixtures';

/**
 * Tenant isolation, generated from the route table: a new endpoint is covered the day it is added.
 * Victim: a municipality with a member and a pending invitation. Attackers: one user per role, each holding it
 * in an organization that is not the victim's (another region's city, another region, the ministry).
 */
describe('tenant isolation matrix', () => {
  let t: TestApp;
  let routes: Route[];
  let victim: Organization;
  let params: Record<string, string>;
  let victimMemberEmail: string;
  const attackers = new Map<Role, { caller: Caller; scope: AccessScope }>();

  beforeAll(async () => {
    t = await TestApp.start();
    routes = routeTable(t.app);
    const home = await t.regionWithCity();
    victim = home.city;
    const foreign = await t.regionWithCity();
    const ministry = await t.organization('ministry');
    const foreignOrg = { municipality: foreign.city, region: foreign.region, ministry };

    const victimLead = await t.member(victim, 'municipal_lead');
    const victimEditor = await t.member(victim, 'municipal_editor');
    victimMemberEmail = victimEditor.email;
    const membership = await t.dataSource
      .getRepository(Membership)
      .findOneByOrFail({ userId: victimEditor.id });
    const invitation = await t.dataSource.getRepository(Invitation).save({
      organizationId: victim.id,
      email: 'pending@victim.test',
      role: 'municipal_editor',
      tokenHash: 'victim-invitation',
      invitedBy: victimLead.id,
      expiresAt: new Date(Date.now() + 86_400_000),
    });
    const catalogue = await catalogueFixture(t.dataSource);
    const victimRoadmap = await insertRoadmap(t.dataSource, victim, victimLead.id, catalogue.frameworkId);
    const [evidence] = await t.dataSource.query<{ id: string }[]>(
      `INSERT INTO roadmap_evidence (roadmap_id, item_id, kind, title, url, created_by)
       VALUES ($1, $2, 'link', 'Отчёт', 'https://victim.example/report.pdf', $3) RETURNING id`,
      [victimRoadmap.roadmap.id, victimRoadmap.item.id, victimLead.id],
    );
    const [roadmapImport] = await t.dataSource.query<{ id: string }[]>(
      `INSERT INTO roadmap_imports (roadmap_id, file_name, base_revision, is_valid, summary, rows, operations, created_by)
       VALUES ($1, 'victim.xlsx', 1, true, '{}', '[]', '[]', $2) RETURNING id`,
      [victimRoadmap.roadmap.id, victimLead.id],
    );
    // Pilot applications (issue 6): an application of the victim with a rendered document.
    const victimCampaignId = await insertCampaign(t.dataSource, victimLead.id);
    const victimApplication = await insertApplication(t.dataSource, {
      campaignId: victimCampaignId,
      roadmapId: victimRoadmap.roadmap.id,
      city: victim,
      lead: victimLead,
    });
    const [document] = await t.dataSource.query<{ id: string }[]>(
      `INSERT INTO documents (kind, application_id, municipality_id, document_key, snapshot_hash, locale)
       VALUES ('application', $1, $2, 'application:victim', repeat('a', 64), 'ru') RETURNING id`,
      [victimApplication.id, victim.id],
    );
    const [victimSnapshot] = await t.dataSource.query<{ id: string }[]>(
      `INSERT INTO application_snapshots (application_id, sequence, roadmap_revision, content, content_hash,
         compliance_score, error_count, created_by)
       VALUES ($1, 1, 1, '{}', repeat('a', 64), 90, 0, $2) RETURNING id`,
      [victimApplication.id, victimLead.id],
    );
    params = {
      orgId: victim.id,
      campaignId: victimCampaignId,
      snapshotId: victimSnapshot.id,
      applicationId: victimApplication.id,
      documentId: document.id,
      membershipId: membership.id,
      invitationId: invitation.id,
      id: invitation.id,
      roadmapId: victimRoadmap.roadmap.id,
      itemId: victimRoadmap.item.id,
      problemId: victimRoadmap.problem.id,
      measureId: catalogue.basicMeasureIds[0],
      evidenceId: evidence.id,
      importId: roadmapImport.id,
      // Catalogue routes (ministry-wide reference data, not addressed by organization).
      frameworkId: catalogue.frameworkId,
      fromId: catalogue.frameworkId,
      toId: catalogue.frameworkId,
      directionId: catalogue.directionId,
      kpiId: catalogue.kpiId,
      // Compliance runs are ministry-wide (not addressed by organization).
      runId: '00000000-0000-4000-8000-000000000000',
    };

    for (const role of ROLES) {
      const organization = foreignOrg[ROLE_ORGANIZATION_KIND[role]];
      const caller = await t.asMember(organization, role);
      const scope: AccessScope = {
        userId: caller.userId,
        memberships: [
          {
            role,
            organization: { id: organization.id, kind: organization.kind, parentId: organization.parentId },
          },
        ],
      };
      attackers.set(role, { caller, scope });
    }
  });

  afterAll(() => t.close());

  const send = (caller: Caller, route: Route, path: string) => {
    switch (route.method) {
      case 'get':
        return caller.get(path);
      case 'delete':
        return caller.delete(path);
      case 'post':
        return caller.post(path, {});
      case 'patch':
        return caller.patch(path, {});
      case 'put':
        return caller.put(path, {});
    }
  };

  it('finds routes and every route declares an access policy', () => {
    expect(routes.length).toBeGreaterThan(10);
    expect(routes.filter((r) => !r.policy).map((r) => r.handler)).toEqual([]);
  });

  it('answers 401 to a signed-out caller on every non-public route', async () => {
    const protectedRoutes = routes.filter((r) => r.policy?.kind !== 'public');
    const leaks: string[] = [];
    for (const route of protectedRoutes) {
      const res = await t.http[route.method](fillPath(route.path, params)).send({});
      if (res.status !== 401) leaks.push(`${route.handler}: ${res.status}`);
    }
    expect(protectedRoutes.length).toBeGreaterThan(5);
    expect(leaks).toEqual([]);
  });

  it("refuses every foreign role on every route that addresses the victim's organization", async () => {
    const addressed = routes.filter((r) => r.policy?.kind === 'permission' && r.policy.organizationParam);
    expect(addressed.length).toBeGreaterThanOrEqual(4);
    const grantedByDesign: string[] = [];
    const leaks: string[] = [];
    let checked = 0;
    for (const route of addressed) {
      const policy = route.policy as Extract<Route['policy'], { kind: 'permission' }>;
      for (const [role, { caller, scope }] of attackers) {
        if (can(scope, policy.permission, victim)) {
          grantedByDesign.push(`${role} → ${route.handler}`);
          continue;
        }
        const res = await send(caller, route, fillPath(route.path, params));
        checked += 1;
        if (![403, 404].includes(res.status)) leaks.push(`${role} → ${route.handler}: ${res.status}`);
      }
    }
    expect(leaks).toEqual([]);
    expect(checked).toBeGreaterThanOrEqual(addressed.length * 4);
    // Ministry-wide grants are the only ones that legitimately reach another organization.
    expect(
      grantedByDesign.every((g) => /^(platform_admin|ministry_reviewer|programme_coordinator) /.test(g)),
    ).toBe(true);
  });

  it("never returns the victim's data from scope-filtered list routes to foreign municipal and regional roles", async () => {
    const lists = routes.filter(
      (r) => r.policy?.kind === 'permission' && !r.policy.organizationParam && r.method === 'get',
    );
    expect(lists.length).toBeGreaterThan(0);
    for (const route of lists) {
      for (const role of ['municipal_editor', 'municipal_lead', 'regional_coordinator'] as const) {
        const res = await attackers.get(role)!.caller.get(route.path);
        expect([200, 403, 404]).toContain(res.status);
        const body = JSON.stringify(res.body);
        expect(body).not.toContain(victim.id);
        expect(body).not.toContain(victimMemberEmail);
      }
    }
  });

  it("left the victim's members and invitations untouched", async () => {
    expect(await t.dataSource.getRepository(Membership).countBy({ organizationId: victim.id })).toBe(2);
    expect(
      await t.dataSource.getRepository(Invitation).countBy({ id: params.invitationId, revokedAt: IsNull() }),
    ).toBe(1);
  });
});
