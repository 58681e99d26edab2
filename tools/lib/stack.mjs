// Building and running the product (api + worker + web preview) — shared by `npm start` and the browser-test
// step of `npm test`, so both run exactly the same stack.
import fs from 'node:fs';
import path from 'node:path';
import { httpGet, portInUse, waitForHttp } from './net.mjs';
import { ROOT, localBin, run, runOk, spawnChild, stopProcess } from './proc.mjs';

const API_DIST = path.join(ROOT, 'dist/apps/api');
const WEB_DIST = path.join(ROOT, 'dist/apps/web');
const WEB_VITE_CONFIG = 'apps/web/vite.config.mts';

/** Environment for every Nx invocation: no daemon, no cloud, no interactive terminal UI. */
export function nxEnv(env = process.env) {
  return { ...env, NX_DAEMON: 'false', NX_NO_CLOUD: 'true', NX_TUI: 'false' };
}

const stripAnsi = (text) => text.replace(/\x1b\[[0-9;]*m/g, '');

/**
 * `nx run-many -t <targets>` with its output shown as it comes. Resolves to { code, failedTasks } where
 * failedTasks lists the `project:target` ids Nx reports under "Failed tasks:".
 */
export async function nxRunMany(targets) {
  const result = await run(localBin('nx'), ['run-many', '-t', ...targets, '--outputStyle=static'], {
    env: nxEnv(),
    capture: true,
  });
  const lines = stripAnsi(result.output).split('\n');
  const start = lines.findIndex((line) => line.trim() === 'Failed tasks:');
  const failedTasks = [];
  if (start >= 0) {
    for (const line of lines.slice(start + 1)) {
      const match = line.match(/^\s*-\s+(\S+:\S+)\s*$/);
      if (match) failedTasks.push(match[1]);
      else if (line.trim() && failedTasks.length > 0) break;
    }
  }
  return { code: result.code, failedTasks };
}

/** Builds every project (libs, api, web); throws when the build fails. */
export async function buildAll() {
  const { code, failedTasks } = await nxRunMany(['build']);
  if (code !== 0) {
    throw new Error(`the build failed${failedTasks.length ? ` (${failedTasks.join(', ')})` : ''}`);
  }
}

function requireFile(file) {
  if (!fs.existsSync(file)) {
    throw new Error(`${path.relative(ROOT, file)} is missing: the build did not produce it`);
  }
}

/**
 * Environment of the api, the worker and the CLI (see apps/api/src/config/env.config.ts).
 * Values given here win over the caller's environment; everything else is inherited.
 */
export function apiEnv({
  databaseUrl,
  redisUrl,
  apiPort,
  publicWebUrl,
  queuePrefix,
  nodeEnv,
  logLevel,
  mailTransport,
}) {
  return {
    ...process.env,
    NODE_ENV: nodeEnv,
    DATABASE_URL: databaseUrl,
    REDIS_URL: redisUrl,
    PORT: String(apiPort),
    PUBLIC_WEB_URL: publicWebUrl,
    LOG_LEVEL: logLevel,
    MAIL_TRANSPORT: mailTransport,
    COOKIE_SECURE: 'false',
    QUEUE_PREFIX: queuePrefix,
  };
}

/** Runs the migrations, then the (idempotent) seed of the catalogue and the demo. */
export async function migrateAndSeed(env) {
  const cli = path.join(API_DIST, 'cli.js');
  requireFile(cli);
  for (const command of ['migrate', 'seed']) {
    await runOk(process.execPath, [cli, command], { env, tag: command });
  }
}

/** Throws when the API or web port is already taken (checked before anything slow happens). */
export async function assertPortsFree({ apiPort, webPort, apiVariable = 'PORT', webVariable = 'WEB_PORT' }) {
  for (const [what, port, variable] of [
    ['the API', apiPort, apiVariable],
    ['the web app', webPort, webVariable],
  ]) {
    if (await portInUse(port)) {
      throw new Error(
        `port ${port} (${what}) is already in use: stop whatever listens there or set ${variable}`,
      );
    }
  }
}

const describeExit = ({ code, signal }) => (signal ? `killed by ${signal}` : `exit code ${code}`);

/**
 * Starts api, worker and web preview with prefixed output and waits until the API's health check and the web
 * app answer. `env` is the api/worker environment (apiEnv()); `portVariables` names the variables that change
 * the ports, for the error message when one is taken.
 * Resolves to { apiUrl, webUrl, exited, stop() }: `exited` resolves to { name, code, signal, message, expected }
 * when the first of the three processes ends (`expected` when stop() ended it); stop() ends all three.
 * With `logDir`, each process writes its output to `<logDir>/<name>.log` instead of the terminal.
 */
export async function startStack({ env, apiPort, webPort, portVariables, log, logDir }) {
  await assertPortsFree({ apiPort, webPort, ...portVariables });
  for (const file of ['main.js', 'worker.js']) requireFile(path.join(API_DIST, file));
  requireFile(path.join(WEB_DIST, 'index.html'));

  const apiUrl = `http://127.0.0.1:${apiPort}`;
  const webUrl = `http://127.0.0.1:${webPort}`;
  const children = [
    ['api', process.execPath, [path.join(API_DIST, 'main.js')], { env }],
    ['worker', process.execPath, [path.join(API_DIST, 'worker.js')], { env }],
    [
      'web',
      localBin('vite'),
      ['preview', '--config', WEB_VITE_CONFIG, '--port', String(webPort), '--strictPort'],
      { env: { ...process.env, API_URL: apiUrl, WEB_PORT: String(webPort) } },
    ],
  ].map(([name, cmd, args, options]) => {
    const logFile = logDir ? path.join(logDir, `${name}.log`) : undefined;
    return { name, ...spawnChild(cmd, args, { ...options, tag: name, logFile }) };
  });

  let stopping = false;
  const stop = async () => {
    stopping = true;
    await Promise.all(children.map((child) => stopProcess(child, 10_000)));
  };
  const exited = Promise.race(
    children.map((child) =>
      child.done.then((result) => ({
        name: child.name,
        ...result,
        message: `${child.name} exited (${describeExit(result)})`,
        expected: stopping,
      })),
    ),
  );

  try {
    const abort = exited.then((e) => e.message);
    log(`waiting for ${apiUrl}/api/v1/health …`);
    await waitForHttp(`${apiUrl}/api/v1/health`, { abort });
    await waitForHttp(`${webUrl}/`, { abort, timeoutMs: 60_000 });
    const proxied = await httpGet(`${webUrl}/api/v1/health`);
    if (proxied?.status !== 200) {
      log.warn(
        `the web preview does not pass /api to the API (GET ${webUrl}/api/v1/health → ` +
          `${proxied ? `HTTP ${proxied.status}` : 'no answer'}): check preview.proxy in ${WEB_VITE_CONFIG}`,
      );
    }
  } catch (error) {
    await stop();
    throw error;
  }
  return { apiUrl, webUrl, exited, stop };
}
