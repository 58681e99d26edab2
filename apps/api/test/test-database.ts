import { randomBytes } from 'node:crypto';
import { Client } from 'pg';

import { databaseUrl, TEMPLATE_DATABASE_ENV, TEST_ADMIN_DATABASE_URL } from './test-env';

export type TestDatabase = { name: string; url: string; drop(): Promise<void> };

/** Runs work on the maintenance database (create/drop databases and roles). */
export async function admin<T>(work: (client: Client) => Promise<T>): Promise<T> {
  const client = new Client({ connectionString: TEST_ADMIN_DATABASE_URL });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

/** A fresh, migrated database for one test file, cloned from the run's template; dropped by `drop()`. */
export async function createTestDatabase(): Promise<TestDatabase> {
  const template = process.env[TEMPLATE_DATABASE_ENV];
  if (!template)
    throw new Error('Integration tests must run with apps/api/jest.int.config.js (global setup)');
  const name = `scr_test_${randomBytes(5).toString('hex')}`;
  await admin((c) => c.query(`CREATE DATABASE ${name} TEMPLATE ${template}`));
  return {
    name,
    url: databaseUrl(name),
    drop: () => admin((c) => c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`)).then(() => undefined),
  };
}
