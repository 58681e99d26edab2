/*
 * Benchmark of issue #5's acceptance: "recomputing 2 000 roadmaps × 100 items through the worker (items per
 * second, total time)". Creates its own database (migrated with the API's migrations), seeds 2 000 roadmaps of
 * 100 items each with SQL (budget lines, KPI targets, problems cited by own measures, dependencies), boots the real
 * worker (WorkerModule: outbox relay, BullMQ processors) on its own queue prefix, starts a bulk recompute exactly
 * as `POST /api/v1/compliance/recompute` does (run row + outbox job in one transaction), and times it until the
 * run reports completed. Drops its database and queue keys at the end.
 *
 *   npm run bench -- compliance-worker     (BENCH_COMPLIANCE_ROADMAPS changes the 2 000)
 */
import 'reflect-metadata';

import type { INestApplicationContext } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { randomBytes } from 'node:crypto';
import { DataSource } from 'typeorm';

import { createDataSource } from '../src/database/data-source';
import { ComplianceClock } from '../src/modules/compliance/compliance-clock';
import { ComplianceEvaluator } from '../src/modules/compliance/compliance-evaluator';
import { ComplianceService } from '../src/modules/compliance/compliance.service';
import { RECOMPUTE_BATCH_SIZE } from '../src/modules/compliance/compliance-jobs.service';
import { WorkerModule } from '../src/worker.module';

/** The shape tools/bench.mjs prints. */
type BenchRow = { metric: string; value: number; unit: string; target?: number; higherIsBetter?: boolean };
type BenchReport = { name: string; rows: BenchRow[] };

/** The part of tools/bench.mjs's context this bench uses. */
export type BenchContext = {
  adminDatabaseUrl: string;
  redisUrl: string;
  log: ((message: string) => void) & { warn: (message: string) => void };
  createDatabase: (adminUrl: string, name: string) => Promise<void>;
  dropDatabase: (adminUrl: string, name: string) => Promise<void>;
  databaseUrl: (adminUrl: string, name: string) => string;
  deleteKeys: (redisUrl: string, pattern: string) => Promise<unknown>;
};

const ROADMAPS = Number(process.env.BENCH_COMPLIANCE_ROADMAPS ?? 2000);
const ITEMS_PER_ROADMAP = 100;
const PERIODS_PER_MUNICIPALITY = 5;
const RUN_TIMEOUT_MS = 10 * 60_000;
const SINGLE_RUNS = 40;

// What `GET …/compliance` costs when it has to evaluate (load the document and tree, evaluate, upsert): well within
// an interactive request.
const SINGLE_MEDIAN_TARGET_MS = 50;
// Targets on this 2-core machine: the whole programme (2 000 roadmaps) recomputed within a minute, i.e. an
// edition of the standard or a new ruleset reaches every municipality's report in about the time of a coffee.
const TOTAL_TARGET_S = 60;
const ITEMS_PER_SECOND_TARGET = (ROADMAPS * ITEMS_PER_ROADMAP) / TOTAL_TARGET_S;
const ROADMAPS_PER_SECOND_TARGET = ROADMAPS / TOTAL_TARGET_S;

export async function run(context: BenchContext): Promise<BenchReport> {
  const name = `scr_bench_compliance_${randomBytes(4).toString('hex')}`;
  const prefix = `bench${randomBytes(4).toString('hex')}`;
  const url = context.databaseUrl(context.adminDatabaseUrl, name);
  await context.createDatabase(context.adminDatabaseUrl, name);
  const savedEnv = { ...process.env };
  let worker: INestApplicationContext | null = null;
  try {
    const seedStarted = Date.now();
    const setup = await createDataSource(url).initialize();
    let userId: string;
    try {
      await setup.runMigrations();
      userId = await seed(setup);
      await setup.query('ANALYZE');
    } finally {
      await setup.destroy();
    }
    const seedSeconds = (Date.now() - seedStarted) / 1000;
    context.log(`seeded ${ROADMAPS} roadmaps × ${ITEMS_PER_ROADMAP} items in ${seedSeconds.toFixed(1)} s`);

    Object.assign(process.env, {
      NODE_ENV: 'production',
      DATABASE_URL: url,
      REDIS_URL: context.redisUrl,
      LOG_LEVEL: 'warn',
      QUEUE_PREFIX: prefix,
      OUTBOX_POLL_MS: '200',
    });
    worker = await NestFactory.createApplicationContext(WorkerModule, { logger: false });
    await worker.init();
    const dataSource = worker.get(DataSource);

    const started = Date.now();
    const runResponse = await worker.get(ComplianceService).startRecompute({ userId, memberships: [] }, {});
    const finished = await waitForRun(dataSource, runResponse.id);
    const totalSeconds = (Date.now() - started) / 1000;
    if (finished.status !== 'completed' || finished.done !== ROADMAPS) {
      throw new Error(
        `Recompute ended ${finished.status} with ${finished.done}/${ROADMAPS} roadmaps: ${finished.failure_message ?? ''}`,
      );
    }
    const [{ reports, findings }] = await dataSource.query<{ reports: number; findings: number }[]>(
      `SELECT count(*)::int AS reports, coalesce(sum(jsonb_array_length(findings)), 0)::int AS findings
       FROM compliance_reports`,
    );
    if (reports !== ROADMAPS) throw new Error(`Expected ${ROADMAPS} stored reports, found ${reports}`);
    const single = await timeSingleEvaluations(dataSource, worker);
    const items = ROADMAPS * ITEMS_PER_ROADMAP;
    return {
      name: `Compliance recompute through the worker (${ROADMAPS} roadmaps × ${ITEMS_PER_ROADMAP} items, batches of ${RECOMPUTE_BATCH_SIZE})`,
      rows: [
        { metric: 'seeding (SQL, not part of the figure)', value: seedSeconds, unit: 's' },
        {
          metric: 'total time (POST → run completed)',
          value: totalSeconds,
          unit: 's',
          target: TOTAL_TARGET_S,
        },
        {
          metric: 'items per second',
          value: items / totalSeconds,
          unit: 'items/s',
          target: ITEMS_PER_SECOND_TARGET,
          higherIsBetter: true,
        },
        {
          metric: 'roadmaps per second',
          value: ROADMAPS / totalSeconds,
          unit: 'roadmaps/s',
          target: ROADMAPS_PER_SECOND_TARGET,
          higherIsBetter: true,
        },
        { metric: 'findings stored', value: findings, unit: 'findings' },
        {
          metric: `one roadmap on demand (load+evaluate+store), median of ${SINGLE_RUNS}`,
          value: single.medianMs,
          unit: 'ms',
          target: SINGLE_MEDIAN_TARGET_MS,
        },
        { metric: 'one roadmap on demand, p95', value: single.p95Ms, unit: 'ms' },
      ],
    };
  } finally {
    await worker?.close().catch((err: Error) => context.log.warn(`worker close: ${err.message}`));
    for (const key of Object.keys(process.env)) if (!(key in savedEnv)) delete process.env[key];
    Object.assign(process.env, savedEnv);
    await context.deleteKeys(context.redisUrl, `${prefix}:*`).catch(() => undefined);
    await context.dropDatabase(context.adminDatabaseUrl, name);
  }
}

/** The API's synchronous path (`GET …/compliance` without a stored report) for single 100-item roadmaps. */
async function timeSingleEvaluations(
  dataSource: DataSource,
  worker: INestApplicationContext,
): Promise<{ medianMs: number; p95Ms: number }> {
  const evaluator = worker.get(ComplianceEvaluator);
  const today = worker.get(ComplianceClock).today();
  const ids = (
    await dataSource.query<{ id: string }[]>(`SELECT id FROM roadmaps ORDER BY id LIMIT $1`, [
      SINGLE_RUNS + 5,
    ])
  ).map((r) => r.id);
  for (const id of ids.slice(0, 5)) await evaluator.evaluateAndStore([id], today);
  const times: number[] = [];
  for (const id of ids.slice(5)) {
    const started = process.hrtime.bigint();
    await evaluator.evaluateAndStore([id], today);
    times.push(Number(process.hrtime.bigint() - started) / 1e6);
  }
  times.sort((a, b) => a - b);
  return {
    medianMs: times[Math.floor(times.length / 2)],
    p95Ms: times[Math.min(times.length - 1, Math.ceil(times.length * 0.95) - 1)],
  };
}

type RunRow = { status: string; done: number; failed: number; total: number; failure_message: string | null };

async function waitForRun(dataSource: DataSource, runId: string): Promise<RunRow> {
  const deadline = Date.now() + RUN_TIMEOUT_MS;
  for (;;) {
    const [row] = await dataSource.query<RunRow[]>(
      `SELECT status, done, failed, total, failure_message FROM compliance_runs WHERE id = $1`,
      [runId],
    );
    if (row.status === 'completed' || row.status === 'failed') return row;
    if (Date.now() > deadline)
      throw new Error(`Recompute still ${row.status} (${row.done}/${row.total}) after timeout`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/**
 * 2 000 roadmaps (400 municipalities × 5 programme periods) pinned to a synthetic standard (8 directions, 40 basic
 * and 24 additional measures); per roadmap 5 problems and 100 items: 3 in 5 implement measures, the rest are own
 * measures citing a problem; each item has a budget line, most a KPI target, a quarter depend on the previous one;
 * some lack a responsible unit, so there are findings to store. Returns the author's user id.
 */
async function seed(dataSource: DataSource): Promise<string> {
  const municipalities = Math.ceil(ROADMAPS / PERIODS_PER_MUNICIPALITY);
  return dataSource.transaction(async (m) => {
    const one = async (sql: string, params: unknown[] = []) =>
      (await m.query<{ id: string }[]>(sql, params))[0].id;
    const userId = await one(
      `INSERT INTO users (email, display_name, locale) VALUES ('bench@compliance.local', 'Bench', 'ru') RETURNING id`,
    );
    const regionId = await one(
      `INSERT INTO organizations (kind, name_ru, name_en) VALUES ('region', 'Область', 'Region') RETURNING id`,
    );
    await m.query(
      `INSERT INTO organizations (kind, name_ru, name_en, parent_id, population, is_regional_capital)
       SELECT 'municipality', 'Город ' || n, 'City ' || n, $1, 20000 + (n * 7919) % 900000, n = 1
       FROM generate_series(1, $2) n`,
      [regionId, municipalities],
    );
    const framework = (kind: string) =>
      one(
        `INSERT INTO frameworks (code, version, edition, kind, title_ru, provenance)
         VALUES ($1, 1, '2019', $2, 'Синтетический стандарт', '{"status":"reconstruction","note":null,"sources":[]}')
         RETURNING id`,
        [`BENCH-${kind}`, kind],
      );
    const frameworkId = await framework('measures');
    await m.query(
      `INSERT INTO directions (framework_id, code, title_ru, title_en, position)
       SELECT $1, 'D' || d, 'Направление ' || d, 'Direction ' || d, d FROM generate_series(1, 8) d`,
      [frameworkId],
    );
    await m.query(
      `INSERT INTO measures (framework_id, direction_id, code, title_ru, title_en, provenance, position, kind)
       SELECT $1, d.id, 'SYN-' || d.position || '-' || k, 'Мера ' || k, 'Measure ' || k, 'reconstructed',
              (d.position - 1) * 8 + k, CASE WHEN k <= 5 THEN 'basic' ELSE 'additional' END
       FROM directions d CROSS JOIN generate_series(1, 8) k WHERE d.framework_id = $1`,
      [frameworkId],
    );
    const kpiFrameworkId = await framework('kpis');
    const kpiDirectionId = await one(
      `INSERT INTO directions (framework_id, code, title_ru, position) VALUES ($1, 'EC', 'Экономика', 1) RETURNING id`,
      [kpiFrameworkId],
    );
    const kpiId = await one(
      `INSERT INTO kpi_definitions (framework_id, direction_id, code, title_ru, provenance, position)
       VALUES ($1, $2, 'EC.ICT.1', 'Доля домохозяйств с интернетом', 'confirmed', 1) RETURNING id`,
      [kpiFrameworkId, kpiDirectionId],
    );
    await m.query(
      `UPDATE frameworks SET status = 'published', published_at = now() WHERE id = ANY($1::uuid[])`,
      [[frameworkId, kpiFrameworkId]],
    );

    await m.query(
      `INSERT INTO roadmaps (municipality_id, framework_id, title, period_start_year, period_end_year, outlook_year, created_by)
       SELECT o.id, $1, 'Дорожная карта ' || (2019 + p), 2019 + p, 2030, 2030, $2
       FROM (SELECT id, row_number() OVER (ORDER BY id) AS n FROM organizations WHERE parent_id = $3) o
       CROSS JOIN generate_series(0, $4 - 1) p
       WHERE (o.n - 1) * $4 + p < $5`,
      [frameworkId, userId, regionId, PERIODS_PER_MUNICIPALITY, ROADMAPS],
    );
    await m.query(
      `INSERT INTO roadmap_problems (roadmap_id, title, severity, created_at)
       SELECT r.id, 'Проблема ' || k, 'high', now() + k * interval '1 ms' FROM roadmaps r CROSS JOIN generate_series(1, 5) k`,
    );
    await m.query(
      `WITH ms AS (SELECT id, direction_id, (row_number() OVER (ORDER BY position) - 1)::int AS n
                   FROM measures WHERE framework_id = $1)
       INSERT INTO roadmap_items (roadmap_id, kind, measure_id, title, direction_id, responsible_unit,
                                  responsible_person, start_month, end_month, status, created_at)
       SELECT r.id,
              CASE WHEN i % 5 < 3 THEN 'standard' ELSE 'own' END,
              CASE WHEN i % 5 < 3 THEN ms.id END,
              'Мероприятие ' || i,
              ms.direction_id,
              CASE WHEN i % 17 = 0 THEN NULL ELSE 'Управление цифрового развития' END,
              'Исполнитель',
              to_char(make_date(2019 + (i % 60) / 12, 1 + i % 12, 1), 'YYYY-MM'),
              to_char(make_date(2019 + (i % 60) / 12, 1 + i % 12, 1) + interval '18 months', 'YYYY-MM'),
              CASE WHEN i % 11 = 0 THEN 'done' ELSE 'planned' END,
              now() + i * interval '1 ms'
       FROM roadmaps r CROSS JOIN generate_series(0, $2 - 1) i JOIN ms ON ms.n = i % 64`,
      [frameworkId, ITEMS_PER_ROADMAP],
    );
    await m.query(
      `INSERT INTO roadmap_budget_lines (item_id, year, source, planned_kopecks)
       SELECT id, substring(start_month, 1, 4)::int, 'municipal', 150000000 FROM roadmap_items`,
    );
    await m.query(
      `INSERT INTO roadmap_kpi_targets (item_id, kpi_definition_id, year, baseline, target)
       SELECT id, $1, 2024, 10, 60 FROM roadmap_items WHERE title NOT LIKE '%3'`,
      [kpiId],
    );
    await m.query(
      `INSERT INTO roadmap_item_problems (item_id, problem_id)
       SELECT i.id, p.id FROM roadmap_items i
       JOIN LATERAL (SELECT id FROM roadmap_problems WHERE roadmap_id = i.roadmap_id ORDER BY created_at LIMIT 1) p ON true
       WHERE i.kind = 'own'`,
    );
    await m.query(
      `INSERT INTO roadmap_item_dependencies (item_id, depends_on_id)
       SELECT id, previous FROM (
         SELECT id, lag(id) OVER w AS previous, row_number() OVER w AS n FROM roadmap_items
         WINDOW w AS (PARTITION BY roadmap_id ORDER BY created_at, id)) x
       WHERE previous IS NOT NULL AND n % 4 = 0`,
    );
    return userId;
  });
}
