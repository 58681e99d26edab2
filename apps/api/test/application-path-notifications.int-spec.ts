import type { ApplicationDetailResponse } from '@smartcity/contracts';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Like } from 'typeorm';

import { ApplicationDocument } from '../src/modules/documents/document.entity';
import type { User } from '../src/modules/identity/user.entity';
import { MailMessage } from '../src/modules/notifications/mail-message.entity';
import { Notification } from '../src/modules/notifications/notification.entity';
import { SlaClock } from '../src/modules/sla/sla-clock.entity';
import {
  answerChecklist,
  applicationsWorld,
  expectStatus,
  startApplication,
  type ApplicationsWorld,
} from './applications-fixtures';
import { eventually, TestApp } from './test-app';

const PDF = Buffer.from('%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n');

/**
 * Acceptance (issue 6): the whole path through the API with the worker running — submit → regional pass →
 * ministry requests changes → resubmit → approve → agreement — and each notification delivered exactly once to
 * the people who must act next (and the applicant on decisions), in the app and by e-mail.
 */
describe('notifications over the whole application path (API + worker)', () => {
  let t: TestApp;
  let storageDir: string;
  let world: ApplicationsWorld;
  let lead2: User;
  let app: ApplicationDetailResponse;
  let base: string;

  beforeAll(async () => {
    storageDir = await mkdtemp(join(tmpdir(), 'scr-path-'));
    t = await TestApp.start({ worker: true, env: { STORAGE_DIR: storageDir } });
    world = await applicationsWorld(t);
    lead2 = await t.member(world.city, 'municipal_lead');
    const started = await startApplication(world);
    app = started.application;
    base = started.base;
  }, 120_000);

  afterAll(async () => {
    await t.close();
    await rm(storageDir, { recursive: true, force: true });
  });

  it('walks the path through the API', async () => {
    const { as } = world;
    app = expectStatus(await as.lead.post(`${base}/submit`, { revision: app.revision }), 200).body;
    await answerChecklist(world, as.regional, base);
    app = expectStatus(
      await as.regional.post(`${base}/decision`, { revision: app.revision, decision: 'pass' }),
      200,
    ).body;
    app = expectStatus(
      await as.reviewer.post(`${base}/decision`, {
        revision: app.revision,
        decision: 'request_changes',
        reasons: ['Источник финансирования не подтверждён'],
      }),
      200,
    ).body;
    app = expectStatus(await as.lead.post(`${base}/resubmit`, { revision: app.revision }), 200).body;
    await answerChecklist(world, as.reviewer, base);
    app = expectStatus(
      await as.reviewer.post(`${base}/decision`, { revision: app.revision, decision: 'pass' }),
      200,
    ).body;
    const file = expectStatus(
      await as.coordinator.post(`${base}/agreement/file`).attach('file', PDF, 'Соглашение.pdf'),
      201,
    ).body as { id: string };
    app = expectStatus(
      await as.coordinator.post(`${base}/agreement`, {
        revision: app.revision,
        number: 'СГ-1/2019',
        signedOn: '2019-09-15',
        signatories: [
          { party: 'ministry', name: 'Министр' },
          { party: 'region', name: 'Губернатор' },
          { party: 'municipality', name: 'Глава города' },
        ],
        fileId: file.id,
      }),
      200,
    ).body;

    expect(app.status).toBe('agreement_signed');
    expect(app.transitions.map((tr) => tr.transition)).toEqual([
      'submit',
      'begin_regional_review',
      'pass_regional_review',
      'request_changes',
      'resubmit',
      'resume_ministry_review',
      'approve',
      'sign_agreement',
    ]);
  });

  it('delivers each notification exactly once, in the app and by e-mail', async () => {
    const { users } = world;
    const id = (name: string) => app.transitions.find((tr) => tr.transition === name)!.id;
    const who: [string, User[]][] = [
      ['submit', [lead2]],
      ['begin_regional_review', [users.regional]],
      ['pass_regional_review', [users.reviewer, users.lead, lead2]],
      ['request_changes', [users.lead, lead2]],
      ['resume_ministry_review', [users.reviewer]],
      ['approve', [users.lead, lead2, users.regional, users.coordinator]],
      ['sign_agreement', [users.lead, lead2, users.regional]],
    ];
    const expected = who
      .flatMap(([name, people]) =>
        people.flatMap((p) => [
          `transition:${id(name)}:${p.id}:in_app`,
          `transition:${id(name)}:${p.id}:email`,
        ]),
      )
      .sort();
    const keys = async () =>
      [
        ...(await t.dataSource.getRepository(Notification).findBy({ deliveryKey: Like('transition:%') })),
        ...(await t.dataSource.getRepository(MailMessage).findBy({ deliveryKey: Like('transition:%') })),
      ]
        .map((row) => row.deliveryKey)
        .sort();

    await eventually(async () => (await keys()).length >= expected.length, 60_000);
    await eventually(
      async () => (await t.dataSource.getRepository(MailMessage).countBy({ status: 'pending' })) === 0,
    );

    expect(await keys()).toEqual(expected);
    const leadInbox = expectStatus(await world.as.lead.get('/api/v1/notifications'), 200).body as {
      items: { kind: string }[];
    };
    expect(leadInbox.items.filter((n) => n.kind === 'application-decision')).toHaveLength(4);
  });

  it('ran the clocks and rendered the four documents', async () => {
    const documents = await eventually(async () => {
      const rows = await t.dataSource.getRepository(ApplicationDocument).findBy({ applicationId: app.id });
      return rows.length === 4 && rows.every((d) => d.status === 'ready') ? rows : null;
    }, 60_000);
    const clocks = await t.dataSource.getRepository(SlaClock).findBy({ applicationId: app.id });

    expect(documents.map((d) => d.kind).sort()).toEqual([
      'application',
      'application',
      'decision_letter',
      'decision_letter',
    ]);
    expect(clocks.map((c) => [c.stage, c.status, c.slaDays]).sort()).toEqual([
      ['ministry', 'stopped', 20],
      ['regional', 'stopped', 10],
    ]);
  });
});
