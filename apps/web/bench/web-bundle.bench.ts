/*
 * What the browser downloads before the first page shows. Runs the production build of the web app (`vite build`
 * with a manifest, into dist/bench-web-bundle so the build the browser tests serve is left alone) and reads the
 * manifest: the JavaScript a route needs is its chunk plus everything that chunk imports statically (modulepreload
 * in index.html for the entry). The sign-in page is in the entry chunk, so its JS is the entry's closure. Before
 * route splitting (commit 2707657) the whole app was one 1 042 510-byte chunk, loaded on every page.
 *
 *   npm run bench -- web-bundle
 */
import { execFile } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import zlib from 'node:zlib';

/** The shape tools/bench.mjs prints. */
type BenchReport = {
  name: string;
  rows: { metric: string; value: number; unit: string; target?: number; higherIsBetter?: boolean }[];
};

/** The part of bench.mjs's context this bench uses. */
type BenchContext = { root: string; log: (message: string) => void };

/** One entry of Vite's .vite/manifest.json. */
type ManifestChunk = { file: string; src?: string; isEntry?: boolean; imports?: string[]; dynamicImports?: string[] };
type Manifest = Record<string, ManifestChunk>;

/** The single bundle every page loaded before route splitting, in bytes (vite build at commit 2707657). */
const BEFORE_BYTES = 1_042_510;
/** Sign-in should need at most this share of what it needed before (the libraries and translations remain). */
const SIGN_IN_SHARE_TARGET = 0.6;
const KB = 1000;

/** The manifest keys of `key` and every chunk it imports statically, i.e. what loading `key` downloads. */
function staticClosure(manifest: Manifest, key: string, seen = new Set<string>()): Set<string> {
  if (seen.has(key)) return seen;
  seen.add(key);
  for (const imported of manifest[key]?.imports ?? []) staticClosure(manifest, imported, seen);
  return seen;
}

export async function run(context: BenchContext): Promise<BenchReport> {
  const outDir = path.join(context.root, 'dist/bench-web-bundle');
  const started = Date.now();
  // Rejects, with vite's output, when the build fails.
  await promisify(execFile)(
    path.join(context.root, 'node_modules/.bin/vite'),
    [
      'build',
      '--config',
      'apps/web/vite.config.mts',
      '--outDir',
      outDir,
      '--emptyOutDir',
      '--manifest',
      '--sourcemap',
      'false',
      '--logLevel',
      'warn',
    ],
    { cwd: context.root, maxBuffer: 16 * 1024 * 1024 },
  );
  const buildMs = Date.now() - started;

  const manifest = JSON.parse(fs.readFileSync(path.join(outDir, '.vite/manifest.json'), 'utf8')) as Manifest;
  const read = (key: string) => fs.readFileSync(path.join(outDir, manifest[key].file));
  const bytes = (keys: Iterable<string>) => [...keys].reduce((sum, key) => sum + read(key).length, 0);
  const gzipBytes = (keys: Iterable<string>) =>
    [...keys].reduce((sum, key) => sum + zlib.gzipSync(read(key), { level: 9 }).length, 0);

  const entry = Object.keys(manifest).find((key) => manifest[key].isEntry);
  if (!entry) throw new Error('the manifest has no entry chunk');
  const jsKeys = Object.keys(manifest).filter((key) => manifest[key].file.endsWith('.js'));
  const signIn = staticClosure(manifest, entry);
  const roadmapKey = jsKeys.find((key) => manifest[key].src?.endsWith('app/routes/roadmap-route.tsx'));
  if (!roadmapKey) throw new Error('the roadmap route has no chunk of its own: is it still loaded lazily?');
  const roadmap = staticClosure(manifest, roadmapKey, new Set(signIn));
  const vendor = jsKeys.find((key) => path.basename(manifest[key].file).startsWith('vendor-'));
  const signInBytes = bytes(signIn);
  context.log(
    `${jsKeys.length} JS chunks; the sign-in page loads ${[...signIn].map((key) => manifest[key].file).join(', ')}`,
  );

  return {
    name: 'web bundle (vite build, route-split)',
    rows: [
      { metric: 'production build', value: buildMs / 1000, unit: 's' },
      { metric: 'entry chunk', value: bytes([entry]) / KB, unit: 'kB' },
      { metric: 'vendor chunk (react, router, query)', value: vendor ? bytes([vendor]) / KB : 0, unit: 'kB' },
      { metric: 'total JS, all chunks', value: bytes(jsKeys) / KB, unit: 'kB' },
      {
        metric: 'JS loaded on /sign-in',
        value: signInBytes / KB,
        unit: 'kB',
        target: (BEFORE_BYTES * SIGN_IN_SHARE_TARGET) / KB,
      },
      { metric: 'JS loaded on /sign-in, gzip', value: gzipBytes(signIn) / KB, unit: 'kB' },
      {
        metric: 'JS on /sign-in ÷ the one bundle before',
        value: signInBytes / BEFORE_BYTES,
        unit: '×',
        target: SIGN_IN_SHARE_TARGET,
      },
      { metric: 'JS loaded on a roadmap workspace', value: bytes(roadmap) / KB, unit: 'kB' },
    ],
  };
}
