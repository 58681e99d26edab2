import type { DashboardResponse } from '@smartcity/contracts';

import type { Organization } from '../src/modules/organizations/organization.entity';
import { insertRoadmap } from './roadmaps-fixtures';
import { TestApp } from './test-app';
import {
  actorOf,
  insertApplication,
  recordTransition,
  transitionWorld,
  type TransitionWorld,
} from './transition-fixtures';

const DAY = 24 * 3600 * 1000;
const daysAgo = (days: number) => new Date(Date.now() - days * DAY);

/**
 * The ministry dashboard over four applications in two regions: counts by status and region, eligibility (frozen
 * checks of submitted ones, the campaign's rules on the latest compliance report for drafts) and time per status
 * from transitions recorded at known moments. Scoped: a regional coordinator sees the region only.
 */
describe('ministry dashboard', () => {
  let t: TestApp;
  let w: TransitionWorld;
  let regionB: Organization;

  beforeAll(async () => {
    t = await TestApp.start();
    w = await transitionWorld(t);
    const lead = actorOf(w.lead, w.city, 'municipal_lead');
    const regional = actorOf(w.regionalReviewer, w.region, 'regional_coordinator');
    const ministry = actorOf(w.ministryReviewer, w.ministry, 'ministry_reviewer');
    const [{ framework_id: frameworkId }] = await t.dataSource.query<{ framework_id: string }[]>(
      `SELECT framework_id FROM roadmaps WHERE id = $1`,
      [w.roadmapId],
    );

    // 1. Approved after one round of changes at the ministry stage.
    const first = await insertApplication(t.dataSource, w);
    const record = (
      app: typeof first,
      name: Parameters<typeof recordTransition>[3],
      actor: typeof lead,
      days: number,
    ) =>
      recordTransition(t.dataSource, w, app, name, actor, {
        occurredAt: daysAgo(days),
        reasons: ['Причина'],
      });
    await record(first, 'submit', lead, 20);
    await record(first, 'pass_regional_review', regional, 15);
    await record(first, 'request_changes', ministry, 10);
    await record(first, 'resubmit', lead, 7);
    await record(first, 'approve', ministry, 2);

    // 2. Another city of the region, in ministry review.
    const cityC = await t.organization('municipality', { parentId: w.region.id });
    const leadC = await t.member(cityC, 'municipal_lead');
    const roadmapC = await insertRoadmap(t.dataSource, cityC, leadC.id, frameworkId);
    const second = await insertApplication(t.dataSource, {
      campaignId: w.campaignId,
      roadmapId: roadmapC.roadmap.id,
      city: cityC,
      lead: leadC,
    });
    await record(second, 'submit', actorOf(leadC, cityC, 'municipal_lead'), 6);
    await record(second, 'pass_regional_review', regional, 2);

    // 3 and 4. Drafts in another region: a small town whose roadmap has a compliance error, and one not evaluated yet.
    regionB = await t.organization('region');
    const town = await t.organization('municipality', { parentId: regionB.id, population: 50_000 });
    const townLead = await t.member(town, 'municipal_lead');
    const townRoadmap = await insertRoadmap(t.dataSource, town, townLead.id, frameworkId);
    await insertApplication(t.dataSource, {
      campaignId: w.campaignId,
      roadmapId: townRoadmap.roadmap.id,
      city: town,
      lead: townLead,
    });
    await t.dataSource.query(
      `INSERT INTO compliance_reports (roadmap_id, revision, ruleset_version, framework_id, as_of, score,
         coverage_ratio, basic_measures_mandatory, direction_scores, horizon_coverage, basic_measures, findings,
         error_count, warning_count, info_count)
       VALUES ($1, 1, 1, $2, '2019-06-01', 40, 0.5, true, '[]', '[]', '[]',
         '[{"rule":"item-missing-budget","severity":"error","refs":{},"params":{}}]', 1, 0, 0)`,
      [townRoadmap.roadmap.id, frameworkId],
    );
    const cityD = await t.organization('municipality', { parentId: regionB.id });
    const leadD = await t.member(cityD, 'municipal_lead');
    const roadmapD = await insertRoadmap(t.dataSource, cityD, leadD.id, frameworkId);
    await insertApplication(t.dataSource, {
      campaignId: w.campaignId,
      roadmapId: roadmapD.roadmap.id,
      city: cityD,
      lead: leadD,
    });
  });

  afterAll(() => t.close());

  const dashboard = async (path = '/api/v1/dashboard/applications') => {
    const res = await (await t.signIn(w.ministryReviewer)).get(path);
    expect(res.status).toBe(200);
    return res.body as DashboardResponse;
  };

  it('counts applications by status and by region', async () => {
    const body = await dashboard();

    expect(body.total).toBe(4);
    expect(body.byStatus).toEqual([
      { status: 'draft', count: 2 },
      { status: 'ministry_review', count: 1 },
      { status: 'approved', count: 1 },
    ]);
    expect(body.byRegion.map((r) => [r.regionId, r.total, r.byStatus])).toEqual(
      expect.arrayContaining([
        [w.region.id, 2, { approved: 1, ministry_review: 1 }],
        [regionB.id, 2, { draft: 2 }],
      ]),
    );
  });

  it('summarises eligibility with the most frequent reasons', async () => {
    const { eligibility } = await dashboard();

    expect(eligibility).toEqual({
      eligible: 2,
      notEligible: 1,
      unknown: 1,
      topReasons: [
        { rule: 'no_compliance_errors', count: 1 },
        { rule: 'population_or_capital', count: 1 },
      ],
    });
  });

  it('measures the time spent in each status from the transitions', async () => {
    const { stageTimes } = await dashboard();
    const of = (status: string) => stageTimes.find((s) => s.status === status);

    // Regional review: 5 days (first) and 4 days (second); ministry review: 5 + 5 days (first; the second is open).
    expect(of('regional_review')).toEqual({
      status: 'regional_review',
      spells: 2,
      meanDays: 4.5,
      medianDays: 4.5,
    });
    expect(of('ministry_review')).toEqual({
      status: 'ministry_review',
      spells: 2,
      meanDays: 5,
      medianDays: 5,
    });
    expect(of('changes_requested')).toEqual({
      status: 'changes_requested',
      spells: 1,
      meanDays: 3,
      medianDays: 3,
    });
    expect(of('approved')).toBeUndefined();
  });

  it('shows a regional coordinator their region only and refuses municipal roles', async () => {
    const coordinatorB = await t.asMember(regionB, 'regional_coordinator');
    const own = await (await t.signIn(w.regionalReviewer)).get('/api/v1/dashboard/applications');
    const other = await coordinatorB.get('/api/v1/dashboard/applications');
    const lead = await (await t.signIn(w.lead)).get('/api/v1/dashboard/applications');

    expect(own.body.total).toBe(2);
    expect(own.body.byRegion.map((r: { regionId: string }) => r.regionId)).toEqual([w.region.id]);
    expect(other.body.total).toBe(2);
    expect(other.body.stageTimes).toEqual([]);
    expect(lead.status).toBe(403);
  });

  it('filters by campaign and refuses a malformed campaign id with the field named', async () => {
    const none = await dashboard(
      '/api/v1/dashboard/applications?campaignId=8f8a1a0e-2d3c-4b5a-9c6d-7e8f9a0b1c2d',
    );
    const bad = await (
      await t.signIn(w.ministryReviewer)
    ).get('/api/v1/dashboard/applications?campaignId=nope');

    expect(none.total).toBe(0);
    expect(bad.status).toBe(400);
    expect(bad.body.details.fields[0].field).toBe('campaignId');
  });
});
