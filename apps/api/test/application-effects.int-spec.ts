import { JOB_DEFINITIONS } from '@smartcity/contracts';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Like } from 'typeorm';

import { AuditEvent } from '../src/modules/audit/audit-event.entity';
import { ApplicationDocument } from '../src/modules/documents/document.entity';
import type { User } from '../src/modules/identity/user.entity';
import { MailMessage } from '../src/modules/notifications/mail-message.entity';
import { Notification } from '../src/modules/notifications/notification.entity';
import { SlaClock } from '../src/modules/sla/sla-clock.entity';
import { OutboxEvent } from '../src/queue/outbox-event.entity';
import { jobOptions, QueueConnections } from '../src/queue/queue-connections';
import { binary, inspectPdf } from './pdf-text';
import { eventually, TestApp, type Caller } from './test-app';
import {
  actorOf,
  insertApplication,
  recordTransition,
  transitionWorld,
  type ApplicationHandle,
  type TransitionWorld,
} from './transition-fixtures';

/**
 * The worker side of the application workflow over the whole path — submit → regional pass → ministry requests
 * changes → resubmit → approve → agreement — with the transitions recorded as the applications module records
 * them: every notification is delivered exactly once (also when every job is delivered a second time), in the
 * recipient's language and by their preferences; the SLA clocks follow the stages; the PDFs are rendered once each
 * and downloadable by whoever may read the application.
 */
describe('application transition effects', () => {
  let t: TestApp;
  let storageDir: string;
  let w: TransitionWorld;
  let lead2: User;
  let application: ApplicationHandle;
  const transitionIds: Record<string, string> = {};

  beforeAll(async () => {
    storageDir = await mkdtemp(join(tmpdir(), 'scr-documents-'));
    t = await TestApp.start({ worker: true, env: { STORAGE_DIR: storageDir } });
    w = await transitionWorld(t);
    lead2 = await t.member(w.city, 'municipal_lead');
  });

  afterAll(async () => {
    await t.close();
    await rm(storageDir, { recursive: true, force: true });
  });

  describe('notification preferences', () => {
    let caller: Caller;

    beforeAll(async () => {
      caller = await t.signIn(lead2);
    });

    it('lists every configurable kind switched on by default', async () => {
      const res = await caller.get('/api/v1/me/notification-preferences');

      expect(res.status).toBe(200);
      expect(res.body.items).toEqual([
        { kind: 'application-action-required', inApp: true, email: true },
        { kind: 'application-decision', inApp: true, email: true },
        { kind: 'sla-reminder', inApp: true, email: true },
        { kind: 'sla-overdue', inApp: true, email: true },
        { kind: 'application-reviewer-assigned', inApp: true, email: true },
      ]);
    });

    it('refuses an unknown kind, a non-boolean and a duplicate, naming the field, and writes nothing', async () => {
      const unknown = await caller.put('/api/v1/me/notification-preferences', {
        items: [{ kind: 'roadmap-mention', inApp: false, email: false }],
      });
      const notBoolean = await caller.put('/api/v1/me/notification-preferences', {
        items: [{ kind: 'sla-reminder', inApp: 'no', email: false }],
      });
      const duplicate = await caller.put('/api/v1/me/notification-preferences', {
        items: [
          { kind: 'sla-reminder', inApp: false, email: false },
          { kind: 'sla-reminder', inApp: true, email: false },
        ],
      });
      const after = await caller.get('/api/v1/me/notification-preferences');

      expect(unknown.status).toBe(400);
      expect(unknown.body.details.fields[0].field).toBe('items.0.kind');
      expect(notBoolean.status).toBe(400);
      expect(notBoolean.body.details.fields[0]).toMatchObject({ field: 'items.0.inApp' });
      expect(duplicate.status).toBe(400);
      expect(duplicate.body.details.fields[0]).toMatchObject({ field: 'items.1.kind' });
      expect(after.body.items.every((i: { inApp: boolean; email: boolean }) => i.inApp && i.email)).toBe(
        true,
      );
    });

    it('switches e-mail off for decisions and records the change', async () => {
      const res = await caller.put('/api/v1/me/notification-preferences', {
        items: [{ kind: 'application-decision', inApp: true, email: false }],
      });

      expect(res.status).toBe(200);
      expect(res.body.items[1]).toEqual({ kind: 'application-decision', inApp: true, email: false });
      const audit = await t.dataSource
        .getRepository(AuditEvent)
        .findOneByOrFail({ action: 'notifications.preferences-updated', entityId: lead2.id });
      expect(audit.actorUserId).toBe(lead2.id);
    });
  });

  describe('the whole path', () => {
    type Expected = { transition: string; userId: string; channel: 'in_app' | 'email' };
    const expected: Expected[] = [];
    const expect2 = (transition: string, user: User, channels: ('in_app' | 'email')[]) =>
      channels.forEach((channel) => expected.push({ transition, userId: user.id, channel }));

    beforeAll(async () => {
      application = await insertApplication(t.dataSource, w);
      const lead = actorOf(w.lead, w.city, 'municipal_lead');
      const regional = actorOf(w.regionalReviewer, w.region, 'regional_coordinator');
      const ministry = actorOf(w.ministryReviewer, w.ministry, 'ministry_reviewer');
      const coordinator = actorOf(w.coordinator, w.ministry, 'programme_coordinator');
      const record = async (
        name: string,
        transition: Parameters<typeof recordTransition>[3],
        actor: typeof lead,
        reasons?: string[],
      ) => {
        transitionIds[name] = await recordTransition(t.dataSource, w, application, transition, actor, {
          reasons,
        });
      };

      await record('submit', 'submit', lead);
      await record('pass', 'pass_regional_review', regional);
      await record('changes', 'request_changes', ministry, ['Бюджет 2020 года не обоснован']);
      await record('resubmit', 'resubmit', lead);
      await record('approve', 'approve', ministry);
      await record('sign', 'sign_agreement', coordinator);

      const transitions = await t.dataSource.query<{ id: string; transition: string }[]>(
        `SELECT id, transition FROM application_transitions WHERE application_id = $1`,
        [application.id],
      );
      const idOf = (name: string) => transitions.find((r) => r.transition === name)!.id;
      // Who must hear of each transition (the person who took it never does; lead2 switched decision e-mails off).
      expect2(idOf('submit'), lead2, ['in_app']);
      expect2(idOf('begin_regional_review'), w.regionalReviewer, ['in_app', 'email']);
      expect2(idOf('pass_regional_review'), w.ministryReviewer, ['in_app', 'email']);
      expect2(idOf('pass_regional_review'), w.lead, ['in_app', 'email']);
      expect2(idOf('pass_regional_review'), lead2, ['in_app']);
      expect2(idOf('request_changes'), w.lead, ['in_app', 'email']);
      expect2(idOf('request_changes'), lead2, ['in_app']);
      expect2(idOf('resume_ministry_review'), w.ministryReviewer, ['in_app', 'email']);
      expect2(idOf('approve'), w.lead, ['in_app', 'email']);
      expect2(idOf('approve'), lead2, ['in_app']);
      expect2(idOf('approve'), w.regionalReviewer, ['in_app', 'email']);
      expect2(idOf('approve'), w.coordinator, ['in_app', 'email']);
      expect2(idOf('sign_agreement'), w.lead, ['in_app', 'email']);
      expect2(idOf('sign_agreement'), lead2, ['in_app']);
      expect2(idOf('sign_agreement'), w.regionalReviewer, ['in_app', 'email']);
    });

    const delivered = async () => {
      const inApp = await t.dataSource
        .getRepository(Notification)
        .findBy({ deliveryKey: Like('transition:%') });
      const mail = await t.dataSource
        .getRepository(MailMessage)
        .findBy({ deliveryKey: Like('transition:%') });
      return { inApp, mail, keys: [...inApp, ...mail].map((row) => row.deliveryKey).sort() };
    };
    const expectedKeys = () =>
      expected.map((e) => `transition:${e.transition}:${e.userId}:${e.channel}`).sort();

    it('delivers every notification of every transition exactly once', async () => {
      await eventually(async () => (await delivered()).keys.length >= expected.length, 30_000);
      await eventually(
        async () => (await t.dataSource.getRepository(MailMessage).countBy({ status: 'pending' })) === 0,
      );

      const { keys, inApp, mail } = await delivered();
      expect(keys).toEqual(expectedKeys());
      expect(new Set(keys).size).toBe(keys.length);
      expect(mail.every((m) => m.status === 'stored')).toBe(true);
      const forLead2 = inApp.filter((n) => n.userId === lead2.id).map((n) => n.kind);
      expect(forLead2).toEqual(Array(5).fill('application-decision'));
      const forReviewer = inApp.find((n) => n.userId === w.ministryReviewer.id)!;
      expect(forReviewer).toMatchObject({
        kind: 'application-action-required',
        link: `/organizations/${w.city.id}/applications/${application.id}`,
        params: expect.objectContaining({ applicationId: application.id, municipalityRu: w.city.nameRu }),
      });
    });

    it('writes each e-mail in its recipient’s language, with the reviewer’s reason', async () => {
      const { mail } = await delivered();
      const english = mail.filter((m) => m.toAddress === w.ministryReviewer.email);
      const changes = mail.find(
        (m) => m.toAddress === w.lead.email && m.deliveryKey.includes(transitionIds.changes),
      )!;

      expect(english.length).toBe(2);
      expect(english.every((m) => m.subject.startsWith('Application of'))).toBe(true);
      expect(changes.subject).toContain('возвращена на доработку');
      expect(changes.textBody).toContain('Основание: Бюджет 2020 года не обоснован');
    });

    it('notifies nobody twice when every transition job is delivered again', async () => {
      const before = (await delivered()).keys;
      const queue = t
        .worker!.get(QueueConnections)
        .queue(JOB_DEFINITIONS['applications.transition-recorded'].queue);
      const transitions = await t.dataSource.query<{ id: string }[]>(
        `SELECT id FROM application_transitions WHERE application_id = $1`,
        [application.id],
      );
      const jobs = await Promise.all(
        transitions.map(({ id }) =>
          queue.add(
            'applications.transition-recorded',
            { v: 1, transitionId: id },
            jobOptions('applications.transition-recorded', `again-${id}`),
          ),
        ),
      );
      await eventually(async () =>
        (await Promise.all(jobs.map((j) => j.getState()))).every((s) => s === 'completed'),
      );

      expect((await delivered()).keys).toEqual(before);
      expect(
        await t.dataSource.getRepository(ApplicationDocument).countBy({ applicationId: application.id }),
      ).toBe(4);
    });

    it('runs the SLA clocks stage by stage: paused while back with the municipality, stopped on decisions', async () => {
      const clocks = await t.dataSource.getRepository(SlaClock).findBy({ applicationId: application.id });
      const regional = clocks.find((c) => c.stage === 'regional')!;
      const ministry = clocks.find((c) => c.stage === 'ministry')!;

      expect(clocks).toHaveLength(2);
      expect(regional).toMatchObject({ status: 'stopped', slaDays: 10, regionId: w.region.id });
      expect(ministry).toMatchObject({ status: 'stopped', slaDays: 15, runningSince: null });
      // The last transition applied is the approval (effects of older transitions arriving late are ignored).
      const [approve] = await t.dataSource.query<{ id: string; application_revision: number }[]>(
        `SELECT id, application_revision FROM application_transitions WHERE application_id = $1 AND transition = 'approve'`,
        [application.id],
      );
      expect(ministry).toMatchObject({
        lastTransitionId: approve.id,
        appliedRevision: approve.application_revision,
      });
      expect(Number(ministry.elapsedMs)).toBeGreaterThanOrEqual(0);
    });

    it('renders the application (per snapshot) and the decision letters once each, stating the snapshot hash', async () => {
      const documents = await eventually(async () => {
        const rows = await t.dataSource
          .getRepository(ApplicationDocument)
          .find({ where: { applicationId: application.id }, order: { createdAt: 'ASC' } });
        return rows.length === 4 && rows.every((d) => d.status === 'ready') ? rows : null;
      }, 30_000);

      expect(documents.map((d) => d.kind).sort()).toEqual([
        'application',
        'application',
        'decision_letter',
        'decision_letter',
      ]);
      expect(documents.every((d) => d.attempts === 1)).toBe(true);
      const [first, second] = application.snapshots;
      expect(
        documents
          .filter((d) => d.kind === 'application')
          .map((d) => d.snapshotHash)
          .sort(),
      ).toEqual([first.hash, second.hash].sort());

      const lead = await t.signIn(w.lead);
      const list = await lead.get(
        `/api/v1/organizations/${w.city.id}/applications/${application.id}/documents`,
      );
      expect(list.status).toBe(200);
      const letter = (list.body.items as { kind: string; transitionId: string; downloadUrl: string }[]).find(
        (d) => d.kind === 'decision_letter' && d.transitionId === transitionIds.changes,
      )!;
      const file = await lead.get(letter.downloadUrl).buffer(true).parse(binary);
      expect(file.status).toBe(200);
      expect(file.headers['content-type']).toBe('application/pdf');
      const { flatText } = inspectPdf(file.body as Buffer);
      expect(flatText).toContain('заявка возвращена на доработку');
      expect(flatText).toContain('Бюджет 2020 года не обоснован');
      expect(flatText).toContain(`SHA-256: ${second.hash}`);
    });

    it('lets the region read the documents and hides them from other municipalities', async () => {
      const path = `/api/v1/organizations/${w.city.id}/applications/${application.id}/documents`;
      const regional = await t.signIn(w.regionalReviewer);
      const other = await t.regionWithCity();
      const foreignLead = await t.asMember(other.city, 'municipal_lead');
      const foreignRegion = await t.asMember(other.region, 'regional_coordinator');
      const [document] = (await regional.get(path)).body.items as { id: string }[];
      const wrongCity = await (
        await t.asMember(other.city, 'municipal_lead')
      ).get(`/api/v1/organizations/${other.city.id}/applications/${application.id}/documents`);

      expect((await regional.get(path)).status).toBe(200);
      expect((await foreignLead.get(path)).status).toBe(404);
      expect((await foreignRegion.get(path)).status).toBe(404);
      expect((await foreignLead.get(`${path}/${document.id}/file`)).status).toBe(404);
      expect(wrongCity.status).toBe(404);
    });

    it('leaves no outbox job unsent', async () => {
      await eventually(
        async () => (await t.dataSource.getRepository(OutboxEvent).countBy({ status: 'pending' })) === 0,
      );
      expect(await t.dataSource.getRepository(OutboxEvent).countBy({ status: 'pending' })).toBe(0);
    });
  });
});
