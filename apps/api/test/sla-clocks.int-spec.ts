import type { INestApplicationContext } from '@nestjs/common';
import { Test } from '@nestjs/testing';
import { JOB_DEFINITIONS } from '@smartcity/contracts';
import { Like } from 'typeorm';

import { MailMessage } from '../src/modules/notifications/mail-message.entity';
import { Notification } from '../src/modules/notifications/notification.entity';
import { Clock } from '../src/modules/sla/clock';
import { SlaClock } from '../src/modules/sla/sla-clock.entity';
import { jobOptions, QueueConnections } from '../src/queue/queue-connections';
import { WorkerModule } from '../src/worker.module';
import { eventually, TestApp } from './test-app';
import {
  actorOf,
  insertApplication,
  recordTransition,
  transitionWorld,
  type ApplicationHandle,
  type TransitionWorld,
} from './transition-fixtures';

const DAY = 24 * 3600 * 1000;

/** The worker's clock, moved by the test. */
class TestClock extends Clock {
  constructor(public current: Date) {
    super();
  }

  now(): Date {
    return this.current;
  }
}

/**
 * Review SLA clocks with controlled time: transitions are recorded at chosen moments (the clock counts from the
 * transition, not from when its job runs) and the worker runs with a test clock. Regional stage: 10 days; the
 * reminder goes 2 days before the due date (SLA_REMINDER_DAYS default).
 */
describe('SLA clocks', () => {
  let t: TestApp;
  let worker: INestApplicationContext;
  let w: TransitionWorld;
  let application: ApplicationHandle;
  let clock: TestClock;
  const base = new Date(Math.floor(Date.now() / 1000) * 1000);
  const at = (days: number) => new Date(base.getTime() + days * DAY);
  let regionalClock: () => Promise<SlaClock>;
  let manual = 0;

  beforeAll(async () => {
    t = await TestApp.start();
    clock = new TestClock(base);
    const moduleRef = await Test.createTestingModule({ imports: [WorkerModule] })
      .overrideProvider(Clock)
      .useValue(clock)
      .compile();
    moduleRef.useLogger(false);
    worker = await moduleRef.init();
    w = await transitionWorld(t);
    application = await insertApplication(t.dataSource, w);
    regionalClock = () =>
      t.dataSource
        .getRepository(SlaClock)
        .findOneByOrFail({ applicationId: application.id, stage: 'regional' });
  });

  afterAll(async () => {
    await worker.close();
    await t.close();
  });

  const queue = () => worker.get(QueueConnections).queue(JOB_DEFINITIONS['sla.check-clock'].queue);

  /** Wakes the clock now (as its delayed job would) and waits for the wake-up to finish. */
  async function wake(clockId: string): Promise<void> {
    manual += 1;
    const job = await queue().add(
      'sla.check-clock',
      { v: 1, clockId },
      jobOptions('sla.check-clock', `manual-${clockId}-${manual}`),
    );
    await eventually(async () => (await job.getState()) === 'completed');
  }

  const slaNotices = (kind: string) =>
    t.dataSource.getRepository(Notification).findBy({ kind: kind as Notification['kind'] });

  it('starts the regional clock when review begins and schedules a wake-up for the reminder', async () => {
    await recordTransition(
      t.dataSource,
      w,
      application,
      'submit',
      actorOf(w.lead, w.city, 'municipal_lead'),
      {
        occurredAt: at(-5),
      },
    );

    const started = await eventually(async () => {
      const row = await t.dataSource
        .getRepository(SlaClock)
        .findOneBy({ applicationId: application.id, stage: 'regional' });
      return row?.status === 'running' ? row : null;
    });
    expect(started).toMatchObject({ slaDays: 10, startedAt: at(-5), runningSince: at(-5) });
    // Due at day 5, reminder 2 days before: the wake-up is a delayed job at day 3.
    const wakeUp = await eventually(async () =>
      (await queue().getDelayed()).find((job) => job.id === `sla-${started.id}-${at(3).getTime()}`),
    );
    expect(wakeUp.delay).toBe(3 * DAY);
  });

  it('pauses while the application is back with the municipality and resumes on resubmission', async () => {
    const reviewer = actorOf(w.regionalReviewer, w.region, 'regional_coordinator');
    await recordTransition(t.dataSource, w, application, 'request_changes', reviewer, {
      occurredAt: at(-4),
      reasons: ['Нет обоснования бюджета'],
    });
    const paused = await eventually(async () => {
      const row = await regionalClock();
      return row.status === 'paused' ? row : null;
    });
    const coordinator = await t.signIn(w.regionalReviewer);
    const board = await coordinator.get('/api/v1/sla/board');

    expect(Number(paused.elapsedMs)).toBe(1 * DAY);
    expect(paused.pausedAt).toEqual(at(-4));
    expect(board.status).toBe(200);
    expect(board.body.stages[0].items).toEqual([
      expect.objectContaining({
        applicationId: application.id,
        stage: 'regional',
        isPaused: true,
        dueAt: null,
        remainingDays: 9,
        isOverdue: false,
      }),
    ]);

    await recordTransition(
      t.dataSource,
      w,
      application,
      'resubmit',
      actorOf(w.lead, w.city, 'municipal_lead'),
      {
        occurredAt: at(-1),
        itemTitle: 'Платформа вовлечения граждан (исправлено)',
      },
    );
    const resumed = await eventually(async () => {
      const row = await regionalClock();
      return row.status === 'running' ? row : null;
    });
    const after = await coordinator.get('/api/v1/sla/board');

    // 1 day counted before the pause, 3 days paused: due 9 days after resuming, at day 8.
    expect(resumed).toMatchObject({ runningSince: at(-1), elapsedMs: String(DAY) });
    expect(after.body.stages[0].items[0]).toMatchObject({ isPaused: false, dueAt: at(8).toISOString() });
    await eventually(async () =>
      (await queue().getDelayed()).some((job) => job.id === `sla-${resumed.id}-${at(6).getTime()}`),
    );
  });

  it('reminds the stage reviewers once, two days before the due date', async () => {
    const { id } = await regionalClock();
    clock.current = at(6.5);

    await wake(id);
    await wake(id);

    const reminders = await slaNotices('sla-reminder');
    expect(reminders).toHaveLength(1);
    expect(reminders[0]).toMatchObject({
      userId: w.regionalReviewer.id,
      params: expect.objectContaining({ stage: 'regional', daysLeft: 2, dueAt: at(8).toISOString() }),
    });
    const mails = await t.dataSource
      .getRepository(MailMessage)
      .findBy({ deliveryKey: Like(`sla-reminder:${id}:%`) });
    expect(mails.map((m) => m.toAddress)).toEqual([w.regionalReviewer.email]);
    expect((await regionalClock()).reminderSentAt).toEqual(at(6.5));
    // The next wake-up is the due date.
    expect((await queue().getDelayed()).some((job) => job.id === `sla-${id}-${at(8).getTime()}`)).toBe(true);
  });

  it('escalates once when the due date has passed: marks the clock overdue and tells the coordinators', async () => {
    const { id } = await regionalClock();
    clock.current = at(9.2);

    await wake(id);
    await wake(id);

    const overdue = await slaNotices('sla-overdue');
    expect(overdue.map((n) => n.userId).sort()).toEqual([w.coordinator.id, w.regionalReviewer.id].sort());
    expect(overdue[0].params).toMatchObject({ daysOverdue: 1, stage: 'regional' });
    expect((await regionalClock()).overdueAt).toEqual(at(9.2));
    const board = await (await t.signIn(w.coordinator)).get('/api/v1/sla/board');
    expect(board.body.stages[0].items[0]).toMatchObject({ isOverdue: true, reminderSent: true });
  });

  it('ignores a stale wake-up of a stopped clock and starts the ministry clock on passing', async () => {
    await recordTransition(
      t.dataSource,
      w,
      application,
      'pass_regional_review',
      actorOf(w.regionalReviewer, w.region, 'regional_coordinator'),
      { occurredAt: at(9.5) },
    );
    const stopped = await eventually(async () => {
      const row = await regionalClock();
      return row.status === 'stopped' ? row : null;
    });
    // Deliveries about this (regional) clock only: the new ministry clock runs its own checks meanwhile.
    const aboutRegional = () =>
      t.dataSource.getRepository(Notification).countBy({ deliveryKey: Like(`sla-%:${stopped.id}:%`) });
    const before = await aboutRegional();
    clock.current = at(30);

    await wake(stopped.id);

    expect(await aboutRegional()).toBe(before);
    expect((await regionalClock()).overdueAt).toEqual(at(9.2));
    expect(Number(stopped.elapsedMs)).toBe(DAY + 10.5 * DAY);
    const ministry = await eventually(() =>
      t.dataSource.getRepository(SlaClock).findOneBy({ applicationId: application.id, stage: 'ministry' }),
    );
    expect(ministry).toMatchObject({ status: 'running', slaDays: 15 });
  });

  it('scopes the board: the region sees its applications, other regions nothing, municipalities are refused', async () => {
    const other = await t.regionWithCity();
    const foreignCoordinator = await t.asMember(other.region, 'regional_coordinator');
    const lead = await t.signIn(w.lead);
    const reviewer = await t.signIn(w.ministryReviewer);

    const own = await (await t.signIn(w.regionalReviewer)).get('/api/v1/sla/board');
    const foreign = await foreignCoordinator.get('/api/v1/sla/board');
    const refused = await lead.get('/api/v1/sla/board');
    const ministry = await reviewer.get('/api/v1/sla/board');

    expect(own.body.stages[1].items.map((i: { applicationId: string }) => i.applicationId)).toEqual([
      application.id,
    ]);
    expect(foreign.status).toBe(200);
    expect(foreign.body.stages.flatMap((s: { items: unknown[] }) => s.items)).toEqual([]);
    expect(refused.status).toBe(403);
    expect(ministry.body.stages[1].items).toHaveLength(1);
  });
  it('reminds again of the new due date after the clock was paused and resumed', async () => {
    const ministryClock = () =>
      t.dataSource
        .getRepository(SlaClock)
        .findOneByOrFail({ applicationId: application.id, stage: 'ministry' });
    const reviewer = actorOf(w.ministryReviewer, w.ministry, 'ministry_reviewer');
    const reminders = async () =>
      (await slaNotices('sla-reminder')).filter((n) => n.userId === w.ministryReviewer.id);
    // Ministry stage: 15 days from day 9.5, due at day 24.5; reminded from day 22.5.
    clock.current = at(23);
    await wake((await ministryClock()).id);
    expect(await reminders()).toHaveLength(1);

    await recordTransition(t.dataSource, w, application, 'request_changes', reviewer, {
      occurredAt: at(23.5),
      reasons: ['Уточните показатели'],
    });
    await eventually(async () => (await ministryClock()).status === 'paused');
    // The worker's time moves on before the resubmission, so the resumed clock's own check sees it too.
    clock.current = at(26.5);
    await recordTransition(
      t.dataSource,
      w,
      application,
      'resubmit',
      actorOf(w.lead, w.city, 'municipal_lead'),
      {
        occurredAt: at(26),
      },
    );
    await eventually(async () => (await ministryClock()).status === 'running');
    await wake((await ministryClock()).id);

    // 14 days counted before the pause: due a day after resuming, at day 27.
    const [, second] = (await reminders()).sort((a, b) => a.createdAt.getTime() - b.createdAt.getTime());
    expect(await reminders()).toHaveLength(2);
    expect(second.params).toMatchObject({ dueAt: at(27).toISOString(), daysLeft: 1 });
  });
});
