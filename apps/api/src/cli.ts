import 'reflect-metadata';

import { loadConfig } from './config/env.config';
import { createDataSource } from './database/data-source';
import { seedCatalogue } from './modules/catalogue/seed/catalogue-seed';
import { createFileStorage } from './modules/roadmaps/roadmaps.module';
import { seedDemo } from './modules/seed/demo-seed';

const USAGE = 'usage: node dist/apps/api/cli.js <migrate|seed|migrate-and-seed>';

function log(msg: string, extra: Record<string, unknown> = {}): void {
  process.stdout.write(`${JSON.stringify({ level: 'info', process: 'cli', msg, ...extra })}\n`);
}

/** Operations commands: run migrations (an explicit deploy step); seed catalogue and demo idempotently. */
async function main(command: string | undefined): Promise<void> {
  if (!command || !['migrate', 'seed', 'migrate-and-seed'].includes(command)) {
    process.stderr.write(`${USAGE}\n`);
    process.exit(2);
  }
  const config = loadConfig();
  const dataSource = await createDataSource(config.DATABASE_URL).initialize();
  try {
    if (command === 'migrate' || command === 'migrate-and-seed') {
      const applied = await dataSource.runMigrations({ transaction: 'each' });
      log('Migrations applied', { applied: applied.map((m) => m.name) });
    }
    if (command === 'seed' || command === 'migrate-and-seed') {
      // The catalogue first: roadmaps pin a framework version, so demo data may refer to it.
      log('Catalogue seeded', { ...(await seedCatalogue(dataSource)) });
      log('Demo seeded', { created: await seedDemo(dataSource, createFileStorage(config)) });
    }
  } finally {
    await dataSource.destroy();
  }
}

main(process.argv[2]).catch((error: Error) => {
  process.stderr.write(`${JSON.stringify({ level: 'fatal', process: 'cli', msg: error.message })}\n`);
  process.exit(1);
});
