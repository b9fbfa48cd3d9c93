// The explorer and dashboard: two pages built into dist/web, served by the API server.
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

import { defineConfig } from 'vite';

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
    chunkSizeWarningLimit: 1024,
    rollupOptions: {
      input: {
        explore: resolve(here, 'explore.html'),
        dashboard: resolve(here, 'dashboard.html'),
        curate: resolve(here, 'curate.html'),
      },
    },
  },
  server: {
    // `npx vite web` beside `npm start`: the pages live-reload, the API stays on the server.
    proxy: { '/graphql': 'http://localhost:4000', '/graphiql': 'http://localhost:4000' },
  },
});
