import { randomBytes } from 'node:crypto';
import { Client } from 'pg';

import { createDataSource } from '../src/database/data-source';
import { databaseUrl, TEMPLATE_DATABASE_ENV, TEST_ADMIN_DATABASE_URL } from './test-env';

/** Migrates one template database per run; each test file clones it (CREATE DATABASE … TEMPLATE), which is fast. */
export default async function globalSetup(): Promise<void> {
  const name = `scr_tpl_${randomBytes(4).toString('hex')}`;
  const admin = new Client({ connectionString: TEST_ADMIN_DATABASE_URL });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  const dataSource = await createDataSource(databaseUrl(name)).initialize();
  await dataSource.runMigrations({ transaction: 'each' });
  await dataSource.destroy();
  process.env[TEMPLATE_DATABASE_ENV] = name;
}
