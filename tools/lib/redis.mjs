// Redis for the dev/test scripts: probing a server and a project-local redis-server (files under
// .data/<profile>/redis, nothing persisted).
import fs from 'node:fs';
import path from 'node:path';
import { portInUse } from './net.mjs';
import { ROOT, run, runOk, sleep, which } from './proc.mjs';
import { aptInstall } from './system.mjs';

// Imported lazily: ensureDeps() must be able to run before node_modules exists.
async function loadRedis() {
  const mod = await import('ioredis');
  return mod.default ?? mod.Redis;
}

/** null when `url` answers PING within `timeoutMs`, else the error. Leaves no reconnect loop behind. */
export async function redisProbe(url, timeoutMs = 2000) {
  const Redis = await loadRedis();
  const client = new Redis(url, {
    lazyConnect: true,
    maxRetriesPerRequest: 1,
    connectTimeout: timeoutMs,
    enableOfflineQueue: false,
    retryStrategy: () => null,
  });
  let lastError = null;
  client.on('error', (error) => (lastError = error));
  let timer;
  try {
    const timeout = new Promise((_, reject) => {
      timer = setTimeout(() => reject(new Error(`no answer within ${timeoutMs} ms`)), timeoutMs);
    });
    await Promise.race([client.connect().then(() => client.ping()), timeout]);
    return null;
  } catch (error) {
    return lastError ?? error;
  } finally {
    clearTimeout(timer);
    client.disconnect();
  }
}

/** Deletes every key matching `pattern` (e.g. the keys of a throw-away BullMQ prefix). */
export async function deleteKeys(url, pattern) {
  const Redis = await loadRedis();
  const client = new Redis(url, { maxRetriesPerRequest: 1, retryStrategy: () => null });
  client.on('error', () => {});
  try {
    let cursor = '0';
    do {
      const [next, keys] = await client.scan(cursor, 'MATCH', pattern, 'COUNT', 500);
      if (keys.length > 0) await client.unlink(...keys);
      cursor = next;
    } while (cursor !== '0');
  } finally {
    client.disconnect();
  }
}

const redisServerDirs = () =>
  [process.env.PATH ?? '', '/usr/bin:/usr/sbin:/usr/local/bin'].join(path.delimiter);

/** Path of redis-server, installing Debian's redis-server package when it is missing. */
export async function ensureRedisServerBinary(log) {
  let bin = which('redis-server', redisServerDirs());
  if (!bin) {
    await aptInstall(['redis-server'], log);
    bin = which('redis-server', redisServerDirs());
  }
  if (!bin) throw new Error('redis-server not found, even after apt-get install redis-server');
  return bin;
}

/**
 * Makes sure a redis-server answers on 127.0.0.1:`port`, reusing one left running by an earlier run.
 * Resolves to { url, started, stop() }; stop() shuts the server down only if this call started it.
 */
export async function ensureLocalRedis({ dir, port, log }) {
  const url = `redis://127.0.0.1:${port}`;
  const rel = path.relative(ROOT, dir);
  const bin = await ensureRedisServerBinary(log);
  if (!(await redisProbe(url))) {
    log(`Redis: reusing the local server already running on port ${port}`);
    return { url, bin, started: false, stop: async () => {} };
  }
  if (await portInUse(port))
    throw new Error(`port ${port} is taken by a process that does not answer Redis PING`);

  fs.mkdirSync(dir, { recursive: true });
  const pidFile = path.join(dir, 'redis.pid');
  const logFile = path.join(dir, 'redis.log');
  log(`Redis: starting on 127.0.0.1:${port} (log ${path.relative(ROOT, logFile)})`);
  const options = { daemonize: 'yes', port, bind: '127.0.0.1', save: '', appendonly: 'no', pidfile: pidFile };
  Object.assign(options, { logfile: logFile, dir });
  await runOk(
    bin,
    Object.entries(options).flatMap(([key, value]) => [`--${key}`, String(value)]),
    { quiet: true },
  );
  for (let i = 0; (await redisProbe(url, 500)) !== null; i++) {
    if (i > 40) throw new Error(`redis-server did not answer on port ${port}; see ${rel}/redis.log`);
    await sleep(250);
  }

  return { url, bin, started: true, stop: () => stopLocalRedis({ dir, port, log }) };
}

/** Shuts down the redis-server on `port` (started from `dir`); resolves to true if one was running. */
export async function stopLocalRedis({ dir, port, log }) {
  if (!(await portInUse(port))) return false;
  log(`Redis: stopping the local server on port ${port}`);
  const cli = which('redis-cli', redisServerDirs());
  const shutdown = cli ? await run(cli, ['-p', String(port), 'shutdown', 'nosave'], { quiet: true }) : null;
  if (shutdown?.code === 0 && !(await portInUse(port))) return true;
  try {
    process.kill(Number(fs.readFileSync(path.join(dir, 'redis.pid'), 'utf8').trim()), 'SIGTERM');
  } catch {
    // no pid file, or already gone
  }
  return true;
}
