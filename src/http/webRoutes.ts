import { existsSync } from 'node:fs';
import { join } from 'node:path';

import express from 'express';
import type { Router } from 'express';

/** The pages and the file each is built into (by `npm run build:web`, see web/vite.config.ts). */
const PAGES = {
  '/explore': 'explore.html',
  '/dashboard': 'dashboard.html',
  '/curate': 'curate.html',
} as const;

/**
 * Routes for the explorer and the dashboard, built by Vite into `folder`: the pages at
 * /explore and /dashboard, their content-hashed assets under /app. A missing build is answered
 * with 503 and the command that makes it.
 */
export function webRoutes(folder: string): Router {
  const router = express.Router();
  for (const [path, file] of Object.entries(PAGES)) {
    router.get(path, (_req, res) => {
      const page = join(folder, file);
      if (!existsSync(page)) {
        res
          .status(503)
          .type('text')
          .send('The web pages are not built: run `npm run build:web`.\n');
        return;
      }
      // The page names its assets by content hash: it must be revalidated, they need not be.
      res.sendFile(page, { headers: { 'cache-control': 'no-cache' } });
    });
  }
  router.use('/app', express.static(folder, { index: false, immutable: true, maxAge: '1y' }));
  return router;
}
