import type { ApolloServer } from '@apollo/server';
import express from 'express';
import type { RequestHandler, Response, Router } from 'express';
import Papa from 'papaparse';
import type { Logger } from 'pino';

import { authenticate } from '../auth/authenticate';
import type { Viewer } from '../auth/authenticate';
import type { AggregateCache } from '../cache/aggregateCache';
import type { Config } from '../config';
import type { Context } from '../context';
import { createContext } from '../context';
import type { Database } from '../db/database';
import { ErrorCode } from '../errors';
import { parseBookmarks } from './bookmarks';
import type { Feed } from './feeds';
import { FEEDS } from './feeds';
import type { HttpCachingOptions } from './httpCaching';
import {
  cacheableControl,
  CACHEABLE_VARY,
  conditionalRequests,
  entityTag,
  isCacheableRequest,
  NO_STORE,
  searchOf,
} from './httpCaching';

const FEED_BY_FILE = new Map(FEEDS.map((feed) => [`${feed.name}.csv`, feed]));

/** HTTP status of a feed that failed with a GraphQL error code. */
const STATUS_OF_CODE: Record<string, number> = {
  [ErrorCode.BAD_USER_INPUT]: 400,
  [ErrorCode.PAGE_SIZE_EXCEEDED]: 400,
  [ErrorCode.UNAUTHENTICATED]: 401,
  [ErrorCode.FORBIDDEN]: 403,
  [ErrorCode.QUERY_TIMEOUT]: 504,
  [ErrorCode.DATABASE_UNAVAILABLE]: 503,
  [ErrorCode.SERVER_BUSY]: 503,
  BAD_REQUEST: 400,
};

export interface FeedRouteOptions {
  apollo: ApolloServer<Context>;
  db: Database;
  config: Config;
  logger: Logger;
  aggregates: AggregateCache;
  /** The admission line the GraphQL endpoint uses: feeds run the same aggregates. */
  admission: RequestHandler;
  caching: HttpCachingOptions;
}

/** The resource of a feed request, for its entity tag. */
const feedResource = (path: string, search: string) => `feed${path}${search}`;

function fail(res: Response, status: number, message: string): void {
  res.status(status).set('cache-control', NO_STORE).type('text/plain').send(`${message}\n`);
}

/** The feed's variables from its URL query, or a message saying what is wrong with it. */
function variablesOf(feed: Feed, query: Record<string, unknown>): Record<string, unknown> | string {
  const unknown = Object.keys(query).filter((key) => !(feed.takesFirst && key === 'first'));
  if (unknown.length > 0) {
    return `Unknown parameter ${unknown.join(', ')}: ${feed.takesFirst ? 'this feed takes only first' : 'this feed takes none'}.`;
  }
  if (query.first === undefined) return {};
  if (typeof query.first !== 'string' || !/^\d{1,4}$/.test(query.first)) {
    return 'first must be a whole number, e.g. ?first=10.';
  }
  return { first: Number(query.first) };
}

/**
 * CSV feeds of the dashboard aggregates at stable URLs (`/feeds/<name>.csv`, listed at `/feeds`)
 * for spreadsheets and BI tools. Each runs its GraphQL operation through the server (same
 * aggregate cache, limits and admission line) and carries the same validators as GraphQL GET
 * answers: an `ETag` from the graph's version, `304` while the graph is unchanged, nothing
 * stored for a request with a token.
 */
export function feedRoutes(options: FeedRouteOptions): Router {
  const router = express.Router();
  const { apollo, config, caching } = options;

  router.get('/feeds', (_req, res) => {
    res.set('cache-control', NO_STORE).json({
      feeds: FEEDS.map((feed) => ({
        name: feed.name,
        url: `/feeds/${feed.name}.csv`,
        description: feed.description,
        columns: feed.columns,
        parameters: feed.takesFirst ? ['first'] : [],
      })),
    });
  });

  router.get(
    '/feeds/:file',
    (req, res, next) => {
      if (!FEED_BY_FILE.has(String(req.params.file))) {
        fail(res, 404, `No such feed; /feeds lists them.`);
        return;
      }
      next();
    },
    conditionalRequests(caching, (req) => feedResource(req.path, searchOf(req))),
    options.admission,
    async (req, res) => {
      const feed = FEED_BY_FILE.get(String(req.params.file));
      if (!feed) return;
      const variables = variablesOf(feed, req.query);
      if (typeof variables === 'string') {
        fail(res, 400, variables);
        return;
      }
      let viewer: Viewer | null;
      let bookmarks: string[];
      try {
        viewer = await authenticate(req.headers.authorization, config.auth);
        bookmarks = parseBookmarks(req.headers['neo4j-bookmarks']);
      } catch (error) {
        fail(res, 401, error instanceof Error ? error.message : 'Not authenticated.');
        return;
      }
      if (!viewer && config.auth.readsRequireAuth) {
        fail(res, 401, 'Not authenticated: this server requires a bearer token for every request.');
        return;
      }
      const { db, logger, aggregates } = options;
      const contextValue = createContext({ db, config, logger, aggregates, viewer, bookmarks });
      const cacheable =
        isCacheableRequest(req.method, req.headers.authorization, caching.readsRequireAuth) &&
        !viewer;
      // Read before the aggregates, so that the tag never claims a newer graph than they saw.
      const version = cacheable ? contextValue.graphVersion() : null;
      version?.catch(() => undefined);
      const response = await apollo.executeOperation(
        { query: feed.query, variables },
        { contextValue },
      );
      const result = response.body.kind === 'single' ? response.body.singleResult : null;
      const error = result?.errors?.[0];
      if (!result || error || !result.data) {
        const raw = error?.extensions?.code;
        const code = typeof raw === 'string' ? raw : ErrorCode.INTERNAL_SERVER_ERROR;
        fail(res, STATUS_OF_CODE[code] ?? 500, `${code}: ${error?.message ?? 'no data'}`);
        return;
      }
      const csv = Papa.unparse(
        { fields: feed.columns, data: feed.rows(result.data) },
        // A spreadsheet must not run a name that starts like a formula (=, +, -, @).
        { newline: '\r\n', escapeFormulae: true },
      );
      res.set({
        'content-type': 'text/csv; charset=utf-8; header=present',
        'content-disposition': `inline; filename="${feed.name}.csv"`,
      });
      const seen = version ? await version.catch(() => null) : null;
      if (seen === null) res.set('cache-control', NO_STORE);
      else {
        res.set({
          etag: entityTag(caching.buildId, seen, feedResource(req.path, searchOf(req))),
          'cache-control': cacheableControl(caching.maxAgeSeconds),
          vary: CACHEABLE_VARY,
        });
      }
      res.send(`${csv}\r\n`);
    },
  );
  return router;
}
