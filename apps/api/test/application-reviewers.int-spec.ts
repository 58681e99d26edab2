import type {
  ApplicationDetailResponse,
  ReviewerCandidateListResponse,
  ReviewerCandidateResponse,
} from '@smartcity/contracts';
import { JOB_DEFINITIONS } from '@smartcity/contracts';
import { Like } from 'typeorm';

import { ApplicationReviewer } from '../src/modules/applications/application.entities';
import { AuditEvent } from '../src/modules/audit/audit-event.entity';
import type { User } from '../src/modules/identity/user.entity';
import { MailMessage } from '../src/modules/notifications/mail-message.entity';
import { Notification } from '../src/modules/notifications/notification.entity';
import { OutboxEvent } from '../src/queue/outbox-event.entity';
import { jobOptions, QueueConnections } from '../src/queue/queue-connections';
import {
  anotherCity,
  answerChecklist,
  applicationsWorld,
  expectStatus,
  startApplication,
  type ApplicationsWorld,
} from './applications-fixtures';
import { eventually, TestApp } from './test-app';

type Candidate = ReviewerCandidateResponse;

const byUserId = (list: Candidate[]) => [...list].sort((a, b) => a.userId.localeCompare(b.userId));
const candidate = (user: User, assigned: boolean): Candidate => ({
  userId: user.id,
  displayName: user.displayName,
  email: user.email,
  assigned,
});

/**
 * Reviewer override (issue 6): a programme coordinator lists the people eligible for a stage — the same selection
 * the automatic assignment uses — assigns from them (anyone else is refused by name), and each newly assigned
 * reviewer is told once, in the app and by e-mail, by their preferences, even when the job is delivered twice.
 */
describe('application reviewer override', () => {
  let t: TestApp;
  let world: ApplicationsWorld;
  let base: string;
  let people: {
    regional2: User;
    regional3: User;
    disabledRegional: User;
    foreignRegional: User;
    reviewer2: User;
    disabledReviewer: User;
  };

  beforeAll(async () => {
    t = await TestApp.start({ worker: true });
    world = await applicationsWorld(t);
    const foreign = await t.regionWithCity();
    // Eligible by role but disabled, before the submission: the automatic assignment must skip them too.
    const disabledRegional = await t.member(world.region, 'regional_coordinator', {
      displayName: 'Отключённый Координатор',
      disabledAt: new Date(),
    });
    const started = await startApplication(world);
    base = started.base;
    expectStatus(await world.as.lead.post(`${base}/submit`, { revision: started.application.revision }), 200);
    people = {
      regional2: await t.member(world.region, 'regional_coordinator', {
        displayName: 'Irina Regional',
        locale: 'en',
      }),
      regional3: await t.member(world.region, 'regional_coordinator', { displayName: 'Пётр Региональный' }),
      disabledRegional,
      foreignRegional: await t.member(foreign.region, 'regional_coordinator', {
        displayName: 'Чужой Координатор',
      }),
      reviewer2: await t.member(world.ministry, 'ministry_reviewer', { displayName: 'Мария Экспертова' }),
      disabledReviewer: await t.member(world.ministry, 'ministry_reviewer', { disabledAt: new Date() }),
    };
  });

  afterAll(() => t.close());

  const candidates = async (stage: string) =>
    expectStatus(await world.as.coordinator.get(`${base}/reviewer-candidates?stage=${stage}`), 200)
      .body as ReviewerCandidateListResponse;
  const detail = async () =>
    expectStatus(await world.as.coordinator.get(base), 200).body as ApplicationDetailResponse;
  const assignedJobs = () =>
    t.dataSource.getRepository(OutboxEvent).findBy({ jobName: 'applications.notify-assigned-reviewers' });
  const delivered = async () => {
    const inApp = await t.dataSource
      .getRepository(Notification)
      .findBy({ deliveryKey: Like('reviewer-assigned:%') });
    const mail = await t.dataSource
      .getRepository(MailMessage)
      .findBy({ deliveryKey: Like('reviewer-assigned:%') });
    return { inApp, mail, keys: [...inApp, ...mail].map((row) => row.deliveryKey).sort() };
  };

  describe('candidates', () => {
    it("lists the region's active coordinators for the regional stage, the automatically assigned one marked", async () => {
      const list = await candidates('regional');

      expect(list.stage).toBe('regional');
      expect(byUserId(list.items)).toEqual(
        byUserId([
          candidate(world.users.regional, true),
          candidate(people.regional2, false),
          candidate(people.regional3, false),
        ]),
      );
      // The automatic assignment chose from the same people: the disabled coordinator was skipped.
      expect((await detail()).reviews[0].reviewers.map((r) => r.userId)).toEqual([world.users.regional.id]);
    });

    it("lists the ministry's active reviewers for the ministry stage, none assigned before it starts", async () => {
      const list = await candidates('ministry');

      expect(list.stage).toBe('ministry');
      expect(byUserId(list.items)).toEqual(
        byUserId([candidate(world.users.reviewer, false), candidate(people.reviewer2, false)]),
      );
    });

    it('refuses a missing or unknown stage with 400 naming the field', async () => {
      const unknown = await world.as.coordinator.get(`${base}/reviewer-candidates?stage=federal`);
      const missing = await world.as.coordinator.get(`${base}/reviewer-candidates`);

      for (const res of [unknown, missing]) {
        expect(res.status).toBe(400);
        expect(res.body.code).toBe('common.validation-failed');
        expect(res.body.details.fields[0]).toMatchObject({
          field: 'stage',
          reason: 'stage must be one of: regional, ministry',
        });
      }
    });

    it('is for programme coordinators only', async () => {
      const regional = await world.as.regional.get(`${base}/reviewer-candidates?stage=regional`);
      const lead = await world.as.lead.get(`${base}/reviewer-candidates?stage=regional`);
      const reviewer = await world.as.reviewer.get(`${base}/reviewer-candidates?stage=ministry`);

      expect([regional.status, lead.status, reviewer.status]).toEqual([403, 403, 403]);
    });
  });

  describe('override', () => {
    it('refuses people who are not candidates of the stage, naming each, and changes nothing', async () => {
      const res = await world.as.coordinator.put(`${base}/reviewers`, {
        stage: 'regional',
        userIds: [
          people.regional2.id,
          people.disabledRegional.id,
          people.foreignRegional.id,
          world.users.reviewer.id,
          '00000000-0000-4000-8000-000000000000',
        ],
      });

      expect(res.status).toBe(400);
      expect(res.body.details.fields).toEqual([
        {
          field: 'userIds.1',
          reason:
            "Отключённый Координатор is not an active regional coordinator of the municipality's region",
        },
        {
          field: 'userIds.2',
          reason: "Чужой Координатор is not an active regional coordinator of the municipality's region",
        },
        {
          field: 'userIds.3',
          reason: `${world.users.reviewer.displayName} is not an active regional coordinator of the municipality's region`,
        },
        { field: 'userIds.4', reason: 'no user has the id 00000000-0000-4000-8000-000000000000' },
      ]);
      expect(res.body.message).toContain('Чужой Координатор is not an active regional coordinator');
      const ministry = await world.as.coordinator.put(`${base}/reviewers`, {
        stage: 'ministry',
        userIds: [people.disabledReviewer.id],
      });
      expect(ministry.status).toBe(400);
      expect(ministry.body.details.fields[0]).toEqual({
        field: 'userIds.0',
        reason: `${people.disabledReviewer.displayName} is not an active ministry reviewer`,
      });
      expect((await detail()).reviews[0].reviewers.map((r) => r.userId)).toEqual([world.users.regional.id]);
      expect(await assignedJobs()).toHaveLength(0);
    });

    it('keeps the kept reviewer, adds the new ones and tells only the added, once, by their preferences', async () => {
      const regional3 = await t.signIn(people.regional3);
      expectStatus(
        await regional3.put('/api/v1/me/notification-preferences', {
          items: [{ kind: 'application-reviewer-assigned', inApp: true, email: false }],
        }),
        200,
      );

      const res = await world.as.coordinator.put(`${base}/reviewers`, {
        stage: 'regional',
        userIds: [world.users.regional.id, people.regional2.id, people.regional3.id],
      });

      const application = expectStatus(res, 200).body as ApplicationDetailResponse;
      expect(
        application.reviews[0].reviewers
          .map((r) => [r.userId, r.assignment])
          .sort((a, b) => a[0].localeCompare(b[0])),
      ).toEqual(
        [
          [world.users.regional.id, 'auto'],
          [people.regional2.id, 'manual'],
          [people.regional3.id, 'manual'],
        ].sort((a, b) => a[0].localeCompare(b[0])),
      );
      const jobs = await assignedJobs();
      expect(jobs).toHaveLength(1);
      expect(jobs[0].payload).toEqual({
        v: 1,
        applicationId: application.id,
        stage: 'regional',
        userIds: [people.regional2.id, people.regional3.id],
        assignedBy: world.users.coordinator.id,
      });

      // regional2: in the app and by e-mail (in English); regional3: in the app only (e-mail switched off).
      await eventually(async () => (await delivered()).keys.length >= 3, 30_000);
      await eventually(
        async () => (await t.dataSource.getRepository(MailMessage).countBy({ status: 'pending' })) === 0,
      );
      const { inApp, mail } = await delivered();
      expect(inApp.map((n) => n.userId).sort()).toEqual([people.regional2.id, people.regional3.id].sort());
      expect(inApp.every((n) => n.kind === 'application-reviewer-assigned')).toBe(true);
      expect(inApp[0]).toMatchObject({
        link: `/organizations/${world.city.id}/applications/${application.id}`,
        params: {
          applicationId: application.id,
          campaignTitle: world.campaign.title,
          municipalityRu: world.city.nameRu,
          municipalityEn: world.city.nameEn,
          stage: 'regional',
          actor: world.users.coordinator.displayName,
        },
      });
      expect(mail).toHaveLength(1);
      expect(mail[0]).toMatchObject({ toAddress: people.regional2.email, status: 'stored' });
      expect(mail[0].subject).toBe(
        `You are a reviewer of the application of ${world.city.nameEn} (regional review)`,
      );
      expect(mail[0].textBody).toContain(`Assigned by: ${world.users.coordinator.displayName}.`);
      const kept = await t.dataSource
        .getRepository(Notification)
        .countBy({ userId: world.users.regional.id, kind: 'application-reviewer-assigned' });
      expect(kept).toBe(0);
    });

    it('notifies nobody twice when the job is delivered again', async () => {
      const before = (await delivered()).keys;
      const [outbox] = await assignedJobs();
      const queue = t
        .worker!.get(QueueConnections)
        .queue(JOB_DEFINITIONS['applications.notify-assigned-reviewers'].queue);

      const job = await queue.add(
        'applications.notify-assigned-reviewers',
        outbox.payload,
        jobOptions('applications.notify-assigned-reviewers', `again-${outbox.id}`),
      );
      await eventually(async () => (await job.getState()) === 'completed');

      expect((await delivered()).keys).toEqual(before);
      expect(before).toHaveLength(3);
    });

    it('writes no job when nobody is added, and tells someone assigned again after removal', async () => {
      expectStatus(
        await world.as.coordinator.put(`${base}/reviewers`, {
          stage: 'regional',
          userIds: [people.regional2.id, world.users.regional.id, people.regional3.id],
        }),
        200,
      );
      expect(await assignedJobs()).toHaveLength(1);

      const removed = expectStatus(
        await world.as.coordinator.put(`${base}/reviewers`, {
          stage: 'regional',
          userIds: [world.users.regional.id],
        }),
        200,
      ).body as ApplicationDetailResponse;
      expect(removed.reviews[0].reviewers.map((r) => r.userId)).toEqual([world.users.regional.id]);
      expect((await candidates('regional')).items.filter((c) => c.assigned).map((c) => c.userId)).toEqual([
        world.users.regional.id,
      ]);

      expectStatus(
        await world.as.coordinator.put(`${base}/reviewers`, {
          stage: 'regional',
          userIds: [world.users.regional.id, people.regional2.id],
        }),
        200,
      );
      expect(await assignedJobs()).toHaveLength(2);
      await eventually(
        async () =>
          (await t.dataSource
            .getRepository(Notification)
            .countBy({ userId: people.regional2.id, kind: 'application-reviewer-assigned' })) === 2,
        30_000,
      );
    });
  });

  /**
   * Which stages may still change (`checkReviewerOverride`): the one under way and a later one not started yet, never
   * a stage passed or any stage of a finished application — refused with 409 before anything is written.
   */
  describe('closed stages', () => {
    let second: string;
    let secondId: string;

    const rowsOf = async (applicationId: string) =>
      (await t.dataSource.getRepository(ApplicationReviewer).findBy({ applicationId }))
        .map((r) => `${r.stage}:${r.userId}:${r.assignment}`)
        .sort();
    const jobsOf = async (applicationId: string) =>
      (await assignedJobs()).filter((job) => job.payload.applicationId === applicationId);
    // Submitted after the people above joined: every active coordinator of the region was assigned automatically.
    const regionalAuto = () =>
      [world.users.regional, people.regional2, people.regional3].map((u) => `regional:${u.id}:auto`);
    const overridesOf = (applicationId: string) =>
      t.dataSource
        .getRepository(AuditEvent)
        .countBy({ action: 'applications.reviewers-assigned', entityId: applicationId });

    beforeAll(async () => {
      const { city, lead } = await anotherCity(t, world);
      const started = await startApplication(world, { city, lead });
      second = started.base;
      secondId = started.application.id;
      expectStatus(await lead.post(`${second}/submit`, { revision: started.application.revision }), 200);
    });

    it('lines up the ministry reviewers before that stage starts, and its automatic assignment keeps them', async () => {
      expectStatus(
        await world.as.coordinator.put(`${second}/reviewers`, {
          stage: 'ministry',
          userIds: [people.reviewer2.id],
        }),
        200,
      );
      expect((await jobsOf(secondId)).map((job) => job.payload)).toEqual([
        {
          v: 1,
          applicationId: secondId,
          stage: 'ministry',
          userIds: [people.reviewer2.id],
          assignedBy: world.users.coordinator.id,
        },
      ]);

      await answerChecklist(world, world.as.regional, second);
      const before = expectStatus(await world.as.coordinator.get(second), 200)
        .body as ApplicationDetailResponse;
      const passed = expectStatus(
        await world.as.regional.post(`${second}/decision`, { revision: before.revision, decision: 'pass' }),
        200,
      ).body as ApplicationDetailResponse;

      expect(passed.status).toBe('ministry_review');
      // Every active ministry reviewer would have been assigned automatically; the one lined up stays alone.
      expect(await rowsOf(secondId)).toEqual(
        [...regionalAuto(), `ministry:${people.reviewer2.id}:manual`].sort(),
      );
    });

    it('refuses the regional stage once it is passed: 409 naming the stage and the status, nothing written, no job', async () => {
      const rows = await rowsOf(secondId);
      const jobs = (await assignedJobs()).length;
      const audited = await overridesOf(secondId);

      const res = await world.as.coordinator.put(`${second}/reviewers`, {
        stage: 'regional',
        userIds: [world.users.regional.id, people.regional2.id],
      });

      expect(res.status).toBe(409);
      expect(res.body).toMatchObject({
        code: 'applications.stage-closed',
        message:
          'The regional stage of this application is over: it is at the ministry stage now ' +
          '(status: ministry review), so the reviewers of the regional stage can no longer change',
        details: { status: 'ministry_review', stage: 'regional', currentStage: 'ministry' },
      });
      expect(await rowsOf(secondId)).toEqual(rows);
      expect((await assignedJobs()).length).toBe(jobs);
      expect(await overridesOf(secondId)).toBe(audited);
    });

    it('still overrides the stage under way', async () => {
      const res = await world.as.coordinator.put(`${second}/reviewers`, {
        stage: 'ministry',
        userIds: [people.reviewer2.id, world.users.reviewer.id],
      });

      expectStatus(res, 200);
      expect(await rowsOf(secondId)).toEqual(
        [
          ...regionalAuto(),
          `ministry:${people.reviewer2.id}:manual`,
          `ministry:${world.users.reviewer.id}:manual`,
        ].sort(),
      );
      expect((await jobsOf(secondId)).at(-1)!.payload.userIds).toEqual([world.users.reviewer.id]);
    });

    it('refuses every stage of a withdrawn application', async () => {
      const { city, lead } = await anotherCity(t, world);
      const { base: third, application } = await startApplication(world, { city, lead });
      const submitted = expectStatus(
        await lead.post(`${third}/submit`, { revision: application.revision }),
        200,
      ).body as ApplicationDetailResponse;
      expectStatus(
        await lead.post(`${third}/withdraw`, { revision: submitted.revision, reason: 'Передумали' }),
        200,
      );
      const rows = await rowsOf(application.id);

      for (const stage of ['regional', 'ministry'] as const) {
        const userIds = stage === 'regional' ? [people.regional2.id] : [people.reviewer2.id];
        const res = await world.as.coordinator.put(`${third}/reviewers`, { stage, userIds });

        expect(res.status).toBe(409);
        expect(res.body).toMatchObject({
          code: 'applications.stage-closed',
          message: `The application is withdrawn, so the reviewers of its ${stage} stage can no longer change`,
          details: { status: 'withdrawn', stage },
        });
      }
      expect(await rowsOf(application.id)).toEqual(rows);
      expect(await jobsOf(application.id)).toEqual([]);
      expect(await overridesOf(application.id)).toBe(0);
    });
  });
});
