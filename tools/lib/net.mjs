// Small network probes: is a port taken, is an HTTP endpoint ready.
import net from 'node:net';
import { sleep } from './proc.mjs';

/** True when something accepts TCP connections on host:port. */
export function portInUse(port, host = '127.0.0.1', timeoutMs = 1000) {
  return new Promise((resolve) => {
    const socket = net.connect({ port, host });
    const finish = (inUse) => {
      socket.destroy();
      resolve(inUse);
    };
    socket.setTimeout(timeoutMs, () => finish(false));
    socket.once('connect', () => finish(true));
    socket.once('error', () => finish(false));
  });
}

/** GET `url`; resolves to { status, body } or null when nothing answers. */
export async function httpGet(url, timeoutMs = 3000) {
  try {
    const response = await fetch(url, { signal: AbortSignal.timeout(timeoutMs), redirect: 'manual' });
    return { status: response.status, body: await response.text() };
  } catch {
    return null;
  }
}

/**
 * Polls `url` until `isReady(response)` holds. Rejects after `timeoutMs`, or as soon as `abort` (a promise)
 * settles — e.g. when the process that should answer has died.
 */
export async function waitForHttp(
  url,
  { timeoutMs = 120_000, isReady = (r) => r?.status === 200, abort } = {},
) {
  let aborted = null;
  abort?.then(
    (reason) => (aborted = reason ?? 'aborted'),
    (error) => (aborted = error?.message ?? 'aborted'),
  );
  const deadline = Date.now() + timeoutMs;
  let last = null;
  while (Date.now() < deadline) {
    if (aborted) throw new Error(`gave up waiting for ${url}: ${aborted}`);
    last = await httpGet(url);
    if (isReady(last)) return last;
    await sleep(500);
  }
  const seen = last ? `last answer: HTTP ${last.status} ${last.body.slice(0, 200)}` : 'nothing answered';
  throw new Error(`${url} was not ready after ${Math.round(timeoutMs / 1000)} s (${seen})`);
}
