import type {
  ApplicationDetailResponse,
  ApplicationPrecheckResponse,
  ApplicationSnapshotDiffResponse,
  ApplicationSnapshotResponse,
  ItemAcceptanceListResponse,
} from '@smartcity/contracts';
import { canonicalJson } from '@smartcity/domain';
import { createHash } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import {
  anotherCity,
  answerChecklist,
  API,
  applicationsWorld,
  campaignBody,
  expectStatus,
  startApplication,
  type ApplicationsWorld,
} from './applications-fixtures';
import { TestApp } from './test-app';

const PDF = Buffer.from('%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n');
const sha256 = (text: string | Buffer) => createHash('sha256').update(text).digest('hex');

/** Pilot applications end to end on PostgreSQL (issue 6): the whole path, illegal moves, immutability, races. */
describe('pilot applications', () => {
  let t: TestApp;
  let world: ApplicationsWorld;
  let storageDir: string;

  beforeAll(async () => {
    storageDir = mkdtempSync(join(tmpdir(), 'scr-agreements-'));
    t = await TestApp.start({ env: { STORAGE_DRIVER: 'local', STORAGE_DIR: storageDir } });
    world = await applicationsWorld(t);
  });

  afterAll(async () => {
    await t.close();
    rmSync(storageDir, { recursive: true, force: true });
  });

  const outboxJobs = async (applicationId: string) =>
    t.dataSource.query<{ transition: string; job_name: string }[]>(
      `SELECT tr.transition, o.job_name FROM application_transitions tr
       JOIN outbox_events o ON o.payload->>'transitionId' = tr.id::text
       WHERE tr.application_id = $1 ORDER BY tr.occurred_at, tr.application_revision`,
      [applicationId],
    );

  const roadmapStatus = async (roadmapId: string) =>
    (
      await t.dataSource.query<{ status: string }[]>(`SELECT status FROM roadmaps WHERE id = $1`, [roadmapId])
    )[0].status;

  describe('the whole path: submit → regional pass → ministry requests changes → resubmit → approve → agreement', () => {
    let base: string;
    let app: ApplicationDetailResponse;
    let roadmapId: string;
    let itemIds: string[];
    let changedItemId: string;

    it('starts a draft application pre-filled from the roadmap', async () => {
      const started = await startApplication(world);
      base = started.base;
      app = started.application;
      roadmapId = started.roadmap.roadmap.id;
      itemIds = started.roadmap.items.map((i) => i.id);
      changedItemId = started.roadmap.items.find((i) => i.kind === 'own')!.id;

      expect(app).toMatchObject({ status: 'draft', revision: 1, currentStage: null, snapshots: [] });
      expect(app.prefill.measuresCovered.map((m) => m.code)).toEqual([
        'SC2019-GU-01',
        'SC2019-GU-02',
        'SC2019-ZHKH-01',
        'SC2019-ZHKH-05',
      ]);
      expect(app.prefill).toMatchObject({
        itemCount: 5,
        ownMeasureCount: 1,
        budgetTotal: { planned: '7500000.00' },
        budgetBySource: [{ source: 'municipal', planned: '7500000.00' }],
        scheduleStart: '2019-03',
        scheduleEnd: '2024-12',
      });
      expect(app.prefill.kpiTargets).toHaveLength(5);
      expect(app.availableTransitions).toEqual(['submit', 'withdraw']);
    });

    it('pre-checks eligibility with every reason', async () => {
      const precheck = expectStatus(await world.as.lead.get(`${base}/precheck`), 200)
        .body as ApplicationPrecheckResponse;

      expect(precheck).toMatchObject({
        eligible: true,
        campaignAccepting: true,
        canSubmit: true,
        errors: [],
      });
      expect(precheck.checks.map((c) => [c.rule, c.passed])).toEqual([
        ['population_or_capital', true],
        ['no_compliance_errors', true],
        ['min_coverage', true],
      ]);
    });

    it('submits: a hashed snapshot, the regional review starts with the region assigned, the roadmap is locked', async () => {
      app = expectStatus(await world.as.lead.post(`${base}/submit`, { revision: 1 }), 200).body;

      expect(app).toMatchObject({ status: 'regional_review', currentStage: 'regional', revision: 3 });
      expect(app.transitions.map((tr) => tr.transition)).toEqual(['submit', 'begin_regional_review']);
      expect(app.transitions[1]).toMatchObject({ actorUserId: null, fromStatus: 'submitted' });
      expect(app.transitions[1].effects).toEqual([
        { kind: 'assign_reviewers', stage: 'regional' },
        { kind: 'start_sla', stage: 'regional' },
        { kind: 'notify', audience: 'stage_reviewers', stage: 'regional' },
      ]);
      expect(app.snapshots).toHaveLength(1);
      expect(app.snapshotHash).toBe(app.snapshots[0].contentHash);
      expect(app.reviews[0].reviewers).toEqual([
        {
          userId: world.users.regional.id,
          displayName: world.users.regional.displayName,
          assignment: 'auto',
        },
      ]);
      expect(await roadmapStatus(roadmapId)).toBe('submitted');
      // Locking the roadmap is a new revision: its compliance report is requested in the same transaction.
      const [{ revision: lockedRevision }] = await t.dataSource.query<{ revision: number }[]>(
        `SELECT revision FROM roadmaps WHERE id = $1`,
        [roadmapId],
      );
      const evaluations = await t.dataSource.query<{ revision: number }[]>(
        `SELECT (payload->>'revision')::int AS revision FROM outbox_events
         WHERE job_name = 'compliance.evaluate-roadmap' AND payload->>'roadmapId' = $1`,
        [roadmapId],
      );
      expect(evaluations.map((e) => e.revision)).toContain(lockedRevision);
      const roadmapBase = `${API}/organizations/${world.city.id}/roadmaps/${roadmapId}`;
      const frozen = await world.as.lead.patch(`${roadmapBase}/items/${changedItemId}`, {
        revision: 1,
        title: 'Правка во время проверки',
      });
      expect(frozen.status).toBe(409);
      expect(frozen.body.code).toBe('roadmaps.under-review');
      expect(await outboxJobs(app.id)).toEqual([
        { transition: 'submit', job_name: 'applications.transition-recorded' },
        { transition: 'begin_regional_review', job_name: 'applications.transition-recorded' },
      ]);
    });

    it("lists it in the region's inbox, the municipality's list and the ministry's, never in another region's", async () => {
      const other = await t.regionWithCity();
      const foreignRegional = await t.asMember(other.region, 'regional_coordinator');
      const ids = async (caller: typeof world.as.lead, path: string) =>
        (expectStatus(await caller.get(path), 200).body.items as { id: string }[]).map((a) => a.id);

      expect(await ids(world.as.regional, `${API}/applications?assignedToMe=true`)).toContain(app.id);
      expect(await ids(world.as.reviewer, `${API}/applications?assignedToMe=true`)).not.toContain(app.id);
      expect(await ids(world.as.reviewer, `${API}/applications?status=regional_review`)).toContain(app.id);
      expect(await ids(world.as.lead, `${API}/organizations/${world.city.id}/applications`)).toEqual([
        app.id,
      ]);
      expect(await ids(foreignRegional, `${API}/applications`)).not.toContain(app.id);
      const bad = await world.as.reviewer.get(`${API}/applications?status=pending`);
      expect(bad.status).toBe(400);
      expect(bad.body.details.fields[0].field).toBe('status');
    });

    it('stores the snapshot with a SHA-256 of its canonical JSON that verifies', async () => {
      const snapshot = expectStatus(
        await world.as.regional.get(`${base}/snapshots/${app.snapshots[0].id}`),
        200,
      ).body as ApplicationSnapshotResponse;

      expect(snapshot.hashVerified).toBe(true);
      expect(sha256(canonicalJson(snapshot.content))).toBe(snapshot.contentHash);
      expect(snapshot.content.roadmap.items.map((i) => i.id).sort()).toEqual([...itemIds].sort());
      expect(snapshot.content.compliance.canSubmit).toBe(true);
      expect(Object.keys(snapshot.content.itemHashes).sort()).toEqual([...itemIds].sort());
    });

    it('the regional coordinator answers the checklist, accepts every item and passes the stage', async () => {
      await answerChecklist(world, world.as.regional, base);
      const accepted = expectStatus(
        await world.as.regional.put(`${base}/acceptances`, { itemIds, accepted: true }),
        200,
      ).body as ItemAcceptanceListResponse;
      expect(accepted.items).toHaveLength(5);

      app = expectStatus(
        await world.as.regional.post(`${base}/decision`, {
          revision: app.revision,
          decision: 'pass',
          reasons: [],
        }),
        200,
      ).body;

      expect(app).toMatchObject({ status: 'ministry_review', currentStage: 'ministry' });
      expect(app.reviews[1].reviewers.map((r) => r.userId)).toEqual([world.users.reviewer.id]);
      expect(app.reviews[0].decisions).toMatchObject([
        { decision: 'pass', decidedBy: world.users.regional.id },
      ]);
    });

    it('refuses an editor approving with 403 and a reason', async () => {
      const res = await world.as.editor.post(`${base}/decision`, {
        revision: app.revision,
        decision: 'pass',
      });

      expect(res.status).toBe(403);
      expect(res.body).toMatchObject({ code: 'common.forbidden' });
      expect(res.body.message).toBe('Only a ministry_reviewer of this application may approve it');
    });

    it('refuses passing the ministry stage while a criterion is not met', async () => {
      await answerChecklist(world, world.as.reviewer, base, 'not_met');

      const res = await world.as.reviewer.post(`${base}/decision`, {
        revision: app.revision,
        decision: 'pass',
      });

      expect(res.status).toBe(409);
      expect(res.body).toMatchObject({
        code: 'applications.checklist-incomplete',
        details: { notMet: ['C1', 'C2'] },
      });
    });

    it('the ministry comments on one item and requests changes: the roadmap reopens, the clock pauses', async () => {
      const comment = expectStatus(
        await world.as.reviewer.post(`${base}/comments`, {
          itemId: changedItemId,
          body: 'Уточните источник финансирования',
        }),
        201,
      ).body;
      expect(comment).toMatchObject({
        itemId: changedItemId,
        stage: 'ministry',
        itemTitle: 'Умные счётчики в школах',
      });

      const missingReason = await world.as.reviewer.post(`${base}/decision`, {
        revision: app.revision,
        decision: 'request_changes',
      });
      expect(missingReason.status).toBe(400);
      expect(missingReason.body.details.fields[0].field).toBe('reasons');

      app = expectStatus(
        await world.as.reviewer.post(`${base}/decision`, {
          revision: app.revision,
          decision: 'request_changes',
          reasons: ['Источник финансирования мероприятия не подтверждён'],
        }),
        200,
      ).body;

      expect(app).toMatchObject({ status: 'changes_requested', currentStage: 'ministry' });
      expect(app.transitions.at(-1)).toMatchObject({
        transition: 'request_changes',
        stage: 'ministry',
        reasons: ['Источник финансирования мероприятия не подтверждён'],
      });
      expect(app.transitions.at(-1)!.effects).toContainEqual({ kind: 'pause_sla', stage: 'ministry' });
      expect(await roadmapStatus(roadmapId)).toBe('draft');
    });

    it('the lead sees the comment on that item, edits the item and resubmits', async () => {
      const comments = expectStatus(await world.as.lead.get(`${base}/comments`), 200).body;
      expect(comments.items).toMatchObject([
        { itemId: changedItemId, body: 'Уточните источник финансирования' },
      ]);

      const roadmapBase = `${API}/organizations/${world.city.id}/roadmaps/${roadmapId}`;
      const item = expectStatus(await world.as.lead.get(`${roadmapBase}/items/${changedItemId}`), 200).body;
      expectStatus(
        await world.as.lead.patch(`${roadmapBase}/items/${changedItemId}`, {
          revision: item.revision,
          budgetLines: [{ year: 2021, source: 'regional', planned: '1500000.00' }],
        }),
        200,
      );

      app = expectStatus(await world.as.lead.post(`${base}/resubmit`, { revision: app.revision }), 200).body;

      expect(app).toMatchObject({ status: 'ministry_review', currentStage: 'ministry' });
      expect(app.transitions.slice(-2).map((tr) => tr.transition)).toEqual([
        'resubmit',
        'resume_ministry_review',
      ]);
      expect(app.transitions.at(-1)!.effects).toContainEqual({ kind: 'resume_sla', stage: 'ministry' });
      expect(app.snapshots.map((s) => s.sequence)).toEqual([1, 2]);
      expect(await roadmapStatus(roadmapId)).toBe('submitted');
    });

    it('shows reviewers the diff, and unchanged items keep their acceptance', async () => {
      const diff = expectStatus(await world.as.reviewer.get(`${base}/diff`), 200)
        .body as ApplicationSnapshotDiffResponse;

      expect(diff.from?.sequence).toBe(1);
      expect(diff.to.sequence).toBe(2);
      expect(diff.diff.items.changed.map((c) => c.key)).toEqual([changedItemId]);
      expect(diff.diff.items.changed[0].changes.map((c) => c.field)).toEqual(['budgetLines']);
      expect(diff.diff.items.added).toEqual([]);
      expect(diff.droppedAcceptances).toEqual([changedItemId]);
      expect([...diff.keptAcceptances].sort()).toEqual(itemIds.filter((id) => id !== changedItemId).sort());

      const acceptances = expectStatus(await world.as.reviewer.get(`${base}/acceptances`), 200)
        .body as ItemAcceptanceListResponse;
      expect(acceptances.snapshotId).toBe(app.snapshots[1].id);
      expect(acceptances.items.every((a) => a.carriedOver && a.acceptedBy === world.users.regional.id)).toBe(
        true,
      );
      expect(acceptances.items.map((a) => a.itemId)).not.toContain(changedItemId);
    });

    it('the ministry approves: the roadmap becomes the baseline', async () => {
      await answerChecklist(world, world.as.reviewer, base, 'met');

      app = expectStatus(
        await world.as.reviewer.post(`${base}/decision`, { revision: app.revision, decision: 'pass' }),
        200,
      ).body;

      expect(app).toMatchObject({ status: 'approved', currentStage: null });
      expect(app.transitions.at(-1)!.effects).toEqual([
        { kind: 'stop_sla', stage: 'ministry' },
        { kind: 'baseline_roadmap' },
        { kind: 'render_document', document: 'decision_letter' },
        { kind: 'notify', audience: 'municipal_leads', stage: null },
        { kind: 'notify', audience: 'regional_coordinators', stage: null },
        { kind: 'notify', audience: 'programme_coordinators', stage: null },
      ]);
      expect(await roadmapStatus(roadmapId)).toBe('approved');
    });

    it('the programme coordinator records the signed agreement: agreement_signed', async () => {
      const file = expectStatus(
        await world.as.coordinator.post(`${base}/agreement/file`).attach('file', PDF, 'Соглашение.pdf'),
        201,
      ).body;
      expect(file).toMatchObject({ fileName: 'Соглашение.pdf', sha256: sha256(PDF), size: PDF.length });

      const incomplete = await world.as.coordinator.post(`${base}/agreement`, {
        revision: app.revision,
        number: 'СГ-7/2019',
        signedOn: '2019-09-15',
        signatories: [
          { party: 'ministry', name: 'Министр' },
          { party: 'ministry', name: 'Замминистра' },
          { party: 'municipality', name: 'Глава города' },
        ],
        fileId: file.id,
      });
      expect(incomplete.status).toBe(400);
      expect(incomplete.body.details.fields[0].field).toBe('signatories.1.party');

      app = expectStatus(
        await world.as.coordinator.post(`${base}/agreement`, {
          revision: app.revision,
          number: 'СГ-7/2019',
          signedOn: '2019-09-15',
          signatories: [
            { party: 'ministry', name: 'Министр', position: 'Министр строительства' },
            { party: 'region', name: 'Губернатор' },
            { party: 'municipality', name: 'Глава города' },
          ],
          fileId: file.id,
        }),
        200,
      ).body;

      expect(app.status).toBe('agreement_signed');
      expect(app.agreement).toMatchObject({
        number: 'СГ-7/2019',
        signedOn: '2019-09-15',
        file: { id: file.id },
      });
      const download = await world.as.lead.get(`${base}/agreement/file`).buffer(true);
      expect(download.status).toBe(200);
      expect(Buffer.from(download.body as Buffer).equals(PDF)).toBe(true);
    });

    it('recorded every transition once, each with its outbox job and audit event', async () => {
      const expected = [
        'submit',
        'begin_regional_review',
        'pass_regional_review',
        'request_changes',
        'resubmit',
        'resume_ministry_review',
        'approve',
        'sign_agreement',
      ];
      expect((await outboxJobs(app.id)).map((j) => j.transition)).toEqual(expected);
      const audit = await t.dataSource.query<{ action: string }[]>(
        `SELECT action FROM audit_events WHERE entity_id = $1 AND action = ANY($2) ORDER BY occurred_at, id`,
        [app.id, expected.map((e) => `applications.${e}`)],
      );
      expect(audit.map((a) => a.action).sort()).toEqual(expected.map((e) => `applications.${e}`).sort());
      expect(app.revision).toBe(1 + expected.length);
    });
  });

  describe('illegal moves and guards', () => {
    it('refuses approving a withdrawn application with 409 and the reason', async () => {
      const { city, lead } = await anotherCity(t, world);
      const { base, application } = await startApplication(world, { city, lead });
      const submitted = expectStatus(
        await lead.post(`${base}/submit`, { revision: application.revision }),
        200,
      ).body as ApplicationDetailResponse;
      const withdrawn = expectStatus(
        await lead.post(`${base}/withdraw`, { revision: submitted.revision, reason: 'Передумали' }),
        200,
      ).body as ApplicationDetailResponse;
      expect(withdrawn.transitions.at(-1)!.effects).toEqual([
        { kind: 'stop_sla', stage: 'regional' },
        { kind: 'reopen_roadmap' },
        { kind: 'notify', audience: 'stage_reviewers', stage: 'regional' },
      ]);

      const res = await world.as.reviewer.post(`${base}/decision`, {
        revision: withdrawn.revision,
        decision: 'pass',
      });

      expect(res.status).toBe(409);
      expect(res.body).toMatchObject({
        code: 'applications.invalid-transition',
        message: 'Cannot approve a withdrawn application (only from: ministry_review)',
      });
    });

    it('refuses submitting with compliance errors, naming them, and writes nothing', async () => {
      const { city, lead } = await anotherCity(t, world);
      const { base, application } = await startApplication(world, {
        city,
        lead,
        items: [{ measure: 'platform', startMonth: '2019-03', endMonth: '2020-10', status: 'done' }],
      });
      const precheck = expectStatus(await lead.get(`${base}/precheck`), 200)
        .body as ApplicationPrecheckResponse;
      expect(precheck.eligible).toBe(false);
      expect(precheck.errors.length).toBeGreaterThan(0);

      const res = await lead.post(`${base}/submit`, { revision: application.revision });

      expect(res.status).toBe(409);
      expect(res.body.code).toBe('applications.not-eligible');
      expect(res.body.message).toMatch(/^Not eligible: The roadmap has \d+ compliance errors?: /);
      expect(res.body.details.errors.length).toBe(precheck.errors.length);
      expect(res.body.details.errors[0]).toHaveProperty('message');
      const rows = await t.dataSource.query(`SELECT 1 FROM application_snapshots WHERE application_id = $1`, [
        application.id,
      ]);
      expect(rows).toHaveLength(0);
    });

    it('refuses an editor submitting (403) and a stale revision (409 with the current state)', async () => {
      const other = await anotherCity(t, world);
      const { base, application } = await startApplication(world, other);

      const editor = await other.editor.post(`${base}/submit`, { revision: application.revision });
      expect(editor.status).toBe(403);
      expect(editor.body.message).toBe('Only a municipal_lead of this application may submit it');

      const stale = await other.lead.post(`${base}/submit`, { revision: application.revision + 5 });
      expect(stale.status).toBe(409);
      expect(stale.body).toMatchObject({
        code: 'common.conflict',
        details: { current: { id: application.id, revision: 1 } },
      });
    });

    it("refuses starting from another municipality's roadmap or in a closed campaign, naming the field", async () => {
      const { city, lead } = await anotherCity(t, world);
      const foreignRoadmap = await world.as.lead.get(`${API}/organizations/${world.city.id}/roadmaps`);
      const start = (body: object) => lead.post(`${API}/organizations/${city.id}/applications`, body);

      const foreign = await start({
        campaignId: world.campaign.id,
        roadmapId: foreignRoadmap.body.items[0].id,
      });
      expect(foreign.status).toBe(400);
      expect(foreign.body.details.fields).toEqual([
        { field: 'roadmapId', reason: 'no such roadmap of this municipality' },
      ]);

      const draft = expectStatus(
        await world.as.coordinator.post(`${API}/campaigns`, campaignBody()),
        201,
      ).body;
      const unpublished = await start({ campaignId: draft.id, roadmapId: foreignRoadmap.body.items[0].id });
      expect(unpublished.status).toBe(400);
      expect(unpublished.body.details.fields[0].field).toBe('campaignId');

      const malformed = await start({ campaignId: 'x', roadmapId: 'y' });
      expect(malformed.status).toBe(400);
      expect(malformed.body.details.fields.map((f: { field: string }) => f.field).sort()).toEqual([
        'campaignId',
        'roadmapId',
      ]);
    });

    it('leaves the submitted and approved roadmap statuses to the workflow', async () => {
      const { city, lead } = await anotherCity(t, world);
      const { roadmap } = await startApplication(world, { city, lead });
      const path = `${API}/organizations/${city.id}/roadmaps/${roadmap.roadmap.id}`;

      const res = await lead.patch(path, { revision: roadmap.roadmap.revision, status: 'approved' });

      expect(res.status).toBe(400);
      expect(res.body.details.fields).toEqual([
        {
          field: 'status',
          reason: 'only the pilot application workflow sets a roadmap approved; choose draft or archived',
        },
      ]);
      expectStatus(await lead.patch(path, { revision: roadmap.roadmap.revision, status: 'archived' }), 200);
    });

    it('reviews a roadmap in one application at a time', async () => {
      const { city, lead } = await anotherCity(t, world);
      const first = await startApplication(world, { city, lead });
      expectStatus(await lead.post(`${first.base}/submit`, { revision: first.application.revision }), 200);
      const secondCampaign = expectStatus(
        await world.as.coordinator.post(`${API}/campaigns`, campaignBody({ title: 'Второй отбор' })),
        201,
      ).body;
      expectStatus(
        await world.as.coordinator.post(`${API}/campaigns/${secondCampaign.id}/publish`, {
          revision: secondCampaign.revision,
        }),
        200,
      );
      const second = expectStatus(
        await lead.post(`${API}/organizations/${city.id}/applications`, {
          campaignId: secondCampaign.id,
          roadmapId: first.roadmap.roadmap.id,
        }),
        201,
      ).body;

      const res = await lead.post(`${API}/organizations/${city.id}/applications/${second.id}/submit`, {
        revision: second.revision,
      });

      expect(res.status).toBe(409);
      expect(res.body).toMatchObject({
        code: 'applications.already-active',
        details: { applicationId: first.application.id },
      });
    });

    it('allows one active application per municipality per campaign', async () => {
      const { city, lead } = await anotherCity(t, world);
      const { application } = await startApplication(world, { city, lead });

      const again = await lead.post(`${API}/organizations/${city.id}/applications`, {
        campaignId: world.campaign.id,
        roadmapId: application.roadmapId,
      });

      expect(again.status).toBe(409);
      expect(again.body).toMatchObject({ code: 'applications.already-active' });
      expect(typeof again.body.details.applicationId).toBe('string');
    });

    it('lets only the region of the municipality and the assigned reviewers act', async () => {
      const other = await t.regionWithCity();
      const foreignRegional = await t.asMember(other.region, 'regional_coordinator');
      const lead = await t.asMember(other.city, 'municipal_lead');
      const { base, application } = await startApplication(world, { city: other.city, lead });
      const submitted = expectStatus(
        await lead.post(`${base}/submit`, { revision: application.revision }),
        200,
      ).body as ApplicationDetailResponse;

      const ownRegionFromElsewhere = await world.as.regional.post(`${base}/decision`, {
        revision: submitted.revision,
        decision: 'pass',
      });
      expect(ownRegionFromElsewhere.status).toBe(404);

      const reassigned = await world.as.coordinator.put(`${base}/reviewers`, {
        stage: 'regional',
        userIds: [world.users.regional.id],
      });
      expect(reassigned.status).toBe(400);
      expect(reassigned.body.details.fields[0]).toEqual({
        field: 'userIds.0',
        reason: `${world.users.regional.displayName} is not an active regional coordinator of the municipality's region`,
      });

      const second = await t.member(other.region, 'regional_coordinator');
      const manual = expectStatus(
        await world.as.coordinator.put(`${base}/reviewers`, { stage: 'regional', userIds: [second.id] }),
        200,
      ).body as ApplicationDetailResponse;
      expect(manual.reviews[0].reviewers).toMatchObject([{ userId: second.id, assignment: 'manual' }]);

      const unassigned = await foreignRegional.put(`${base}/checklist`, {
        answers: [{ criterionCode: 'C1', verdict: 'met' }],
      });
      expect(unassigned.status).toBe(403);
      expect(unassigned.body.message).toBe(
        'Only the reviewers assigned to the regional stage may review it now',
      );
    });
  });

  describe('integrity', () => {
    it('refuses any change to a snapshot or a transition in the database itself', async () => {
      const { city, lead } = await anotherCity(t, world);
      const { base, application } = await startApplication(world, { city, lead });
      expectStatus(await lead.post(`${base}/submit`, { revision: application.revision }), 200);

      await expect(
        t.dataSource.query(
          `UPDATE application_snapshots SET content_hash = repeat('0', 64) WHERE application_id = $1`,
          [application.id],
        ),
      ).rejects.toThrow(/application_snapshots is immutable: UPDATE is not allowed/);
      await expect(
        t.dataSource.query(`DELETE FROM application_snapshots WHERE application_id = $1`, [application.id]),
      ).rejects.toThrow(/application_snapshots is immutable: DELETE is not allowed/);
      await expect(
        t.dataSource.query(`UPDATE application_transitions SET reasons = '["x"]' WHERE application_id = $1`, [
          application.id,
        ]),
      ).rejects.toThrow(/application_transitions is immutable/);
    });

    it('of two concurrent moves on the same revision, exactly one wins; the other gets 409 with the current state', async () => {
      const { city, lead } = await anotherCity(t, world);
      const { base, application } = await startApplication(world, { city, lead });

      const results = await Promise.all([
        lead.post(`${base}/submit`, { revision: application.revision }),
        lead.post(`${base}/withdraw`, { revision: application.revision }),
      ]);

      expect(results.map((r) => r.status).sort()).toEqual([200, 409]);
      const loser = results.find((r) => r.status === 409)!;
      expect(loser.body.code).toBe('common.conflict');
      expect(loser.body.details.current.revision).toBeGreaterThan(application.revision);
      const transitions = await t.dataSource.query(
        `SELECT transition FROM application_transitions WHERE application_id = $1`,
        [application.id],
      );
      expect(transitions.length === 1 || transitions.length === 2).toBe(true);
    });
  });

  describe('campaigns', () => {
    it('validates a campaign field by field', async () => {
      const res = await world.as.coordinator.post(
        `${API}/campaigns`,
        campaignBody({
          opensAt: '2019-06-01T00:00:00Z',
          closesAt: '2019-05-01T00:00:00Z',
          criteria: [
            { code: 'C1', title: 'A' },
            { code: 'C1', title: 'B' },
          ],
        }),
      );

      expect(res.status).toBe(400);
      expect(res.body.details.fields).toEqual([
        { field: 'closesAt', reason: 'closesAt must be after opensAt' },
        { field: 'criteria.1.code', reason: 'criterion code C1 is used twice' },
      ]);
    });

    it('hides drafts from municipalities and lets only the ministry manage campaigns', async () => {
      const draft = expectStatus(
        await world.as.coordinator.post(`${API}/campaigns`, campaignBody({ title: 'Черновик' })),
        201,
      ).body;

      const seen = expectStatus(await world.as.lead.get(`${API}/campaigns`), 200).body.items.map(
        (c: { id: string }) => c.id,
      );
      expect(seen).toContain(world.campaign.id);
      expect(seen).not.toContain(draft.id);
      expect((await world.as.lead.get(`${API}/campaigns/${draft.id}`)).status).toBe(404);
      expect((await world.as.lead.post(`${API}/campaigns`, campaignBody())).status).toBe(403);
      expect(
        (await world.as.reviewer.patch(`${API}/campaigns/${draft.id}`, { revision: 1, title: 'X' })).status,
      ).toBe(403);
    });

    it('locks an open campaign except its closing date', async () => {
      const open = world.campaign;
      const res = await world.as.coordinator.patch(`${API}/campaigns/${open.id}`, {
        revision: open.revision,
        title: 'Новое',
      });
      expect(res.status).toBe(409);
      expect(res.body.code).toBe('campaigns.locked');

      const closesAt = new Date(Date.parse(open.closesAt) + 86_400_000).toISOString();
      const extended = expectStatus(
        await world.as.coordinator.patch(`${API}/campaigns/${open.id}`, {
          revision: open.revision,
          closesAt,
        }),
        200,
      ).body;
      expect(extended).toMatchObject({ closesAt, revision: open.revision + 1, status: 'open' });
      world.campaign = extended;
    });
  });
});
