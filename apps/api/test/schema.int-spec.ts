import { Test } from '@nestjs/testing';

import { ConfigModule } from '../src/config/config.module';
import { createDataSource } from '../src/database/data-source';
import { Organization } from '../src/modules/organizations/organization.entity';
import { DEMO_ORGANIZATIONS, DEMO_USERS } from '../src/modules/seed/demo-data';
import { seedDemo } from '../src/modules/seed/demo-seed';
import { DatabaseModule } from '../src/database/database.module';
import { CommonModule } from '../src/common/common.module';
import { AuditModule } from '../src/modules/audit/audit.module';
import { NotificationsModule } from '../src/modules/notifications/notifications.module';
import { JobRegistry } from '../src/queue/job-registry.service';
import { DiscoveryModule } from '@nestjs/core';
import { SendMailMessageHandler } from '../src/modules/notifications/send-mail-message.handler';
import { createTestDatabase, type TestDatabase } from './test-database';
import { TEST_REDIS_URL } from './test-env';

describe('schema, seed and worker boot', () => {
  let db: TestDatabase;

  beforeAll(async () => {
    db = await createTestDatabase();
  });

  afterAll(() => db.drop());

  // Migrations are hand-written SQL (checks, triggers, partial indexes that entities do not describe), so the
  // check is one-way: every entity column exists in the migrated schema with the same nullability.
  it('has every entity column in the migrated schema', async () => {
    const dataSource = await createDataSource(db.url).initialize();
    try {
      const rows: { table_name: string; column_name: string; is_nullable: 'YES' | 'NO' }[] =
        await dataSource.query(
          `SELECT table_name, column_name, is_nullable FROM information_schema.columns WHERE table_schema = 'public'`,
        );
      const actual = new Map(rows.map((r) => [`${r.table_name}.${r.column_name}`, r.is_nullable === 'YES']));
      const problems: string[] = [];
      for (const entity of dataSource.entityMetadatas) {
        for (const column of entity.columns) {
          const key = `${entity.tableName}.${column.databaseName}`;
          if (!actual.has(key)) problems.push(`${key} is missing`);
          else if (actual.get(key) !== column.isNullable) problems.push(`${key} nullability differs`);
        }
      }

      expect(dataSource.entityMetadatas.length).toBeGreaterThan(5);
      expect(problems).toEqual([]);
    } finally {
      await dataSource.destroy();
    }
  });

  it('seeds the demo idempotently: a second run creates nothing', async () => {
    const dataSource = await createDataSource(db.url).initialize();
    try {
      const first = await seedDemo(dataSource);
      const second = await seedDemo(dataSource);

      expect(first.organizations).toBe(DEMO_ORGANIZATIONS.length);
      expect(first.users).toBe(DEMO_USERS.length);
      expect(second).toEqual({ organizations: 0, users: 0, memberships: 0, roadmaps: 0, applications: 0 });
      expect(await dataSource.getRepository(Organization).count()).toBe(DEMO_ORGANIZATIONS.length);
    } finally {
      await dataSource.destroy();
    }
  });

  it('refuses to start the worker when a job has no handler', async () => {
    Object.assign(process.env, { DATABASE_URL: db.url, REDIS_URL: TEST_REDIS_URL, LOG_LEVEL: 'silent' });
    // Only one of the handlers is registered, as if a new job name had been added without one.
    const moduleRef = await Test.createTestingModule({
      imports: [
        ConfigModule,
        DatabaseModule,
        CommonModule,
        AuditModule,
        NotificationsModule,
        DiscoveryModule,
      ],
      providers: [JobRegistry, SendMailMessageHandler],
    }).compile();
    try {
      expect(() => moduleRef.get(JobRegistry).resolve()).toThrow(
        /job "invitations.notify-accepted" has no handler/,
      );
    } finally {
      await moduleRef.close();
    }
  });
});
