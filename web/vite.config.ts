// The explorer and dashboard: two pages built into dist/web, served by the API server.
import { resolve } from 'node:path';

import { defineConfig } from 'vite';

/** Where the server looks for the built pages (see src/http/webRoutes.ts). */
const OUT_DIR = resolve(__dirname, '..', 'dist', 'web');

export default defineConfig({
  root: __dirname,
  // The server mounts the build under /app; the pages themselves answer at /explore and /dashboard.
  base: '/app/',
  build: {
    outDir: OUT_DIR,
    emptyOutDir: true,
    chunkSizeWarningLimit: 1024,
    rollupOptions: {
      input: {
        explore: resolve(__dirname, 'explore.html'),
        dashboard: resolve(__dirname, 'dashboard.html'),
      },
    },
  },
  server: {
    // `npx vite web` beside `npm start`: the pages live-reload, the API stays on the server.
    proxy: { '/graphql': 'http://localhost:4000', '/graphiql': 'http://localhost:4000' },
  },
});
