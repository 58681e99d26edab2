// PostgreSQL and Redis for `npm start` / `npm test`: the servers named by DATABASE_URL / REDIS_URL when they
// answer, otherwise project-local ones under .data/<profile>/ (installed from Debian packages when missing).
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { createLogger } from './log.mjs';
import { ROOT } from './proc.mjs';
import { databaseUrl, ensureLocalPostgres, pgProbe, stopLocalPostgres } from './postgres.mjs';
import { ensureLocalRedis, redisProbe, stopLocalRedis } from './redis.mjs';

export { createDatabase, databaseUrl, dropDatabase } from './postgres.mjs';
export { deleteKeys, ensureRedisServerBinary } from './redis.mjs';
export { ensureChromium, ensureDeps, CHROMIUM_PATH } from './system.mjs';

export const PROFILES = {
  dev: {
    pgPort: 54329,
    redisPort: 63799,
    pgSettings: { max_connections: 200 },
  },
  test: {
    pgPort: 54339,
    redisPort: 63809,
    // Durability is worthless for throw-away test data; skipping it makes migrations and tests faster.
    pgSettings: { fsync: 'off', synchronous_commit: 'off', full_page_writes: 'off', max_connections: 300 },
  },
};

const redact = (url) => url.replace(/\/\/([^:@/]+):[^@/]*@/, '//$1:***@');

/** The external server from DATABASE_URL when it answers: { databaseUrl, adminDatabaseUrl } or null. */
async function externalPostgres(log) {
  const url = process.env.DATABASE_URL;
  if (!url) return null;
  const error = await pgProbe(url);
  if (error) {
    log.warn(
      `DATABASE_URL (${redact(url)}) does not answer (${error.message}); using a local PostgreSQL instead`,
    );
    return null;
  }
  // Databases are created from the maintenance database when we may connect to it, else from DATABASE_URL's.
  const maintenance = databaseUrl(url, 'postgres');
  const adminDatabaseUrl = (await pgProbe(maintenance)) ? url : maintenance;
  log(`PostgreSQL: using DATABASE_URL (${redact(url)})`);
  return { databaseUrl: url, adminDatabaseUrl };
}

async function externalRedis(log) {
  const url = process.env.REDIS_URL;
  if (!url) return null;
  const error = await redisProbe(url);
  if (error) {
    log.warn(`REDIS_URL (${redact(url)}) does not answer (${error.message}); using a local Redis instead`);
    return null;
  }
  log(`Redis: using REDIS_URL (${redact(url)})`);
  return url;
}

/**
 * Makes PostgreSQL and Redis reachable for a profile ('dev' for npm start, 'test' for npm test).
 * Resolves to:
 * - adminDatabaseUrl: the `postgres` maintenance database of a server where we may CREATE DATABASE;
 * - databaseUrl: DATABASE_URL as given when it answered, else null (the caller picks a database);
 * - redisUrl;
 * - redisBin: path of redis-server when a local one was started (null when REDIS_URL answered);
 * - stop(): stops only the local servers this call started (reused ones keep running).
 */
function profileConfig(profile) {
  const config = PROFILES[profile];
  if (!config) throw new Error(`unknown profile ${profile}; one of ${Object.keys(PROFILES).join(', ')}`);
  return { ...config, dataRoot: path.join(ROOT, '.data', profile) };
}

export async function ensureServices({ profile, log }) {
  const { dataRoot, ...config } = profileConfig(profile);
  const started = [];
  const stop = async () => {
    for (const service of started.reverse()) {
      await service.stop().catch((error) => log.warn(`stopping failed: ${error.message}`));
    }
    started.length = 0;
  };

  try {
    let pg = await externalPostgres(log);
    if (!pg) {
      const local = await ensureLocalPostgres({
        dataDir: path.join(dataRoot, 'pg'),
        port: config.pgPort,
        settings: config.pgSettings,
        log,
      });
      if (local.started) started.push(local);
      pg = { databaseUrl: null, adminDatabaseUrl: local.adminUrl };
    }

    let redisUrl = await externalRedis(log);
    let redisBin = null;
    if (!redisUrl) {
      const local = await ensureLocalRedis({
        dir: path.join(dataRoot, 'redis'),
        port: config.redisPort,
        log,
      });
      if (local.started) started.push(local);
      redisUrl = local.url;
      redisBin = local.bin;
    }
    return { ...pg, redisUrl, redisBin, stop };
  } catch (error) {
    await stop();
    throw error;
  }
}

/** Stops the profile's local servers, whoever started them (for `node tools/lib/services.mjs down`). */
export async function stopLocalServices({ profile, log }) {
  const { dataRoot, redisPort } = profileConfig(profile);
  const pg = await stopLocalPostgres({ dataDir: path.join(dataRoot, 'pg'), log });
  const redis = await stopLocalRedis({ dir: path.join(dataRoot, 'redis'), port: redisPort, log });
  if (!pg && !redis) log(`no local server of the ${profile} profile is running`);
}

// By hand: `node tools/lib/services.mjs up|down [dev|test]` starts (and leaves running) or stops a profile's
// local servers, e.g. to run one integration test file with jest directly.
if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const [command, profile = 'dev'] = process.argv.slice(2);
  const log = createLogger('setup', { stderr: true }); // stdout carries only the exports, for eval
  try {
    if (command === 'up') {
      const services = await ensureServices({ profile, log });
      // The variables the profile's consumers read: npm start's stack, or the integration tests.
      const vars =
        profile === 'test'
          ? { TEST_DATABASE_URL: services.adminDatabaseUrl, TEST_REDIS_URL: services.redisUrl }
          : {
              DATABASE_URL: databaseUrl(services.adminDatabaseUrl, 'smartcity'),
              REDIS_URL: services.redisUrl,
            };
      console.log(
        Object.entries(vars)
          .map(([key, value]) => `export ${key}=${value}`)
          .join('\n'),
      );
    } else if (command === 'down') {
      await stopLocalServices({ profile, log });
    } else {
      console.error('usage: node tools/lib/services.mjs up|down [dev|test]');
      process.exitCode = 2;
    }
  } catch (error) {
    log.error(error.message);
    process.exitCode = 1;
  }
}
