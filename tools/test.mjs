#!/usr/bin/env node
// `npm test`: the whole check a CI run does, on a fresh machine with Node.js — npm dependencies, PostgreSQL and
// Redis (DATABASE_URL / REDIS_URL when they answer, else local servers with data under .data/test), Chromium,
// lint + typecheck, build, unit tests, integration tests, browser tests against a freshly migrated and seeded
// stack. Always ends with a summary and one line `N passed, N failed`; exits 1 when anything failed.
//
//   npm test                      everything
//   npm test -- --only unit       only some groups: unit, int, e2e, lint (comma-separated or repeated)
//   npm test -- --only e2e approval   only the test files whose path matches a pattern (jest's testPathPattern)
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { runJest } from './lib/jest.mjs';
import { createLogger, formatDuration, paint } from './lib/log.mjs';
import { ROOT, killAll, onInterrupt } from './lib/proc.mjs';
import {
  CHROMIUM_PATH,
  createDatabase,
  databaseUrl,
  deleteKeys,
  dropDatabase,
  ensureChromium,
  ensureDeps,
  ensureRedisServerBinary,
  ensureServices,
} from './lib/services.mjs';
import { apiEnv, buildAll, migrateAndSeed, nxEnv, nxRunMany, startStack } from './lib/stack.mjs';

Object.assign(process.env, nxEnv()); // NX_DAEMON=false, NX_NO_CLOUD=true for every child; CI passes through

const GROUP_STEPS = {
  lint: 'lint + typecheck',
  unit: 'unit tests',
  int: 'integration tests',
  e2e: 'browser tests (e2e)',
};
const GROUPS = Object.keys(GROUP_STEPS);
const E2E_API_PORT = Number(process.env.E2E_API_PORT || 3100);
const E2E_WEB_PORT = Number(process.env.E2E_WEB_PORT || 4300);
const E2E_ARTIFACTS_DIR = path.join(ROOT, 'dist/e2e-artifacts');
/** Where the browser-test stack (api, worker, web) writes its logs; their tails are printed when a journey fails. */
const E2E_LOG_DIR = path.join(ROOT, 'dist/e2e-logs');

const log = createLogger('test');
const setupLog = createLogger('setup');

const USAGE = `usage: npm test [-- --only ${GROUPS.join('|')}[,…]] [test file pattern …]`;

function parseArgs(argv) {
  const only = new Set();
  const patterns = [];
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    let value = null;
    if (!arg.startsWith('-')) {
      patterns.push(arg);
      continue;
    }
    if (arg === '--only') value = argv[++i];
    else if (arg.startsWith('--only=')) value = arg.slice('--only='.length);
    else if (arg === '--help' || arg === '-h') {
      console.log(USAGE);
      process.exit(0);
    } else {
      console.error(`unknown argument ${arg}; ${USAGE}`);
      process.exit(2);
    }
    for (const group of (value ?? '').split(',').filter(Boolean)) {
      if (!GROUPS.includes(group)) {
        console.error(`--only takes ${GROUPS.join(', ')}; got ${group || 'nothing'}`);
        process.exit(2);
      }
      only.add(group);
    }
    if (!value) {
      console.error(`--only needs a value: ${GROUPS.join(', ')}`);
      process.exit(2);
    }
  }
  return { groups: only.size > 0 ? only : new Set(GROUPS), patterns };
}

const { groups, patterns } = parseArgs(process.argv.slice(2));
const results = []; // { name, status: 'passed' | 'failed' | 'skipped', ms, passed, failed, detail }
let interrupted = null;
let services = null;

onInterrupt((signal) => {
  interrupted = signal;
  log.error(`${signal}: stopping the current step, then cleaning up…`);
  killAll('SIGTERM');
});

/**
 * Runs one step. `fn` resolves to { passed, failed, detail } (tests counted) or to nothing (a check that
 * passed); a thrown error is one failure. A step whose prerequisite failed is not run and counts as failed.
 */
async function step(name, fn, { blockedBy = [] } = {}) {
  const blocker = blockedBy.find((dependency) => dependency && dependency.status !== 'passed');
  const result = { name, status: 'failed', ms: 0, passed: 0, failed: 0, detail: '' };
  results.push(result);
  if (interrupted || blocker) {
    Object.assign(result, {
      failed: 1,
      detail: interrupted ? `not run: interrupted (${interrupted})` : `not run: ${blocker.name} failed`,
    });
    log.error(`✖ ${name}: ${result.detail}`);
    return result;
  }
  log(paint('bold', `▶ ${name}`));
  const started = Date.now();
  try {
    const { passed = 0, failed = 0, detail = '' } = (await fn()) ?? {};
    Object.assign(result, { passed, failed, detail });
  } catch (error) {
    Object.assign(result, { failed: 1, detail: error.message.split('\n')[0] });
    if (error.message.includes('\n')) log.error(error.message);
  }
  if (interrupted && result.failed === 0)
    Object.assign(result, { failed: 1, detail: `interrupted (${interrupted})` });
  result.ms = Date.now() - started;
  result.status = result.failed > 0 ? 'failed' : 'passed';
  const summary = `${name} (${formatDuration(result.ms)})${result.detail ? `: ${result.detail}` : ''}`;
  if (result.status === 'passed') log(`✔ ${summary}`);
  else log.error(`✖ ${summary}`);
  return result;
}

const skipped = (name, why) =>
  results.push({ name, status: 'skipped', ms: 0, passed: 0, failed: 0, detail: why });

/** Turns a runJest() result into a step outcome. */
function jestOutcome({ passed, failed, notes }) {
  return { passed, failed, detail: [`${passed} passed, ${failed} failed`, ...notes].join('; ') };
}

async function e2eStep() {
  const suffix = randomBytes(4).toString('hex');
  const dbName = `scr_e2e_${suffix}`;
  const queuePrefix = `e2e${suffix}`;
  const admin = services.adminDatabaseUrl;
  const e2eDatabaseUrl = databaseUrl(admin, dbName);
  const webUrl = `http://127.0.0.1:${E2E_WEB_PORT}`;
  let stack = null;
  setupLog(`e2e database ${dbName}, queue prefix ${queuePrefix}`);
  await createDatabase(admin, dbName);
  try {
    const env = apiEnv({
      databaseUrl: e2eDatabaseUrl,
      redisUrl: services.redisUrl,
      apiPort: E2E_API_PORT,
      publicWebUrl: webUrl,
      queuePrefix,
      nodeEnv: 'test',
      logLevel: process.env.E2E_LOG_LEVEL || 'warn',
      mailTransport: 'mailbox',
    });
    // Every journey signs in from 127.0.0.1: the login throttle must not trip on a full browser-test run.
    env.LOGIN_RATE_LIMIT = '1000';
    await migrateAndSeed(env);
    fs.rmSync(E2E_LOG_DIR, { recursive: true, force: true });
    fs.mkdirSync(E2E_LOG_DIR, { recursive: true });
    setupLog(`api, worker and web logs: ${path.relative(ROOT, E2E_LOG_DIR)}/`);
    stack = await startStack({
      env,
      apiPort: E2E_API_PORT,
      webPort: E2E_WEB_PORT,
      portVariables: { apiVariable: 'E2E_API_PORT', webVariable: 'E2E_WEB_PORT' },
      log: setupLog,
      logDir: E2E_LOG_DIR,
    });
    fs.rmSync(E2E_ARTIFACTS_DIR, { recursive: true, force: true });
    fs.mkdirSync(E2E_ARTIFACTS_DIR, { recursive: true });
    let died = null;
    stack.exited.then((exit) => (died = exit.expected ? null : exit.message));
    const outcome = jestOutcome(
      await runJest({
        config: 'apps/web-e2e/jest.config.js',
        patterns,
        env: {
          ...process.env,
          E2E_BASE_URL: webUrl,
          E2E_API_URL: stack.apiUrl,
          E2E_DATABASE_URL: e2eDatabaseUrl,
          // The stack's queues, for journeys that start a scheduled job the way its scheduler would.
          E2E_REDIS_URL: services.redisUrl,
          E2E_QUEUE_PREFIX: queuePrefix,
          E2E_ARTIFACTS_DIR,
          CHROMIUM_PATH,
        },
      }),
    );
    if (died)
      Object.assign(outcome, {
        failed: outcome.failed + 1,
        detail: `${outcome.detail}; ${died} during the run`,
      });
    if (outcome.failed > 0) printLogTails(E2E_LOG_DIR, 40);
    return outcome;
  } finally {
    if (stack) await stack.stop();
    await dropDatabase(admin, dbName).catch((error) =>
      setupLog.warn(`could not drop ${dbName}: ${error.message}`),
    );
    await deleteKeys(services.redisUrl, `${queuePrefix}:*`).catch(() => {});
  }
}

/** Prints the last lines of every log in `dir`, for a failed run whose stack wrote to files. */
function printLogTails(dir, lines) {
  for (const file of fs.readdirSync(dir).filter((name) => name.endsWith('.log'))) {
    const tail = fs.readFileSync(path.join(dir, file), 'utf8').trimEnd().split('\n').slice(-lines);
    console.log(`\n--- last ${tail.length} lines of ${path.relative(ROOT, path.join(dir, file))} ---`);
    console.log(tail.join('\n'));
  }
}

async function main() {
  const runs = (group) => groups.has(group);
  const needServices = runs('int') || runs('e2e');

  const deps = await step('npm dependencies', async () => {
    await ensureDeps(setupLog);
  });
  let servicesStep = null;
  if (needServices) {
    servicesStep = await step(
      'PostgreSQL + Redis',
      async () => {
        services = await ensureServices({ profile: 'test', log: setupLog });
      },
      { blockedBy: [deps] },
    );
  }
  let chromium = null;
  if (runs('e2e')) chromium = await step('Chromium', () => ensureChromium(setupLog).then(() => undefined));

  if (runs('lint')) {
    await step(
      GROUP_STEPS.lint,
      async () => {
        const { code, failedTasks } = await nxRunMany(['lint', 'typecheck']);
        if (code === 0) return undefined;
        if (failedTasks.length === 0) return { failed: 1, detail: `nx exited with ${code}` };
        return { failed: failedTasks.length, detail: `failed: ${failedTasks.join(', ')}` };
      },
      { blockedBy: [deps] },
    );
  }
  let build = null;
  if (runs('e2e')) build = await step('build', () => buildAll(), { blockedBy: [deps] });
  if (runs('unit')) {
    await step(
      GROUP_STEPS.unit,
      async () => jestOutcome(await runJest({ config: 'jest.config.js', patterns })),
      {
        blockedBy: [deps],
      },
    );
  }
  if (runs('int')) {
    await step(
      GROUP_STEPS.int,
      async () => {
        const redisBin = services.redisBin ?? (await ensureRedisServerBinary(setupLog));
        const env = {
          ...process.env,
          TEST_DATABASE_URL: services.adminDatabaseUrl,
          TEST_REDIS_URL: services.redisUrl,
          PATH: `${path.dirname(redisBin)}${path.delimiter}${process.env.PATH ?? ''}`,
        };
        return jestOutcome(await runJest({ config: 'apps/api/jest.int.config.js', env, patterns }));
      },
      { blockedBy: [deps, servicesStep] },
    );
  }
  if (runs('e2e')) await step(GROUP_STEPS.e2e, e2eStep, { blockedBy: [deps, servicesStep, chromium, build] });

  for (const group of GROUPS.filter((g) => !runs(g)))
    skipped(GROUP_STEPS[group], `skipped (--only ${[...groups].join(',')})`);
}

function summary() {
  const rows = results.map((r) => [
    r.name,
    r.status === 'passed'
      ? paint('green', 'ok')
      : r.status === 'failed'
        ? paint('red', 'FAILED')
        : paint('dim', 'skipped'),
    r.status === 'skipped' ? '' : formatDuration(r.ms),
    r.detail,
  ]);
  const plain = (s) => s.replace(/\x1b\[[0-9;]*m/g, '');
  const widths = [0, 1, 2].map((i) => Math.max(...rows.map((row) => plain(row[i]).length), 6));
  const pad = (text, width) => text + ' '.repeat(Math.max(0, width - plain(text).length));
  console.log(`\n${paint('bold', 'npm test — summary')}`);
  for (const row of [['step', 'result', 'time', 'details'], ...rows]) {
    console.log(
      `  ${row
        .slice(0, 3)
        .map((cell, i) => pad(cell, widths[i]))
        .join('  ')}  ${row[3]}`,
    );
  }
  const passed = results.reduce((sum, r) => sum + r.passed, 0);
  const failed = results.reduce((sum, r) => sum + r.failed, 0);
  console.log('');
  console.log(`${passed} passed, ${failed} failed`);
  return failed;
}

let fatal = null;
try {
  await main();
} catch (error) {
  fatal = error;
  results.push({ name: 'test runner', status: 'failed', ms: 0, passed: 0, failed: 1, detail: error.message });
}
if (services) await services.stop();
if (fatal) console.error(fatal);
const failed = summary();
process.exit(interrupted ? 130 : failed > 0 ? 1 : 0);
