import express from 'express';
import type { Router } from 'express';

import type { Database } from '../db/database';
import { str } from '../db/rowValues';

/** How long /health waits for Neo4j before it says the database is unavailable. */
const HEALTH_TIMEOUT_MS = 1_500;

/** `GET /health`: 200 with the Neo4j version when the database answers, 503 with a reason otherwise. */
export function healthRoute(db: Database): Router {
  const router = express.Router();
  router.get('/health', async (_req, res) => {
    try {
      const rows = await withTimeout(
        db.read(
          'CALL dbms.components() YIELD name, versions, edition RETURN name, versions[0] AS version, edition',
        ),
        HEALTH_TIMEOUT_MS,
      );
      const kernel = rows[0];
      res.json({
        status: 'ok',
        neo4j: kernel ? { version: str(kernel.version), edition: str(kernel.edition) } : null,
      });
    } catch (error) {
      res.status(503).json({
        status: 'unavailable',
        reason: `Neo4j does not answer: ${error instanceof Error ? error.message : String(error)}`,
      });
    }
  });
  return router;
}

function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`no answer within ${ms} ms`)), ms);
    promise.then(
      (value) => {
        clearTimeout(timer);
        resolve(value);
      },
      (error: unknown) => {
        clearTimeout(timer);
        reject(error instanceof Error ? error : new Error(String(error)));
      },
    );
  });
}
