// The explorer and dashboard: two pages built into dist/web, served by the API server.
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

import { defineConfig } from 'vite';
import { compression } from 'vite-plugin-compression2';

const here = dirname(fileURLToPath(import.meta.url));

/** Where the server looks for the built pages (see src/http/webRoutes.ts). */
const OUT_DIR = resolve(here, '..', 'dist', 'web');

export default defineConfig({
  root: here,
  // The server mounts the build under /app; the pages themselves answer at /explore and /dashboard.
  base: '/app/',
  build: {
    outDir: OUT_DIR,
    emptyOutDir: true,
    // Monaco (GraphiQL's editor) is one 2.8 MB module; it goes out brotli-compressed (~0.5 MB).
    chunkSizeWarningLimit: 3072,
    rollupOptions: {
      // GraphiQL's React packages mark modules "use client", which means nothing in a bundle;
      // the timings of its large bundle are not a warning either.
      onwarn(warning, warn) {
        if (!['MODULE_LEVEL_DIRECTIVE', 'PLUGIN_TIMINGS'].includes(warning.code ?? ''))
          warn(warning);
      },
      input: {
        explore: resolve(here, 'explore.html'),
        dashboard: resolve(here, 'dashboard.html'),
        curate: resolve(here, 'curate.html'),
        list: resolve(here, 'list.html'),
        source: resolve(here, 'source.html'),
        graphiql: resolve(here, 'graphiql.html'),
      },
    },
  },
  // GraphiQL's Monaco editor runs its language services in workers (bundled as files of their own).
  worker: { format: 'es' },
  // Every asset also as .br and .gz beside it: served as is, never compressed per request.
  plugins: [compression({ algorithms: ['brotliCompress', 'gzip'], threshold: 1024 })],
  server: {
    // `npx vite web` beside `npm start`: the pages live-reload, the API stays on the server.
    proxy: { '/graphql': 'http://localhost:4000', '/graphiql': 'http://localhost:4000' },
  },
});
