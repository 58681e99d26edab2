import { JOB_DEFINITIONS } from '@smartcity/contracts';
import { IsNull, Not } from 'typeorm';

import { AuditEvent } from '../src/modules/audit/audit-event.entity';
import { hashPassword } from '../src/modules/identity/passwords';
import { MailMessage } from '../src/modules/notifications/mail-message.entity';
import { Notification } from '../src/modules/notifications/notification.entity';
import type { Organization } from '../src/modules/organizations/organization.entity';
import { OutboxEvent } from '../src/queue/outbox-event.entity';
import { OutboxRelay } from '../src/queue/outbox-relay.service';
import { jobOptions, QueueConnections } from '../src/queue/queue-connections';
import { DisposableRedis } from './redis-server';
import { eventually, TestApp, type Caller } from './test-app';

/** The invitation flow end to end through outbox → relay → BullMQ → worker, including a Redis outage. */
describe('job pipeline', () => {
  let redis: DisposableRedis;
  let t: TestApp;
  let city: Organization;
  let lead: Caller;

  beforeAll(async () => {
    redis = await DisposableRedis.start();
    t = await TestApp.start({ worker: true, env: { REDIS_URL: redis.url } });
    city = (await t.regionWithCity()).city;
    lead = await t.signIn(
      await t.member(city, 'municipal_lead', {
        email: 'lead@pipeline.test',
        passwordHash: await hashPassword('lead password 123'),
      }),
    );
  });

  afterAll(async () => {
    await t.close();
    await redis.stop();
  });

  async function inviteAndReadToken(email: string): Promise<string> {
    const res = await lead.post(`/api/v1/organizations/${city.id}/invitations`, {
      email,
      role: 'municipal_editor',
    });
    expect(res.status).toBe(201);
    const mail = await t.dataSource.getRepository(MailMessage).findOneByOrFail({ toAddress: email });
    return /\/invitations\/([A-Za-z0-9_-]+)/.exec(mail.textBody)![1];
  }

  it('delivers the invitation e-mail through the worker', async () => {
    await inviteAndReadToken('first@pipeline.test');

    const mail = await eventually(() =>
      t.dataSource
        .getRepository(MailMessage)
        .findOneBy({ toAddress: 'first@pipeline.test', status: 'stored' }),
    );
    expect(mail.sentAt).not.toBeNull();
    expect(await t.dataSource.getRepository(OutboxEvent).countBy({ status: 'pending' })).toBe(0);
  });

  it('accepts an invitation while Redis is down and notifies exactly once when it returns', async () => {
    const token = await inviteAndReadToken('offline@pipeline.test');
    await eventually(() =>
      t.dataSource
        .getRepository(OutboxEvent)
        .countBy({ status: 'pending' })
        .then((n) => n === 0),
    );
    await redis.stop();

    const accepted = await t.http
      .post(`/api/v1/invitations/${token}/accept`)
      .send({ displayName: 'Offline Person', password: 'a long enough password' });

    expect(accepted.status).toBe(200);
    const stuck = await eventually(() =>
      t.dataSource
        .getRepository(OutboxEvent)
        .findOneBy({ jobName: 'invitations.notify-accepted', lastError: Not(IsNull()) }),
    );
    expect(stuck.status).toBe('pending');
    expect(await t.dataSource.getRepository(Notification).countBy({ userId: lead.userId })).toBe(0);

    await redis.resume();

    const notification = await eventually(
      () => t.dataSource.getRepository(Notification).findOneBy({ userId: lead.userId }),
      30_000,
    );
    expect(notification).toMatchObject({
      kind: 'invitation-accepted',
      params: expect.objectContaining({ invitee: 'Offline Person' }),
    });
    const mail = await eventually(() =>
      t.dataSource
        .getRepository(MailMessage)
        .findOneBy({ toAddress: 'lead@pipeline.test', status: 'stored' }),
    );
    expect(mail.textBody).toContain('Offline Person');
    expect(await t.dataSource.getRepository(OutboxEvent).findOneByOrFail({ id: stuck.id })).toMatchObject({
      status: 'sent',
    });

    // Redelivery (a relay retry or a second worker) must not notify twice: enqueue the same event again under a
    // fresh job id, let it run, and count.
    const queues = t.worker!.get(QueueConnections);
    const job = await queues
      .queue(JOB_DEFINITIONS['invitations.notify-accepted'].queue)
      .add(
        'invitations.notify-accepted',
        stuck.payload,
        jobOptions('invitations.notify-accepted', `${stuck.id}-again`),
      );
    await eventually(async () => (await job.getState()) === 'completed');
    await t.worker!.get(OutboxRelay).relayPending();

    expect(await t.dataSource.getRepository(Notification).countBy({ userId: lead.userId })).toBe(1);
    expect(await t.dataSource.getRepository(MailMessage).countBy({ toAddress: 'lead@pipeline.test' })).toBe(
      1,
    );
  });

  it('lets the inviter read and mark the notification', async () => {
    const list = await lead.get('/api/v1/notifications');
    const id = list.body.items[0].id as string;

    const marked = await lead.post(`/api/v1/notifications/${id}/read`);
    const after = await lead.get('/api/v1/notifications');

    expect(list.body.unread).toBe(1);
    expect(marked.status).toBe(204);
    expect(after.body.unread).toBe(0);
    const audit = await t.dataSource
      .getRepository(AuditEvent)
      .findOneByOrFail({ action: 'notifications.read', entityId: id });
    expect(audit.actorUserId).toBe(lead.userId);
    const foreign = await (
      await t.asMember(city, 'municipal_editor')
    ).post(`/api/v1/notifications/${id}/read`);
    expect(foreign.status).toBe(404);
  });
});
