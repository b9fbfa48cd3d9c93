import type { Router } from 'express';
import express from 'express';

import type { Database } from '../db/database';
import { withDeadline } from '../db/withDeadline';
import { readServerVersion } from '../repositories/graphStateRepository';
import type { AdmissionLoad } from '../admission/admissionControl';

/** How long /health waits for Neo4j before it says the database is unavailable. */
const HEALTH_TIMEOUT_MS = 1_500;

/**
 * `GET /health`: 200 with the Neo4j version when the database answers, 503 with a reason
 * otherwise; both with the GraphQL requests running and waiting for their turn, when given.
 */
export function healthRoute(db: Database, requests?: () => AdmissionLoad): Router {
  const router = express.Router();
  router.get('/health', async (_req, res) => {
    const load = requests ? { requests: requests() } : {};
    try {
      const neo4j = await withDeadline(readServerVersion(db), HEALTH_TIMEOUT_MS);
      res.json({
        status: 'ok',
        neo4j,
        ...load,
      });
    } catch (error) {
      res.status(503).json({
        status: 'unavailable',
        reason: `Neo4j does not answer: ${error instanceof Error ? error.message : String(error)}`,
        ...load,
      });
    }
  });
  return router;
}
