// What a fresh machine with only Node.js and apt needs before the project can run: npm dependencies, Debian
// packages (PostgreSQL, Redis, Chromium). Nothing here imports an npm dependency.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { ROOT, isRoot, runOk, which } from './proc.mjs';

export const CHROMIUM_PATH = '/usr/bin/chromium';

/** Runs a command as root: directly when we are root, through sudo when it exists; throws otherwise. */
export async function runAsRoot(cmd, args, options = {}) {
  if (isRoot) return runOk(cmd, args, options);
  if (which('sudo')) return runOk('sudo', [cmd, ...args], { ...options, detached: false });
  throw new Error(`\`${[cmd, ...args].join(' ')}\` needs root and sudo is not installed`);
}

/**
 * Installs Debian packages. Tries the install first (fast when the package lists are fresh), then runs
 * `apt-get update` and tries again.
 */
export async function aptInstall(packages, log) {
  if (!which('apt-get')) {
    throw new Error(
      `${packages.join(', ')} not found and apt-get is not available: install it, then run again`,
    );
  }
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  const install = ['install', '-y', '-q', ...packages];
  log(`installing ${packages.join(', ')} with apt-get…`);
  try {
    await runAsRoot('apt-get', install, { env, tag: 'apt' });
  } catch {
    log('apt-get install failed; running apt-get update and retrying…');
    await runAsRoot('apt-get', ['update', '-q'], { env, tag: 'apt' });
    await runAsRoot('apt-get', install, { env, tag: 'apt' });
  }
}

/** Newest modification time among the files that decide the npm install. */
function manifestMtime() {
  const files = [path.join(ROOT, 'package.json'), path.join(ROOT, 'package-lock.json')];
  for (const group of ['apps', 'libs']) {
    const dir = path.join(ROOT, group);
    if (!fs.existsSync(dir)) continue;
    for (const name of fs.readdirSync(dir)) files.push(path.join(dir, name, 'package.json'));
  }
  let newest = 0;
  let newestFile = null;
  for (const file of files) {
    const mtime = fs.statSync(file, { throwIfNoEntry: false })?.mtimeMs ?? 0;
    if (mtime > newest) [newest, newestFile] = [mtime, file];
  }
  return { newest, newestFile };
}

/**
 * `npm install` when node_modules is missing or older than package.json / package-lock.json.
 * (`npm ci` fails on this registry: optional binaries for other platforms are missing; `npm install` with the
 * committed lockfile resolves the same tree.)
 */
export async function ensureDeps(log) {
  const marker = path.join(ROOT, 'node_modules', '.package-lock.json');
  const installedAt = fs.statSync(marker, { throwIfNoEntry: false })?.mtimeMs;
  const { newest, newestFile } = manifestMtime();
  let reason = null;
  if (!fs.existsSync(path.join(ROOT, 'node_modules'))) reason = 'node_modules is missing';
  else if (installedAt === undefined) reason = 'node_modules/.package-lock.json is missing';
  else if (newest > installedAt) reason = `${path.relative(ROOT, newestFile)} changed`;
  if (!reason) {
    log('npm dependencies are up to date');
    return false;
  }
  log(`npm install (${reason})…`);
  await runOk('npm', ['install', '--no-audit', '--no-fund'], { cwd: ROOT });
  // npm leaves the marker untouched when nothing changed; touch it so the next run does not install again.
  const now = new Date();
  if (fs.existsSync(marker)) fs.utimesSync(marker, now, now);
  return true;
}

/** Makes sure Debian's Chromium is installed (for the browser tests); returns its path. */
export async function ensureChromium(log) {
  if (!fs.existsSync(CHROMIUM_PATH)) await aptInstall(['chromium'], log);
  if (!fs.existsSync(CHROMIUM_PATH))
    throw new Error(`${CHROMIUM_PATH} is still missing after apt-get install chromium`);
  log(`chromium: ${CHROMIUM_PATH}`);
  return CHROMIUM_PATH;
}

/** uid and gid of an OS user, or null when it does not exist. */
export function osUser(name) {
  try {
    const [uid, gid] = ['-u', '-g'].map((flag) =>
      Number(
        execFileSync('id', [flag, name], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim(),
      ),
    );
    return { uid, gid };
  } catch {
    return null;
  }
}
