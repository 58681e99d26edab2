#!/usr/bin/env node
// `npm start`: everything a developer needs on a fresh machine with Node.js — npm dependencies, PostgreSQL and
// Redis (DATABASE_URL / REDIS_URL when they answer, else local servers with data under .data/dev), build,
// migrations, seed, then api + worker + web until Ctrl-C. See docs/runbooks/local-setup.md.
import { createLogger, paint } from './lib/log.mjs';
import { killAll, onInterrupt } from './lib/proc.mjs';
import { createDatabase, databaseUrl, ensureDeps, ensureServices } from './lib/services.mjs';
import { apiEnv, assertPortsFree, buildAll, migrateAndSeed, startStack } from './lib/stack.mjs';

const DEV_DATABASE = 'smartcity';
const DEMO_PASSWORD = 'demo-password';
const DEMO_LOGINS = [
  ['admin@minstroy.demo', 'ministry: platform + catalogue admin'],
  ['reviewer@minstroy.demo', 'ministry: reviewer'],
  ['coordinator@minstroy.demo', 'ministry: programme coordinator'],
  ['coordinator@kaluga-region.demo', 'Kaluga region: regional coordinator'],
  ['coordinator@kostroma-region.demo', 'Kostroma region: regional coordinator'],
  ['lead@kaluga.demo', 'Kaluga: municipal lead'],
  ['editor@kaluga.demo', 'Kaluga: municipal editor'],
  ['lead@obninsk.demo', 'Obninsk: municipal lead'],
  ['editor@obninsk.demo', 'Obninsk: municipal editor'],
  ['lead@kostroma.demo', 'Kostroma: municipal lead'],
  ['editor@kostroma.demo', 'Kostroma: municipal editor'],
];

const log = createLogger('setup');
const apiPort = Number(process.env.PORT || 3000);
const webPort = Number(process.env.WEB_PORT || 4200);

let services = null;
let stack = null;
let shuttingDown = false;

async function shutdown(code, reason) {
  if (shuttingDown) return;
  shuttingDown = true;
  if (reason) (code === 0 ? log : log.error)(reason);
  if (stack) await stack.stop();
  killAll('SIGTERM'); // a build or install still running
  if (services) await services.stop();
  process.exit(code);
}

onInterrupt((signal) => shutdown(signal === 'SIGINT' ? 0 : 143, `${signal}: stopping…`));

function banner({ webUrl, dbUrl, redisUrl }) {
  const publicApi = `http://localhost:${apiPort}`;
  const width = Math.max(...DEMO_LOGINS.map(([email]) => email.length)) + 2;
  const lines = [
    '',
    paint('bold', 'Smart City Roadmaps is running'),
    `  Web app:   ${paint('cyan', webUrl)}`,
    `  API:       ${publicApi}/api/v1   (health: ${publicApi}/api/v1/health)`,
    `  OpenAPI:   ${publicApi}/api/docs`,
    `  Database:  ${dbUrl}`,
    `  Redis:     ${redisUrl}`,
    `  E-mail:    nothing is sent (MAIL_TRANSPORT=${process.env.MAIL_TRANSPORT || 'mailbox'}); messages are kept in the dev`,
    `             mailbox: sign in as admin@minstroy.demo and open «Исходящая почта (разработка)».`,
    '',
    `  Demo logins (password ${paint('bold', DEMO_PASSWORD)}):`,
    ...DEMO_LOGINS.map(([email, role]) => `    ${email.padEnd(width)}${paint('dim', role)}`),
    '',
    '  Ctrl-C stops everything.',
    '',
  ];
  console.log(lines.join('\n'));
}

async function main() {
  await assertPortsFree({ apiPort, webPort });
  await ensureDeps(log);
  services = await ensureServices({ profile: 'dev', log });
  let dbUrl = services.databaseUrl;
  if (!dbUrl) {
    if (await createDatabase(services.adminDatabaseUrl, DEV_DATABASE))
      log(`created database ${DEV_DATABASE}`);
    dbUrl = databaseUrl(services.adminDatabaseUrl, DEV_DATABASE);
  }
  const webUrl = `http://localhost:${webPort}`;
  const env = apiEnv({
    databaseUrl: dbUrl,
    redisUrl: services.redisUrl,
    apiPort,
    publicWebUrl: process.env.PUBLIC_WEB_URL || webUrl,
    queuePrefix: process.env.QUEUE_PREFIX || 'scr',
    nodeEnv: process.env.NODE_ENV || 'development',
    logLevel: process.env.LOG_LEVEL || 'info',
    mailTransport: process.env.MAIL_TRANSPORT || 'mailbox',
  });

  log('building (nx run-many -t build)…');
  await buildAll();
  log('migrating and seeding…');
  await migrateAndSeed(env);
  if (shuttingDown) return;

  stack = await startStack({ env, apiPort, webPort, log });
  banner({ webUrl, dbUrl, redisUrl: services.redisUrl });

  const exit = await stack.exited;
  if (!shuttingDown) await shutdown(1, `${exit.message}: stopping everything`);
}

main().catch((error) => shutdown(1, `npm start failed: ${error.message}`));
