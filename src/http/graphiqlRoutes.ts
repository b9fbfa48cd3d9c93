import express from 'express';
import type { Router } from 'express';

import { sendBuiltPage } from './webRoutes';

/**
 * The route of `/graphiql`: GraphiQL 5 with the explorer plugin and the example operations of
 * docs/queries, built by Vite with the other pages (`page` is its HTML; its assets are served
 * compressed under /app like theirs, see `webRoutes`).
 */
export function graphiqlRoutes(options: { page: string }): Router {
  const router = express.Router();
  router.get('/graphiql', (_req, res) => sendBuiltPage(res, options.page));
  return router;
}
