#!/usr/bin/env node
// `npm run bench`: builds the libraries, compiles every `<project>/bench/*.bench.ts`, and runs each with Node on
// this machine, printing figures and their ratio to the target. Benchmarks that need PostgreSQL and Redis get
// BENCH_DATABASE_URL (a server where they may create and drop databases) and BENCH_REDIS_URL.
//
// A bench module exports `run(context): Promise<BenchReport>`, where
//   BenchReport = { name: string; rows: { metric: string; value: number; unit: string;
//                                         target?: number; higherIsBetter?: boolean }[] }
// and `context` (BenchContext below) gives benchmarks that need the whole product the same tools the browser tests
// use: build, migrate + seed, start api + worker + web preview (startStack), databases, Chromium.
//
//   npm run bench                 every benchmark
//   npm run bench -- compliance   only those whose file path contains "compliance"
import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { createLogger, paint } from './lib/log.mjs';
import { ROOT, localBin, runOk } from './lib/proc.mjs';
import {
  CHROMIUM_PATH,
  createDatabase,
  databaseUrl,
  deleteKeys,
  dropDatabase,
  ensureChromium,
  ensureDeps,
  ensureServices,
} from './lib/services.mjs';
import { apiEnv, migrateAndSeed, nxEnv, startStack } from './lib/stack.mjs';

const log = createLogger('bench');
const filter = process.argv[2] ?? '';

function findBenchFiles(dir) {
  if (!fs.existsSync(dir)) return [];
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return findBenchFiles(full);
    return entry.name.endsWith('.bench.js') ? [full] : [];
  });
}

function formatValue(value) {
  return Math.abs(value) >= 100
    ? value.toFixed(0)
    : Math.abs(value) >= 1
      ? value.toFixed(2)
      : value.toFixed(4);
}

function printReport(report) {
  console.log(`\n${paint('bold', report.name)}`);
  for (const row of report.rows) {
    let verdict = '';
    if (row.target !== undefined) {
      const ratio = row.higherIsBetter ? row.value / row.target : row.target / row.value;
      const ok = ratio >= 1;
      verdict = `target ${row.higherIsBetter ? '≥' : '≤'} ${formatValue(row.target)} ${row.unit}  ratio ${ratio.toFixed(2)}× ${
        ok ? paint('green', 'ok') : paint('red', 'missed')
      }`;
    }
    console.log(
      `  ${row.metric.padEnd(44)} ${formatValue(row.value).padStart(12)} ${row.unit.padEnd(10)} ${verdict}`,
    );
  }
}

/** What a bench's run() receives: the services and the stack tools (tools/lib), so it need not import .mjs. */
function benchContext(services) {
  return {
    adminDatabaseUrl: services.adminDatabaseUrl,
    redisUrl: services.redisUrl,
    root: ROOT,
    chromiumPath: CHROMIUM_PATH,
    log: createLogger('bench'),
    /** `nx run-many -t build -p <projects>` (cached by Nx when nothing changed). */
    build: (projects) =>
      runOk(localBin('nx'), ['run-many', '-t', 'build', '-p', ...projects, '--outputStyle=static'], {
        env: nxEnv(),
      }),
    ensureChromium: () => ensureChromium(createLogger('setup')),
    createDatabase,
    dropDatabase,
    databaseUrl,
    deleteKeys,
    apiEnv,
    migrateAndSeed,
    startStack,
  };
}

async function main() {
  await ensureDeps(log);
  const env = nxEnv();
  await runOk(
    localBin('nx'),
    ['run-many', '-t', 'build', '-p', 'domain', 'contracts', '--outputStyle=static'],
    { env },
  );
  fs.rmSync(path.join(ROOT, 'dist/bench'), { recursive: true, force: true });
  await runOk(localBin('tsc'), ['-p', 'tsconfig.bench.json'], { env });
  const files = findBenchFiles(path.join(ROOT, 'dist/bench')).filter((f) => f.includes(filter));
  if (files.length === 0) {
    log(`no benchmark matches "${filter}"`);
    return;
  }
  const services = await ensureServices({ profile: 'test', log: createLogger('setup') });
  process.env.BENCH_DATABASE_URL = services.adminDatabaseUrl;
  process.env.BENCH_REDIS_URL = services.redisUrl;
  let failures = 0;
  try {
    for (const file of files) {
      log(`running ${path.relative(path.join(ROOT, 'dist/bench'), file)}`);
      try {
        const module = await import(pathToFileURL(file).href);
        const reports = [].concat(await module.run(benchContext(services)));
        reports.forEach(printReport);
      } catch (error) {
        failures += 1;
        log.error(`${path.basename(file)} failed: ${error.stack ?? error.message}`);
      }
    }
  } finally {
    await services.stop();
  }
  if (failures > 0) process.exitCode = 1;
}

main().catch((error) => {
  log.error(error.stack ?? error.message);
  process.exit(1);
});
