import type {
  ComplianceMunicipalityTableResponse,
  ComplianceReportResponse,
  ComplianceRunResponse,
  ComplianceTrendResponse,
  FrameworkTreeResponse,
  OrganizationResponse,
  RoadmapDocumentResponse,
} from '@smartcity/contracts';
import { complianceInputFromRoadmapDocument } from '@smartcity/contracts';
import { evaluate } from '@smartcity/domain';

import { ComplianceClock } from '../src/modules/compliance/compliance-clock';
import { DAILY_SNAPSHOT_CRON } from '../src/modules/compliance/compliance-scheduler';
import { requestMissingComplianceReports } from '../src/modules/compliance/compliance-seed';
import { ComplianceJobsService } from '../src/modules/compliance/compliance-jobs.service';
import { SnapshotDailyScoresHandler } from '../src/modules/compliance/jobs/snapshot-daily-scores.handler';
import type { Organization } from '../src/modules/organizations/organization.entity';
import { OutboxPublisher } from '../src/queue/outbox.publisher';
import { QueueConnections } from '../src/queue/queue-connections';
import {
  complianceCatalogue,
  itemBody,
  roadmapThroughApi,
  type ComplianceCatalogue,
  type ItemSpec,
} from './compliance-fixtures';
import { eventually, TestApp, type Caller } from './test-app';

const API = '/api/v1';

/** A roadmap that covers every basic measure in time and plans an additional and an own measure. */
const COMPLETE: ItemSpec[] = [
  { measure: 'platform', startMonth: '2019-03', endMonth: '2020-10', status: 'done' },
  { measure: 'centre', startMonth: '2020-01', endMonth: '2023-12', status: 'done' },
  { measure: 'metering', startMonth: '2020-01', endMonth: '2024-06', status: 'done' },
  { measure: 'additional', startMonth: '2021-01', endMonth: '2024-12', status: 'done' },
  { measure: null, startMonth: '2021-01', endMonth: '2022-12', status: 'done' },
];

/** Reports, the worker's jobs and the cross-municipality view, end to end on PostgreSQL, Redis and BullMQ. */
describe('compliance', () => {
  let t: TestApp;
  let catalogue: ComplianceCatalogue;
  let kalugaRegion: Organization;
  let kaluga: Organization;
  let obninsk: Organization;
  let kostroma: Organization;
  let kalugaEditor: Caller;
  let obninskEditor: Caller;
  let kostromaEditor: Caller;
  let coordinator: Caller;
  let reviewer: Caller;
  let programme: Caller;

  beforeAll(async () => {
    t = await TestApp.start({ worker: true });
    catalogue = await complianceCatalogue(t.dataSource);
    kalugaRegion = await t.organization('region', { nameRu: 'Калужская область', nameEn: 'Kaluga Oblast' });
    kaluga = await t.organization('municipality', {
      parentId: kalugaRegion.id,
      nameRu: 'Калуга',
      population: 330_000,
      isRegionalCapital: true,
    });
    obninsk = await t.organization('municipality', {
      parentId: kalugaRegion.id,
      nameRu: 'Обнинск',
      population: 126_000,
    });
    const kostromaRegion = await t.organization('region', { nameRu: 'Костромская область' });
    kostroma = await t.organization('municipality', {
      parentId: kostromaRegion.id,
      nameRu: 'Кострома',
      population: 90_000,
    });
    kalugaEditor = await t.asMember(kaluga, 'municipal_editor');
    obninskEditor = await t.asMember(obninsk, 'municipal_editor');
    kostromaEditor = await t.asMember(kostroma, 'municipal_editor');
    coordinator = await t.asMember(kalugaRegion, 'regional_coordinator');
    const ministry = await t.organization('ministry');
    reviewer = await t.asMember(ministry, 'ministry_reviewer');
    programme = await t.asMember(ministry, 'programme_coordinator');
  });

  afterAll(() => t.close());

  const reportPath = (orgId: string, roadmapId: string) =>
    `${API}/organizations/${orgId}/roadmaps/${roadmapId}/compliance`;
  const reportRows = (roadmapId: string) =>
    t.dataSource.query<{ revision: number; computed_at: Date }[]>(
      `SELECT revision, computed_at FROM compliance_reports WHERE roadmap_id = $1 ORDER BY revision`,
      [roadmapId],
    );
  const queuesIdle = () =>
    eventually(async () => {
      const pending = await t.dataSource.query<{ n: number }[]>(
        `SELECT count(*)::int AS n FROM outbox_events WHERE status = 'pending'`,
      );
      if (pending[0].n > 0) return false;
      // (The scheduled queue always holds the next daily snapshot as a delayed job.)
      const counts = await t
        .worker!.get(QueueConnections)
        .queue('compliance')
        .getJobCounts('waiting', 'active', 'delayed', 'prioritized');
      return Object.values(counts).every((n) => n === 0);
    }, 30_000);

  describe('the report of a roadmap', () => {
    let document: RoadmapDocumentResponse;

    beforeAll(async () => {
      document = await roadmapThroughApi(kalugaEditor, kaluga.id, catalogue, COMPLETE);
    });

    it('returns the report of the current revision and stores it once per revision', async () => {
      const res = await kalugaEditor.get(reportPath(kaluga.id, document.roadmap.id));
      const again = await kalugaEditor.get(reportPath(kaluga.id, document.roadmap.id));

      expect(res.status).toBe(200);
      const body = res.body as ComplianceReportResponse;
      expect(body).toMatchObject({
        roadmapId: document.roadmap.id,
        roadmapRevision: document.roadmap.revision,
        frameworkId: catalogue.frameworkId,
      });
      expect(body.report.findings.filter((f) => f.rule.startsWith('coverage.'))).toEqual([]);
      expect(body.report.canSubmit).toBe(true);
      expect(body.report.directions.map((d) => d.directionCode)).toEqual(['GU', 'ZHKH']);
      expect(body.report.horizons.map((h) => h.year)).toEqual([2020, 2024, 2030]);
      expect((again.body as ComplianceReportResponse).computedAt).toBe(body.computedAt);
      const rows = await reportRows(document.roadmap.id);
      expect(rows.filter((r) => r.revision === document.roadmap.revision)).toHaveLength(1);
    });

    it('is recomputed for the new revision after an edit', async () => {
      const base = `${API}/organizations/${kaluga.id}/roadmaps/${document.roadmap.id}`;
      const centre = document.items.find((i) => i.measureId === catalogue.measures.centre)!;

      const deleted = await kalugaEditor.delete(`${base}/items/${centre.id}?revision=${centre.revision}`);
      const res = await kalugaEditor.get(reportPath(kaluga.id, document.roadmap.id));

      expect(deleted.status).toBe(200);
      expect(res.status).toBe(200);
      const body = res.body as ComplianceReportResponse;
      expect(body.roadmapRevision).toBe(deleted.body.roadmapRevision);
      expect(body.roadmapRevision).toBeGreaterThan(document.roadmap.revision);
      expect(body.report.findings.filter((f) => f.rule === 'coverage.basic-measure-missing')).toEqual([
        expect.objectContaining({
          severity: 'error',
          refs: { itemIds: [], measureIds: [catalogue.measures.centre] },
        }),
      ]);
      const revisions = (await reportRows(document.roadmap.id)).map((r) => r.revision);
      expect(revisions).toContain(document.roadmap.revision);
      expect(revisions).toContain(body.roadmapRevision);
      expect(new Set(revisions).size).toBe(revisions.length);
    });

    it('equals, deep, what the browser computes from the JSON it receives with the shared mapping', async () => {
      const fresh = (
        await kalugaEditor.get(`${API}/organizations/${kaluga.id}/roadmaps/${document.roadmap.id}`)
      ).body as RoadmapDocumentResponse;
      const tree = (await kalugaEditor.get(`${API}/catalogue/frameworks/${fresh.roadmap.frameworkId}`))
        .body as FrameworkTreeResponse;
      const municipality = (await kalugaEditor.get(`${API}/organizations/${kaluga.id}`))
        .body as OrganizationResponse;
      const api = (await kalugaEditor.get(reportPath(kaluga.id, fresh.roadmap.id)))
        .body as ComplianceReportResponse;

      const input = complianceInputFromRoadmapDocument(fresh, tree, municipality);
      const browser = evaluate(input.roadmap, input.framework, input.municipality, api.report.asOf);

      expect(api.roadmapRevision).toBe(fresh.roadmap.revision);
      expect(browser.findings.length).toBeGreaterThan(0);
      expect(JSON.parse(JSON.stringify(browser))).toEqual(api.report);
    });

    it('answers 404 for a roadmap of another municipality and 403 without read access', async () => {
      const foreign = await kalugaEditor.get(reportPath(kaluga.id, '00000000-0000-4000-8000-000000000000'));
      const outsider = await kostromaEditor.get(reportPath(kaluga.id, document.roadmap.id));
      const crossed = await obninskEditor.get(reportPath(obninsk.id, document.roadmap.id));

      expect(foreign.status).toBe(404);
      expect([403, 404]).toContain(outsider.status);
      expect(crossed.status).toBe(404);
    });
  });

  describe('acceptance examples', () => {
    it('a roadmap missing two basic measures reports exactly those two', async () => {
      const document = await roadmapThroughApi(obninskEditor, obninsk.id, catalogue, [
        COMPLETE[0],
        COMPLETE[3],
        COMPLETE[4],
      ]);

      const report = (await obninskEditor.get(reportPath(obninsk.id, document.roadmap.id)))
        .body as ComplianceReportResponse;

      const missing = report.report.findings.filter((f) => f.rule === 'coverage.basic-measure-missing');
      expect(
        missing
          .map((f) => f.refs.measureIds)
          .flat()
          .sort(),
      ).toEqual([catalogue.measures.centre, catalogue.measures.metering].sort());
      expect(missing.every((f) => f.severity === 'error')).toBe(true);
      expect(report.report.canSubmit).toBe(false);
    });

    const platformIn2021: ItemSpec[] = [
      { measure: 'platform', startMonth: '2020-06', endMonth: '2021-06' },
      ...COMPLETE.slice(1),
    ];

    it('the engagement platform planned for 2021 is an error for a city over 100 000', async () => {
      const document = await roadmapThroughApi(
        kalugaEditor,
        kaluga.id,
        catalogue,
        platformIn2021,
        [2019, 2025],
      );

      const report = (await kalugaEditor.get(reportPath(kaluga.id, document.roadmap.id)))
        .body as ComplianceReportResponse;

      const late = report.report.findings.filter((f) => f.rule === 'horizon.engagement-platform-late');
      expect(late).toEqual([expect.objectContaining({ severity: 'error' })]);
      expect(late[0].refs.measureIds).toEqual([catalogue.measures.platform]);
    });

    it('the same roadmap of a city under 100 000 gets warnings instead', async () => {
      const document = await roadmapThroughApi(
        kostromaEditor,
        kostroma.id,
        catalogue,
        platformIn2021,
        [2019, 2025],
      );

      const report = (await kostromaEditor.get(reportPath(kostroma.id, document.roadmap.id)))
        .body as ComplianceReportResponse;

      const late = report.report.findings.filter((f) => f.rule === 'horizon.engagement-platform-late');
      expect(late).toEqual([expect.objectContaining({ severity: 'warning' })]);
      expect(report.report.basicMeasuresMandatory).toBe(false);
      expect(
        report.report.findings.filter((f) => f.severity === 'error' && f.refs.measureIds.length > 0),
      ).toEqual([]);
    });
  });

  describe('worker: jobs through the outbox', () => {
    it('stores the report of a new revision after an edit, without anyone asking', async () => {
      const document = await roadmapThroughApi(
        obninskEditor,
        obninsk.id,
        catalogue,
        COMPLETE.slice(0, 2),
        [2019, 2026],
      );
      const problem = document.problems[0];

      const res = await obninskEditor.post(
        `${API}/organizations/${obninsk.id}/roadmaps/${document.roadmap.id}/items`,
        itemBody(catalogue, { measure: 'metering', startMonth: '2021-01', endMonth: '2023-12' }, problem.id),
      );

      expect(res.status).toBe(201);
      const revision = res.body.roadmapRevision as number;
      const rows = await eventually(async () => {
        const found = await reportRows(document.roadmap.id);
        return found.some((r) => r.revision === revision) ? found : null;
      });
      expect(rows.filter((r) => r.revision === revision)).toHaveLength(1);
      const outbox = await t.dataSource.query<{ n: number }[]>(
        `SELECT count(*)::int AS n FROM outbox_events WHERE job_name = 'compliance.evaluate-roadmap'
           AND payload->>'roadmapId' = $1 AND (payload->>'revision')::int = $2`,
        [document.roadmap.id, revision],
      );
      expect(outbox[0].n).toBe(1);
    });

    it('keeps exactly one report per revision when the event is delivered several times', async () => {
      const document = await roadmapThroughApi(
        obninskEditor,
        obninsk.id,
        catalogue,
        COMPLETE.slice(0, 1),
        [2019, 2027],
      );
      const { revision, id: roadmapId } = document.roadmap;
      const first = await eventually(async () =>
        (await reportRows(roadmapId)).find((r) => r.revision === revision),
      );
      await queuesIdle();

      await t.dataSource.transaction(async (manager) => {
        const outbox = t.app.get(OutboxPublisher);
        for (let i = 0; i < 3; i++) {
          await outbox.publish(manager, 'compliance.evaluate-roadmap', { v: 1, roadmapId, revision });
        }
      });
      await queuesIdle();

      const rows = (await reportRows(roadmapId)).filter((r) => r.revision === revision);
      expect(rows).toHaveLength(1);
      expect(rows[0].computed_at.toISOString()).toBe(first.computed_at.toISOString());
    });

    it('skips a job for a revision the roadmap has moved past', async () => {
      const document = await roadmapThroughApi(
        obninskEditor,
        obninsk.id,
        catalogue,
        COMPLETE.slice(0, 2),
        [2019, 2028],
      );
      const jobs = t.worker!.get(ComplianceJobsService);

      const stale = await jobs.evaluateRevision(document.roadmap.id, document.roadmap.revision - 1);
      const gone = await jobs.evaluateRevision('00000000-0000-4000-8000-000000000000', 1);

      expect(stale).toBe('stale-revision');
      expect(gone).toBe('roadmap-gone');
    });

    it('asks once for the reports of roadmaps written outside RoadmapWrites (seeds), then the worker stores them', async () => {
      const author = await t.user();
      const [seeded] = await t.dataSource.query<{ id: string }[]>(
        `INSERT INTO roadmaps (municipality_id, framework_id, title, period_start_year, period_end_year, created_by)
         VALUES ($1, $2, 'Из сида', 2019, 2029, $3) RETURNING id`,
        [obninsk.id, catalogue.frameworkId, author.id],
      );

      const [first, second] = await t.dataSource.transaction(async (manager) => [
        await requestMissingComplianceReports(manager),
        await requestMissingComplianceReports(manager),
      ]);

      expect(first).toBeGreaterThanOrEqual(1);
      expect(second).toBe(0);
      const rows = await eventually(async () => {
        const found = await reportRows(seeded.id);
        return found.length > 0 ? found : null;
      });
      expect(rows).toEqual([expect.objectContaining({ revision: 1 })]);
    });

    it('recomputes the roadmaps pinned to a framework version when it is published', async () => {
      const draft = await complianceCatalogue(t.dataSource, 'draft');
      const author = await t.user();
      const [pinned] = await t.dataSource.query<{ id: string }[]>(
        `INSERT INTO roadmaps (municipality_id, framework_id, title, period_start_year, period_end_year, created_by)
         VALUES ($1, $2, 'Закреплённая за черновиком', 2019, 2029, $3) RETURNING id`,
        [kaluga.id, draft.frameworkId, author.id],
      );
      const admin = await t.asMember(await t.organization('ministry'), 'catalogue_admin');
      const version = (await admin.get(`${API}/catalogue/frameworks/${draft.frameworkId}`))
        .body as FrameworkTreeResponse;

      const published = await admin.post(`${API}/catalogue/frameworks/${draft.frameworkId}/publish`, {
        expectedRevision: version.framework.revision,
      });

      expect(published.status).toBe(200);
      const run = await eventually(async () => {
        const runs = await t.dataSource.query<{ status: string; total: number; done: number }[]>(
          `SELECT status, total, done FROM compliance_runs WHERE framework_id = $1 AND trigger = 'framework-published'`,
          [draft.frameworkId],
        );
        return runs[0]?.status === 'completed' ? runs[0] : null;
      });
      expect(run).toEqual({ status: 'completed', total: 1, done: 1 });
      expect(await reportRows(pinned.id)).toHaveLength(1);
    });
  });

  describe('bulk recompute', () => {
    it('runs in the worker with progress the web app can poll', async () => {
      const [{ n: roadmaps }] = await t.dataSource.query<{ n: number }[]>(
        `SELECT count(*)::int AS n FROM roadmaps`,
      );
      await t.dataSource.query(`DELETE FROM compliance_reports`);

      const started = await programme.post(`${API}/compliance/recompute`, {});

      expect(started.status).toBe(202);
      expect(started.body).toMatchObject({
        status: 'queued',
        trigger: 'manual',
        total: 0,
        done: 0,
        percent: 0,
      });
      const run = await eventually(async () => {
        const poll = (await programme.get(`${API}/compliance/runs/${started.body.id}`))
          .body as ComplianceRunResponse;
        return poll.status === 'completed' ? poll : null;
      }, 30_000);
      expect(run).toMatchObject({ total: roadmaps, done: roadmaps, failed: 0, percent: 100 });
      expect(run.startedAt).not.toBeNull();
      const [{ n: reported }] = await t.dataSource.query<{ n: number }[]>(
        `SELECT count(DISTINCT roadmap_id)::int AS n FROM compliance_reports`,
      );
      expect(reported).toBe(roadmaps);
      const list = await programme.get(`${API}/compliance/runs`);
      expect(list.body.items[0].id).toBe(started.body.id);
      const audit = await t.dataSource.query<{ n: number }[]>(
        `SELECT count(*)::int AS n FROM audit_events WHERE action = 'compliance.recompute-started' AND entity_id = $1`,
        [started.body.id],
      );
      expect(audit[0].n).toBe(1);
    });

    it('refuses municipal and regional roles and names a bad field', async () => {
      const editor = await kalugaEditor.post(`${API}/compliance/recompute`, {});
      const regional = await coordinator.post(`${API}/compliance/recompute`, {});
      const bad = await programme.post(`${API}/compliance/recompute`, { frameworkId: 'nope' });
      const unknown = await programme.post(`${API}/compliance/recompute`, {
        frameworkId: '00000000-0000-4000-8000-000000000000',
      });
      const missing = await programme.get(`${API}/compliance/runs/00000000-0000-4000-8000-000000000000`);

      expect(editor.status).toBe(403);
      expect(regional.status).toBe(403);
      expect(bad.status).toBe(400);
      expect(JSON.stringify(bad.body)).toContain('frameworkId');
      expect(unknown.status).toBe(400);
      expect(unknown.body.details.fields[0].field).toBe('frameworkId');
      expect(missing.status).toBe(404);
    });
  });

  describe('daily snapshots and the trend', () => {
    it('is scheduled as a repeatable job when the worker boots', async () => {
      const schedulers = await t.worker!.get(QueueConnections).queue('scheduled').getJobSchedulers();

      expect(schedulers).toEqual(
        expect.arrayContaining([
          expect.objectContaining({
            key: 'compliance.snapshot-daily-scores',
            name: 'compliance.snapshot-daily-scores',
            pattern: DAILY_SNAPSHOT_CRON,
          }),
        ]),
      );
    });

    it('stores one score per roadmap and day however often it runs', async () => {
      const handler = t.worker!.get(SnapshotDailyScoresHandler);
      const [{ n: roadmaps }] = await t.dataSource.query<{ n: number }[]>(
        `SELECT count(*)::int AS n FROM roadmaps`,
      );

      await handler.handle({ v: 1 });
      await handler.handle({ v: 1 });

      const rows = await t.dataSource.query<{ roadmap_id: string; n: number }[]>(
        `SELECT roadmap_id, count(*)::int AS n FROM compliance_daily_scores WHERE day = $1 GROUP BY roadmap_id`,
        [t.worker!.get(ComplianceClock).today()],
      );
      expect(rows).toHaveLength(roadmaps);
      expect(rows.every((r) => r.n === 1)).toBe(true);
    });

    it('serves the trend of a roadmap from the snapshots', async () => {
      const [roadmap] = await t.dataSource.query<{ id: string; revision: number }[]>(
        `SELECT id, revision FROM roadmaps WHERE municipality_id = $1 ORDER BY created_at LIMIT 1`,
        [kaluga.id],
      );
      await t.dataSource.query(
        `INSERT INTO compliance_daily_scores (roadmap_id, day, revision, score, direction_scores, error_count, warning_count)
         VALUES ($1, $2::date - 3, 1, 40, '{"GU": 50, "ZHKH": null}', 2, 1)`,
        [roadmap.id, t.app.get(ComplianceClock).today()],
      );

      const res = await kalugaEditor.get(`${reportPath(kaluga.id, roadmap.id)}/trend`);
      const bad = await kalugaEditor.get(`${reportPath(kaluga.id, roadmap.id)}/trend?from=2026-02-30`);
      const reversed = await kalugaEditor.get(
        `${reportPath(kaluga.id, roadmap.id)}/trend?from=2026-05-02&to=2026-05-01`,
      );

      expect(res.status).toBe(200);
      const trend = res.body as ComplianceTrendResponse;
      expect(trend.points).toHaveLength(2);
      expect(trend.points[0]).toMatchObject({
        score: 40,
        errorCount: 2,
        directionScores: { GU: 50, ZHKH: null },
      });
      expect(trend.points[1].roadmapRevision).toBe(roadmap.revision);
      expect(bad.status).toBe(400);
      expect(JSON.stringify(bad.body)).toContain('from');
      expect(reversed.status).toBe(400);
    });
  });

  describe('the cross-municipality view', () => {
    const table = async (caller: Caller, query = '') => {
      const res = await caller.get(`${API}/compliance/municipalities${query}`);
      expect(res.status).toBe(200);
      return res.body as ComplianceMunicipalityTableResponse;
    };

    it("shows a regional coordinator only their region's municipalities, even when asked for another", async () => {
      const own = await table(coordinator);
      const other = await table(coordinator, `?regionId=${kostroma.parentId}`);

      expect(new Set(own.items.map((r) => r.municipalityId))).toEqual(new Set([kaluga.id, obninsk.id]));
      expect(JSON.stringify(own)).not.toContain(kostroma.id);
      expect(other.items).toEqual([]);
    });

    it('shows ministry roles every municipality, with scores per direction, filtered by region and group', async () => {
      const all = await table(reviewer);
      const kalugaOnly = await table(programme, `?regionId=${kalugaRegion.id}`);
      const small = await table(reviewer, '?populationGroup=small');

      const ids = new Set(all.items.map((r) => r.municipalityId));
      expect(ids.has(kaluga.id) && ids.has(obninsk.id) && ids.has(kostroma.id)).toBe(true);
      expect(all.directions.map((d) => d.code)).toEqual(['GU', 'ZHKH']);
      const scored = all.items.find((r) => r.municipalityId === kaluga.id && r.score !== null)!;
      expect(scored).toMatchObject({
        regionId: kalugaRegion.id,
        populationGroup: 'large',
        isRegionalCapital: true,
      });
      expect(Object.keys(scored.directionScores).sort()).toEqual(['GU', 'ZHKH']);
      expect(typeof scored.errorCount).toBe('number');
      expect(scored.computedAt).not.toBeNull();
      expect(new Set(kalugaOnly.items.map((r) => r.municipalityId))).toEqual(
        new Set([kaluga.id, obninsk.id]),
      );
      expect(small.items.every((r) => r.populationGroup === 'small')).toBe(true);
      expect(small.items.some((r) => r.municipalityId === kostroma.id)).toBe(true);
    });

    it('refuses municipal roles and names a bad filter', async () => {
      const municipal = await kalugaEditor.get(`${API}/compliance/municipalities`);
      const bad = await reviewer.get(`${API}/compliance/municipalities?populationGroup=huge`);
      const badRegion = await reviewer.get(`${API}/compliance/municipalities?regionId=kaluga`);

      expect(municipal.status).toBe(403);
      expect(bad.status).toBe(400);
      expect(JSON.stringify(bad.body)).toContain('populationGroup');
      expect(badRegion.status).toBe(400);
      expect(JSON.stringify(badRegion.body)).toContain('regionId');
    });
  });
});
