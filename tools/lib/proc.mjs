// Child processes for the dev/test scripts. Every child runs in its own process group (detached) so it can be
// stopped with everything it spawned (npx → vite, jest → workers); all children still running when this
// process exits are killed, so an aborted run leaves nothing behind but the database servers it means to keep.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { pipeLines } from './log.mjs';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;

const active = new Set();
process.on('exit', () => {
  for (const child of active) signalTree(child, 'SIGKILL');
});

function signalTree(child, signal) {
  try {
    if (child.groupLeader) process.kill(-child.pid, signal);
    else child.kill(signal);
  } catch {
    // already gone
  }
}

/** Sends `signal` to every child (and its process group) still running. */
export function killAll(signal = 'SIGTERM') {
  for (const child of active) signalTree(child, signal);
}

/** Absolute path of an executable on PATH (or null). */
export function which(cmd, searchPath = process.env.PATH ?? '') {
  for (const dir of searchPath.split(path.delimiter)) {
    if (!dir) continue;
    const file = path.join(dir, cmd);
    try {
      fs.accessSync(file, fs.constants.X_OK);
      if (fs.statSync(file).isFile()) return file;
    } catch {
      // not here
    }
  }
  return null;
}

/** Executable from the repository's node_modules/.bin. */
export function localBin(name) {
  return path.join(ROOT, 'node_modules', '.bin', name);
}

/**
 * Starts a child process.
 * - `tag`: prefix each output line with `[tag]` (line-buffered); otherwise output is passed through as is.
 * - `capture`: also keep the output text (returned by `output()`); `quiet`: keep it without printing it.
 * - `detached` (default true): own process group; set false for commands that may ask for a password (sudo).
 * Returns { child, pid, output(), done } where done resolves to { code, signal } once the process has exited
 * and its output is flushed.
 */
export function spawnChild(
  cmd,
  args = [],
  { cwd = ROOT, env = process.env, tag, capture = false, quiet = false, detached = true, logFile } = {},
) {
  // logFile: the child's stdout and stderr go to that file (appended) instead of this terminal.
  const logFd = logFile ? fs.openSync(logFile, 'a') : null;
  const piped = logFd === null && Boolean(tag || capture || quiet);
  capture ||= quiet;
  const output = logFd ?? (piped ? 'pipe' : 'inherit');
  const child = spawn(cmd, args, { cwd, env, detached, stdio: ['ignore', output, output] });
  if (logFd !== null) fs.closeSync(logFd);
  child.groupLeader = detached;
  active.add(child);

  let text = '';
  const keep = (chunk) => {
    if (capture && text.length < 8_000_000) text += chunk;
  };
  const flushed = [];
  if (piped) {
    for (const [stream, out] of [
      [child.stdout, process.stdout],
      [child.stderr, process.stderr],
    ]) {
      stream.setEncoding('utf8');
      if (quiet) {
        stream.on('data', keep);
        flushed.push(new Promise((resolve) => stream.once('close', resolve)));
      } else if (tag) {
        flushed.push(pipeLines(stream, out, tag, (line) => keep(`${line}\n`)));
      } else {
        stream.on('data', (chunk) => {
          out.write(chunk);
          keep(chunk);
        });
        flushed.push(new Promise((resolve) => stream.once('close', resolve)));
      }
    }
  }

  const done = new Promise((resolve) => {
    child.once('error', (error) => {
      active.delete(child);
      text += `${error.message}\n`;
      resolve({ code: 127, signal: null, error });
    });
    child.once('exit', (code, signal) => {
      active.delete(child);
      Promise.all(flushed).then(() => resolve({ code, signal }));
    });
  });

  return { child, pid: child.pid, output: () => text, done };
}

/** Runs a command to completion. Resolves to { code, signal, output } (never rejects). */
export async function run(cmd, args = [], options = {}) {
  const proc = spawnChild(cmd, args, options);
  return { ...(await proc.done), output: proc.output() };
}

/** Like run(), but throws when the command fails. */
export async function runOk(cmd, args = [], options = {}) {
  const result = await run(cmd, args, options);
  if (result.code !== 0) {
    const how = result.signal ? `signal ${result.signal}` : `exit code ${result.code}`;
    const error = new Error(`\`${[cmd, ...args].join(' ')}\` failed (${how})`);
    error.output = result.output;
    throw error;
  }
  return result;
}

/** Stops a child started by spawnChild: SIGTERM to its group, SIGKILL after `graceMs`. */
export async function stopProcess(proc, graceMs = 10_000) {
  if (proc.child.exitCode !== null || proc.child.signalCode !== null) return proc.done;
  signalTree(proc.child, 'SIGTERM');
  const timer = setTimeout(() => signalTree(proc.child, 'SIGKILL'), graceMs);
  const result = await proc.done;
  clearTimeout(timer);
  return result;
}

/**
 * Calls `onSignal(signal)` on the first SIGINT/SIGTERM (the caller cleans up and exits); a second signal kills
 * every child at once and exits 130.
 */
export function onInterrupt(onSignal) {
  let received = false;
  const handler = (signal) => {
    if (received) {
      killAll('SIGKILL');
      process.exit(130);
    }
    received = true;
    onSignal(signal);
  };
  process.on('SIGINT', handler);
  process.on('SIGTERM', handler);
  process.on('SIGHUP', handler);
}

export const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
