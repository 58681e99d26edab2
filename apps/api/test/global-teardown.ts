import { Client } from 'pg';

import { TEMPLATE_DATABASE_ENV, TEST_ADMIN_DATABASE_URL } from './test-env';

export default async function globalTeardown(): Promise<void> {
  const name = process.env[TEMPLATE_DATABASE_ENV];
  if (!name) return;
  const admin = new Client({ connectionString: TEST_ADMIN_DATABASE_URL });
  await admin.connect();
  await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
  await admin.end();
}
