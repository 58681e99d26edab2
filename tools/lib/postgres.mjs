// PostgreSQL for the dev/test scripts: probing a server, creating/dropping databases, and a project-local
// cluster (data under .data/<profile>/pg) started from the system's PostgreSQL binaries.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { portInUse } from './net.mjs';
import { ROOT, isRoot, run, runOk, which } from './proc.mjs';
import { aptInstall, osUser } from './system.mjs';

// Imported lazily: ensureDeps() must be able to run before node_modules exists.
async function loadPg() {
  const mod = await import('pg');
  return mod.default ?? mod;
}

async function withClient(url, fn, timeoutMs = 5000) {
  const pg = await loadPg();
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: timeoutMs });
  client.on('error', () => {}); // a server going away later must not crash the script
  await client.connect();
  try {
    return await fn(client);
  } finally {
    await client.end().catch(() => {});
  }
}

/** null when a query over `url` succeeds within `timeoutMs`, else the error. */
export async function pgProbe(url, timeoutMs = 3000) {
  try {
    await withClient(url, (client) => client.query('select 1'), timeoutMs);
    return null;
  } catch (error) {
    return error;
  }
}

/** `adminUrl` with its database name replaced by `name`. */
export function databaseUrl(adminUrl, name) {
  const url = new URL(adminUrl);
  url.pathname = `/${encodeURIComponent(name)}`;
  return url.toString();
}

function quoteIdent(name) {
  if (!/^[A-Za-z_][A-Za-z0-9_]{0,62}$/.test(name)) throw new Error(`unsafe database name: ${name}`);
  return `"${name}"`;
}

/** CREATE DATABASE unless it exists; resolves to true when it was created. */
export async function createDatabase(adminUrl, name) {
  return withClient(adminUrl, async (client) => {
    const { rowCount } = await client.query('select 1 from pg_database where datname = $1', [name]);
    if (rowCount > 0) return false;
    try {
      await client.query(`CREATE DATABASE ${quoteIdent(name)}`);
      return true;
    } catch (error) {
      if (error.code === '42P04') return false; // created concurrently
      throw error;
    }
  });
}

/** DROP DATABASE IF EXISTS … WITH (FORCE): disconnects whoever is still connected. */
export async function dropDatabase(adminUrl, name) {
  await withClient(adminUrl, (client) =>
    client.query(`DROP DATABASE IF EXISTS ${quoteIdent(name)} WITH (FORCE)`),
  );
}

// ---------------------------------------------------------------------------------------------------------
// Project-local cluster

function majorVersion(binDir) {
  const out = execFileSync(path.join(binDir, 'pg_ctl'), ['--version'], { encoding: 'utf8' });
  return out.match(/(\d+)(?:\.\d+)?/)?.[1] ?? null;
}

/** Directories holding initdb + pg_ctl, newest major first: /usr/lib/postgresql/N/bin, then PATH. */
function pgBinDirs() {
  const base = '/usr/lib/postgresql';
  const dirs = fs.existsSync(base)
    ? fs
        .readdirSync(base)
        .filter((v) => /^\d+$/.test(v))
        .sort((a, b) => Number(b) - Number(a))
        .map((v) => path.join(base, v, 'bin'))
    : [];
  const onPath = which('initdb');
  if (onPath) dirs.push(path.dirname(fs.realpathSync(onPath)));
  return [...new Set(dirs)].filter((dir) =>
    ['initdb', 'pg_ctl'].every((b) => fs.existsSync(path.join(dir, b))),
  );
}

async function findPgBin(wantedMajor, log) {
  let dirs = pgBinDirs();
  if (dirs.length === 0) {
    await aptInstall(['postgresql'], log);
    dirs = pgBinDirs();
  }
  if (dirs.length === 0) throw new Error('initdb not found, even after apt-get install postgresql');
  const found = dirs.map((dir) => ({ dir, major: majorVersion(dir) }));
  return found.find((b) => b.major === wantedMajor) ?? found[0];
}

/** Makes every directory from `dir` up to / traversable by `owner` (PostgreSQL runs as that user). */
function ensureTraversable(dir, owner, log) {
  for (let d = path.resolve(dir); ; d = path.dirname(d)) {
    const st = fs.statSync(d);
    const ok =
      st.mode & 0o001 ||
      (st.uid === owner.uid && st.mode & 0o100) ||
      (st.gid === owner.gid && st.mode & 0o010);
    if (!ok) {
      log(`chmod o+x ${d} (the postgres user must be able to reach its data directory)`);
      fs.chmodSync(d, (st.mode & 0o7777) | 0o001);
    }
    if (d === path.dirname(d)) break;
  }
}

function tail(file, lines = 25) {
  try {
    return fs.readFileSync(file, 'utf8').trimEnd().split('\n').slice(-lines).join('\n');
  } catch {
    return '(no log)';
  }
}

/** Runs a PostgreSQL program: as root through `runuser -u postgres` (PostgreSQL refuses root), else directly. */
function pgRun(bin, args) {
  const options = { quiet: true, cwd: '/' };
  return isRoot ? run('runuser', ['-u', 'postgres', '--', bin, ...args], options) : run(bin, args, options);
}

async function isRunning(pgCtl, dataDir) {
  return (await pgRun(pgCtl, ['status', '-D', dataDir])).code === 0;
}

function portOf(dataDir) {
  return Number(fs.readFileSync(path.join(dataDir, 'postmaster.pid'), 'utf8').split('\n')[3]);
}

async function stopCluster(pgCtl, dataDir, log) {
  log(`PostgreSQL: stopping the local server on port ${portOf(dataDir)} (${path.relative(ROOT, dataDir)})`);
  const result = await pgRun(pgCtl, ['stop', '-D', dataDir, '-m', 'fast', '-w']);
  if (result.code !== 0) log.warn(`pg_ctl stop failed: ${result.output.trim()}`);
}

/**
 * Makes sure a PostgreSQL cluster with its data in `dataDir` runs on 127.0.0.1:`port`: initialises it on
 * first use, reuses it when it is already running, starts it otherwise. As root, PostgreSQL runs as the
 * `postgres` OS user (it refuses to run as root). `settings` become `-c key=value` server options.
 * Resolves to { adminUrl, started, stop() }; stop() stops the server only if this call started it.
 */
export async function ensureLocalPostgres({ dataDir, port, settings = {}, log }) {
  const rel = path.relative(ROOT, dataDir) || dataDir;
  const logFile = `${dataDir}.log`;
  const adminUrl = `postgres://postgres@127.0.0.1:${port}/postgres`;

  let owner = null;
  if (isRoot) {
    owner = osUser('postgres');
    if (!owner) {
      await runOk('useradd', [
        '--system',
        '--user-group',
        '--no-create-home',
        '--shell',
        '/bin/sh',
        'postgres',
      ]);
      owner = osUser('postgres');
    }
  }
  const pgRunOk = async (bin, args) => {
    const result = await pgRun(bin, args);
    if (result.code !== 0) {
      throw new Error(
        `${path.basename(bin)} ${args[0] ?? ''} failed:\n${result.output.trim()}\n${tail(logFile)}`,
      );
    }
    return result;
  };

  const versionFile = path.join(dataDir, 'PG_VERSION');
  const existingMajor = fs.existsSync(versionFile) ? fs.readFileSync(versionFile, 'utf8').trim() : null;
  const bin = await findPgBin(existingMajor, log);
  const pgCtl = path.join(bin.dir, 'pg_ctl');
  if (existingMajor && existingMajor !== bin.major) {
    throw new Error(
      `${rel} holds a PostgreSQL ${existingMajor} cluster but only PostgreSQL ${bin.major} is installed: ` +
        `remove it (rm -rf ${path.relative(ROOT, path.dirname(dataDir))}) and run again`,
    );
  }

  fs.mkdirSync(path.dirname(dataDir), { recursive: true, mode: 0o755 });
  if (owner) ensureTraversable(path.dirname(dataDir), owner, log);

  if (!existingMajor) {
    log(`creating a PostgreSQL ${bin.major} cluster in ${rel}…`);
    fs.rmSync(dataDir, { recursive: true, force: true }); // a half-made cluster from an interrupted run
    fs.mkdirSync(dataDir, { mode: 0o700 });
    if (owner) fs.chownSync(dataDir, owner.uid, owner.gid);
    await pgRunOk(path.join(bin.dir, 'initdb'), [
      '-D',
      dataDir,
      '--locale=C.UTF-8',
      '-E',
      'UTF8',
      '-A',
      'trust',
      '-U',
      'postgres',
    ]);
  }

  if (await isRunning(pgCtl, dataDir)) {
    const runningPort = portOf(dataDir);
    if (runningPort !== port) {
      throw new Error(
        `the cluster in ${rel} already runs on port ${runningPort}, not ${port}: stop it first`,
      );
    }
    log(`PostgreSQL: reusing the local server already running on port ${port} (${rel})`);
    return { adminUrl, started: false, stop: async () => {} };
  }
  if (await portInUse(port)) {
    throw new Error(`port ${port} is taken by another process; PostgreSQL for this profile needs it`);
  }

  // The Unix socket lives in the data directory (always writable by its owner); socket paths are limited to
  // 107 bytes, so very deep checkouts do without one (everything here connects over TCP anyway).
  const socketDir = `${dataDir}/.s.PGSQL.${port}`.length < 100 ? dataDir : '';
  const serverOptions = [`-p ${port}`, '-c listen_addresses=127.0.0.1', `-k '${socketDir}'`]
    .concat(Object.entries(settings).map(([key, value]) => `-c ${key}=${value}`))
    .join(' ');
  if (!fs.existsSync(logFile)) fs.writeFileSync(logFile, '');
  if (owner) fs.chownSync(logFile, owner.uid, owner.gid);
  log(`PostgreSQL: starting on 127.0.0.1:${port} (data ${rel}, log ${path.relative(ROOT, logFile)})`);
  await pgRunOk(pgCtl, ['start', '-D', dataDir, '-l', logFile, '-w', '-t', '60', '-o', serverOptions]);

  return {
    adminUrl,
    started: true,
    stop: () => stopCluster(pgCtl, dataDir, log),
  };
}

/** Stops the local cluster in `dataDir` if it is running (whoever started it); resolves to true if it was. */
export async function stopLocalPostgres({ dataDir, log }) {
  const versionFile = path.join(dataDir, 'PG_VERSION');
  if (!fs.existsSync(versionFile)) return false;
  const major = fs.readFileSync(versionFile, 'utf8').trim();
  const bin = pgBinDirs().find((dir) => majorVersion(dir) === major);
  if (!bin || !(await isRunning(path.join(bin, 'pg_ctl'), dataDir))) return false;
  await stopCluster(path.join(bin, 'pg_ctl'), dataDir, log);
  return true;
}
