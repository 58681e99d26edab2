import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { SESSION_COOKIE } from '@smartcity/contracts';
import http from 'node:http';
import type { AddressInfo } from 'node:net';

import { AppModule } from '../src/app.module';
import { configureHttpApp } from '../src/http-app';
import { Session } from '../src/modules/identity/session.entity';
import { hashSecret, newSecret } from '../src/modules/identity/tokens';
import { Notification } from '../src/modules/notifications/notification.entity';
import type { Organization } from '../src/modules/organizations/organization.entity';
import { RoadmapLiveService } from '../src/modules/roadmaps/roadmap-live.service';
import { catalogueFixture } from './roadmaps-fixtures';
import { eventually, TestApp, type Caller } from './test-app';

type Received = { event: string; data: Record<string, unknown> };

/** Opens an event stream with a session cookie and collects parsed events until closed. */
function openStream(
  url: string,
  cookie: string,
): Promise<{ events: Received[]; status: number; close(): void }> {
  return new Promise((resolve, reject) => {
    const events: Received[] = [];
    const req = http.get(url, { headers: { Cookie: cookie, Accept: 'text/event-stream' } }, (res) => {
      let buffer = '';
      res.setEncoding('utf8');
      res.on('data', (chunk: string) => {
        buffer += chunk;
        let end: number;
        while ((end = buffer.indexOf('\n\n')) >= 0) {
          const block = buffer.slice(0, end);
          buffer = buffer.slice(end + 2);
          const event = /^event: (.*)$/m.exec(block)?.[1] ?? 'message';
          const data = /^data: (.*)$/m.exec(block)?.[1];
          if (data) events.push({ event, data: JSON.parse(data) });
        }
      });
      res.on('error', () => undefined);
      resolve({ events, status: res.statusCode ?? 0, close: () => req.destroy() });
    });
    req.on('error', (err) => (err.message.includes('socket hang up') ? undefined : reject(err)));
  });
}

describe('roadmap collaboration', () => {
  let t: TestApp;
  let second: NestExpressApplication;
  let kaluga: Organization;
  let editor: Caller;
  let colleague: Caller;
  let outsider: Caller;
  let reviewer: Caller;
  let base: string;
  let roadmapId: string;
  let cookie: string;

  beforeAll(async () => {
    t = await TestApp.start({ worker: true });
    // A second API instance on the same database and Redis, as behind a load balancer.
    second = await NestFactory.create<NestExpressApplication>(AppModule, {
      bodyParser: false,
      logger: false,
    });
    configureHttpApp(second);
    await second.listen(0, '127.0.0.1');
    await t.app.listen(0, '127.0.0.1');

    const home = await t.regionWithCity();
    kaluga = home.city;
    const viewer = await t.member(kaluga, 'municipal_editor');
    editor = await t.asMember(kaluga, 'municipal_editor');
    colleague = await t.signIn(viewer);
    outsider = await t.asMember((await t.regionWithCity()).city, 'municipal_editor');
    reviewer = await t.asMember(await t.organization('ministry'), 'ministry_reviewer');
    const token = newSecret();
    await t.dataSource.getRepository(Session).insert({
      userId: viewer.id,
      tokenHash: hashSecret(token),
      csrfToken: newSecret(),
      expiresAt: new Date(Date.now() + 3_600_000),
    });
    cookie = `${SESSION_COOKIE}=${token}`;
    const catalogue = await catalogueFixture(t.dataSource);
    base = `/api/v1/organizations/${kaluga.id}/roadmaps`;
    roadmapId = (
      await editor.post(base, {
        frameworkId: catalogue.frameworkId,
        title: 'Калуга',
        periodStartYear: 2021,
        periodEndYear: 2024,
      })
    ).body.id;
  });

  afterAll(async () => {
    await second.close();
    await t.close();
  });

  const urlOf = (app: NestExpressApplication, path: string) =>
    `http://127.0.0.1:${(app.getHttpServer().address() as AddressInfo).port}${path}`;

  // How fast (the issue asks for under a second) is measured by `npm run bench -- roadmap-1000` (edit → visible in
  // another browser), not asserted here where a loaded CI machine would make it flaky.
  it('delivers a change made through one API instance to a viewer on another', async () => {
    const stream = await openStream(urlOf(second, `${base}/${roadmapId}/events`), cookie);
    await second.get(RoadmapLiveService).ready(roadmapId);

    const res = await editor.post(`${base}/${roadmapId}/problems`, { title: 'Шум', severity: 'medium' });

    const event = await eventually(
      () => Promise.resolve(stream.events.find((e) => e.event === 'roadmap.changed')),
      10_000,
      10,
    );
    stream.close();
    expect(stream.status).toBe(200);
    expect(event.data).toMatchObject({
      roadmapId,
      roadmapRevision: res.body.roadmapRevision,
      action: 'roadmaps.problem-created',
      entityType: 'roadmap_problem',
      entityId: res.body.problem.id,
      actorUserId: editor.userId,
    });
  });

  it('refuses the event stream to another municipality', async () => {
    const res = await outsider.get(`${base}/${roadmapId}/events`);

    expect(res.status).toBe(404);
  });

  it('notifies mentioned people through the outbox and the worker, once each', async () => {
    const res = await editor.post(`${base}/${roadmapId}/comments`, {
      body: `@[Коллега](${colleague.userId}) и @[Рецензент](${reviewer.userId}), посмотрите раздел о транспорте`,
    });

    expect(res.status).toBe(201);
    expect(res.body.mentionedUserIds).toEqual([colleague.userId, reviewer.userId]);
    const notes = await eventually(async () => {
      const rows = await t.dataSource.getRepository(Notification).findBy({ kind: 'roadmap-mention' });
      return rows.length === 2 ? rows : null;
    });
    expect(notes.map((n) => n.userId).sort()).toEqual([colleague.userId, reviewer.userId].sort());
    expect(notes[0].params).toMatchObject({ roadmapTitle: 'Калуга', itemTitle: null });
    expect(notes[0].link).toContain(roadmapId);
    const list = await reviewer.get(`${base}/${roadmapId}/comments`);
    expect(list.body.items).toHaveLength(1);
  });

  it('refuses to mention someone who cannot see the roadmap, naming the field', async () => {
    const res = await editor.post(`${base}/${roadmapId}/comments`, {
      body: `@[Чужой](${outsider.userId}) привет`,
    });

    expect(res.status).toBe(400);
    expect(res.body.details.fields[0].field).toBe('body');
  });
});
