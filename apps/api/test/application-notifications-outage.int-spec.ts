import { JOB_DEFINITIONS } from '@smartcity/contracts';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Like } from 'typeorm';

import { MailMessage } from '../src/modules/notifications/mail-message.entity';
import { Notification } from '../src/modules/notifications/notification.entity';
import { OutboxEvent } from '../src/queue/outbox-event.entity';
import { jobOptions, QueueConnections } from '../src/queue/queue-connections';
import {
  anotherCity,
  applicationsWorld,
  expectStatus,
  startApplication,
  type ApplicationsWorld,
} from './applications-fixtures';
import { DisposableRedis } from './redis-server';
import { eventually, TestApp } from './test-app';

const SUBMISSIONS = 20;

/**
 * Acceptance: Redis stopped during 20 submissions through the API — every submission is accepted (the transitions
 * and their jobs wait in the outbox), and once Redis is back every notification arrives exactly once, also when
 * every job is delivered a second time.
 */
describe('application notifications through a Redis outage', () => {
  let redis: DisposableRedis;
  let storageDir: string;
  let t: TestApp;
  let world: ApplicationsWorld;
  const bases: string[] = [];
  const leads: Awaited<ReturnType<typeof anotherCity>>['lead'][] = [];

  beforeAll(async () => {
    redis = await DisposableRedis.start();
    storageDir = await mkdtemp(join(tmpdir(), 'scr-outage-'));
    t = await TestApp.start({ worker: true, env: { REDIS_URL: redis.url, STORAGE_DIR: storageDir } });
    world = await applicationsWorld(t);
    for (let i = 0; i < SUBMISSIONS; i += 1) {
      const other = await anotherCity(t, world);
      const { base } = await startApplication(world, { city: other.city, lead: other.lead });
      bases.push(base);
      leads.push(other.lead);
    }
    // Everything published so far (roadmap evaluations) is relayed before Redis goes away.
    await eventually(
      async () => (await t.dataSource.getRepository(OutboxEvent).countBy({ status: 'pending' })) === 0,
      60_000,
    );
  }, 240_000);

  afterAll(async () => {
    await t.close();
    await redis.stop();
    await rm(storageDir, { recursive: true, force: true });
  });

  const transitionNotices = () =>
    t.dataSource.getRepository(Notification).findBy({ deliveryKey: Like('transition:%') });
  const transitionMails = () =>
    t.dataSource.getRepository(MailMessage).findBy({ deliveryKey: Like('transition:%'), status: 'stored' });

  it('accepts all 20 submissions while Redis is down and notifies nobody yet', async () => {
    await redis.stop();

    const results = await Promise.all(
      bases.map((base, i) => leads[i].post(`${base}/submit`, { revision: 1 })),
    );

    expect(results.map((r) => r.status)).toEqual(Array(SUBMISSIONS).fill(200));
    const waiting = await t.dataSource
      .getRepository(OutboxEvent)
      .countBy({ jobName: 'applications.transition-recorded', status: 'pending' });
    // submit + the automatic begin_regional_review per application.
    expect(waiting).toBe(2 * SUBMISSIONS);
    expect(await transitionNotices()).toHaveLength(0);
  });

  it('delivers every notification exactly once after Redis returns', async () => {
    await redis.resume();

    // The regional coordinator must start each review: one in-app notification and one e-mail per application.
    const notices = await eventually(async () => {
      const rows = await transitionNotices();
      return rows.length >= SUBMISSIONS ? rows : null;
    }, 90_000);
    await eventually(async () => (await transitionMails()).length >= SUBMISSIONS, 60_000);
    await eventually(
      async () => (await t.dataSource.getRepository(OutboxEvent).countBy({ status: 'pending' })) === 0,
      60_000,
    );

    expect(notices).toHaveLength(SUBMISSIONS);
    expect(notices.every((n) => n.userId === world.users.regional.id)).toBe(true);
    expect(
      new Set(notices.map((n) => n.params && (n.params as { applicationId: string }).applicationId)).size,
    ).toBe(SUBMISSIONS);
    expect(await transitionMails()).toHaveLength(SUBMISSIONS);
  }, 240_000);

  it('still counts each notification once when every transition job is delivered again', async () => {
    const queue = t
      .worker!.get(QueueConnections)
      .queue(JOB_DEFINITIONS['applications.transition-recorded'].queue);
    const rows = await t.dataSource
      .getRepository(OutboxEvent)
      .findBy({ jobName: 'applications.transition-recorded' });
    const jobs = await Promise.all(
      rows.map((row) =>
        queue.add(
          'applications.transition-recorded',
          row.payload,
          jobOptions('applications.transition-recorded', `replay-${row.id}`),
        ),
      ),
    );
    await eventually(
      async () => (await Promise.all(jobs.map((j) => j.getState()))).every((s) => s === 'completed'),
      60_000,
    );

    expect(await transitionNotices()).toHaveLength(SUBMISSIONS);
    expect(await t.dataSource.getRepository(MailMessage).countBy({ deliveryKey: Like('transition:%') })).toBe(
      SUBMISSIONS,
    );
    expectStatus(await world.as.regional.get('/api/v1/notifications'), 200);
  }, 120_000);
});
