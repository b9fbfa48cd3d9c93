import { existsSync } from 'node:fs';
import { join } from 'node:path';

import express from 'express';
import type { Response, Router } from 'express';
import expressStaticGzip from 'express-static-gzip';

/** The pages and the file each is built into (by `npm run build:web`, see web/vite.config.mts). */
const PAGES = {
  '/explore': 'explore.html',
  '/dashboard': 'dashboard.html',
  '/curate': 'curate.html',
  '/list': 'list.html',
  '/source': 'source.html',
} as const;

/**
 * Sends a built page for revalidation on every visit (it names its assets by content hash: they
 * need not be revalidated); a missing build is answered with 503 and the command that makes it.
 */
export function sendBuiltPage(res: Response, page: string): void {
  if (!existsSync(page)) {
    res.status(503).type('text').send('The web pages are not built: run `npm run build:web`.\n');
    return;
  }
  res.sendFile(page, { headers: { 'cache-control': 'no-cache' } });
}

/**
 * Routes for the explorer, the dashboard, the curator's, list and source pages, built by Vite into
 * `folder`: the pages at their paths, their content-hashed assets under /app, served
 * pre-compressed (brotli or gzip, as the browser accepts, `Vary: Accept-Encoding`) and cached
 * for a year as immutable.
 */
export function webRoutes(folder: string): Router {
  const router = express.Router();
  for (const [path, file] of Object.entries(PAGES)) {
    router.get(path, (_req, res) => sendBuiltPage(res, join(folder, file)));
  }
  router.use(
    '/app',
    expressStaticGzip(folder, {
      enableBrotli: true,
      orderPreference: ['br', 'gzip'],
      index: false,
      serveStatic: { index: false, immutable: true, maxAge: '1y' },
    }),
  );
  return router;
}
