import path from 'node:path';
import { fileURLToPath } from 'node:url';

import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import type { ProxyOptions } from 'vite';

const webRoot = path.dirname(fileURLToPath(import.meta.url));
const repoRoot = path.resolve(webRoot, '../..');

const port = Number(process.env.WEB_PORT ?? 4200);
const apiTarget = process.env.API_URL ?? 'http://127.0.0.1:3000';

// The browser only ever talks to its own origin: cookies (session, CSRF) stay first-party and
// server-sent events stream through unbuffered (no timeout, no rewriting of the response).
const apiProxy: Record<string, ProxyOptions> = {
  '/api': {
    target: apiTarget,
    changeOrigin: false,
    xfwd: true,
    timeout: 0,
    proxyTimeout: 0,
  },
};

/** React, the router and TanStack Query (with their runtime dependencies): the vendor chunk. */
const VENDOR_MODULES =
  /[\\/]node_modules[\\/](react|react-dom|scheduler|react-router|react-router-dom|cookie|set-cookie-parser|@tanstack[\\/][^\\/]+)[\\/]/;

// Vite requires a default export from its config file.
export default defineConfig({
  root: webRoot,
  // Keep the dependency pre-bundling cache out of apps/web.
  cacheDir: path.join(repoRoot, 'node_modules/.vite/web'),
  plugins: [react()],
  resolve: {
    alias: {
      '@smartcity/domain': path.join(repoRoot, 'libs/domain/src/index.ts'),
      '@smartcity/contracts': path.join(repoRoot, 'libs/contracts/src/index.ts'),
    },
  },
  build: {
    outDir: path.join(repoRoot, 'dist/apps/web'),
    emptyOutDir: true,
    sourcemap: true,
    rolldownOptions: {
      output: {
        // Feature pages are split by route (router.tsx). The libraries every page needs change far less often
        // than our code, so they get a chunk of their own whose hash, and browser cache, survives our deploys.
        codeSplitting: {
          groups: [{ name: 'vendor', test: VENDOR_MODULES }],
        },
      },
    },
  },
  server: { host: '127.0.0.1', port, strictPort: true, proxy: apiProxy },
  preview: { host: '127.0.0.1', port, strictPort: true, proxy: apiProxy },
});
