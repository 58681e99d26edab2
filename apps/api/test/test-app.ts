import type { INestApplicationContext } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { CSRF_HEADER, SESSION_COOKIE } from '@smartcity/contracts';
import type { OrganizationKind, Role } from '@smartcity/domain';
import { randomBytes } from 'node:crypto';
import request from 'supertest';
import { DataSource } from 'typeorm';

import { AppModule } from '../src/app.module';
import { configureHttpApp } from '../src/http-app';
import { Membership } from '../src/modules/identity/membership.entity';
import { Session } from '../src/modules/identity/session.entity';
import { hashSecret, newSecret } from '../src/modules/identity/tokens';
import { User } from '../src/modules/identity/user.entity';
import { Organization } from '../src/modules/organizations/organization.entity';
import { WorkerModule } from '../src/worker.module';
import { createTestDatabase, type TestDatabase } from './test-database';
import { TEST_REDIS_URL } from './test-env';

export type TestAppOptions = { env?: Record<string, string>; worker?: boolean };

/** A signed-in caller: supertest with the session cookie and the CSRF header already set. */
export type Caller = {
  userId: string;
  csrfToken: string;
  get(path: string): request.Test;
  post(path: string, body?: object): request.Test;
  patch(path: string, body?: object): request.Test;
  put(path: string, body?: object): request.Test;
  delete(path: string): request.Test;
};

/**
 * The real HTTP application (same configuration as main.ts) on a fresh database, with helpers that insert
 * organizations, users and sessions through the real entities (no test-only endpoints).
 */
export class TestApp {
  private constructor(
    readonly app: NestExpressApplication,
    readonly database: TestDatabase,
    readonly dataSource: DataSource,
    readonly worker: INestApplicationContext | null,
  ) {}

  static async start(options: TestAppOptions = {}): Promise<TestApp> {
    const database = await createTestDatabase();
    Object.assign(process.env, {
      NODE_ENV: 'test',
      DATABASE_URL: database.url,
      REDIS_URL: TEST_REDIS_URL,
      LOG_LEVEL: process.env.TEST_LOG_LEVEL ?? 'silent',
      QUEUE_PREFIX: `t${randomBytes(4).toString('hex')}`,
      OUTBOX_POLL_MS: '200',
      ...options.env,
    });
    const app = await NestFactory.create<NestExpressApplication>(AppModule, {
      bodyParser: false,
      logger: false,
    });
    configureHttpApp(app);
    await app.init();
    const worker = options.worker
      ? await NestFactory.createApplicationContext(WorkerModule, { logger: false }).then((w) => w.init())
      : null;
    return new TestApp(app, database, app.get(DataSource), worker);
  }

  get http() {
    return request(this.app.getHttpServer());
  }

  async close(): Promise<void> {
    await this.worker?.close();
    await this.app.close();
    await this.database.drop();
  }

  async organization(kind: OrganizationKind, overrides: Partial<Organization> = {}): Promise<Organization> {
    const repo = this.dataSource.getRepository(Organization);
    const suffix = randomBytes(3).toString('hex');
    return repo.save(
      repo.create({
        kind,
        nameRu: `${kind} ${suffix}`,
        nameEn: `${kind} ${suffix}`,
        parentId: null,
        population: kind === 'municipality' ? 150_000 : null,
        ...overrides,
      }),
    );
  }

  /** A region with one municipality in it. */
  async regionWithCity(): Promise<{ region: Organization; city: Organization }> {
    const region = await this.organization('region');
    const city = await this.organization('municipality', { parentId: region.id });
    return { region, city };
  }

  async user(overrides: Partial<User> = {}): Promise<User> {
    const repo = this.dataSource.getRepository(User);
    const email = `user-${randomBytes(4).toString('hex')}@test.local`;
    return repo.save(
      repo.create({ email, displayName: email, passwordHash: null, locale: 'ru', ...overrides }),
    );
  }

  async member(organization: Organization, role: Role, overrides: Partial<User> = {}): Promise<User> {
    const user = await this.user(overrides);
    await this.dataSource
      .getRepository(Membership)
      .insert({ userId: user.id, organizationId: organization.id, role });
    return user;
  }

  /** Mints a session for the user directly, as sign-in would, and returns a caller using it. */
  async signIn(user: User): Promise<Caller> {
    const token = newSecret();
    const csrfToken = newSecret();
    await this.dataSource.getRepository(Session).insert({
      userId: user.id,
      tokenHash: hashSecret(token),
      csrfToken,
      expiresAt: new Date(Date.now() + 3_600_000),
    });
    return this.caller(user.id, token, csrfToken);
  }

  caller(userId: string, token: string, csrfToken: string): Caller {
    const cookie = `${SESSION_COOKIE}=${token}`;
    const server = this.app.getHttpServer();
    return {
      userId,
      csrfToken,
      get: (path) => request(server).get(path).set('Cookie', cookie),
      post: (path, body) =>
        request(server).post(path).set('Cookie', cookie).set(CSRF_HEADER, csrfToken).send(body),
      patch: (path, body) =>
        request(server).patch(path).set('Cookie', cookie).set(CSRF_HEADER, csrfToken).send(body),
      put: (path, body) =>
        request(server).put(path).set('Cookie', cookie).set(CSRF_HEADER, csrfToken).send(body),
      delete: (path) => request(server).delete(path).set('Cookie', cookie).set(CSRF_HEADER, csrfToken),
    };
  }

  async asMember(organization: Organization, role: Role): Promise<Caller> {
    return this.signIn(await this.member(organization, role));
  }
}

/** Polls `probe` until it returns a truthy value or the timeout passes. */
export async function eventually<T>(
  probe: () => Promise<T>,
  timeoutMs = 15_000,
  intervalMs = 100,
): Promise<NonNullable<T>> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (value) return value;
    if (Date.now() > deadline) throw new Error(`Condition not met within ${timeoutMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, intervalMs));
  }
}
