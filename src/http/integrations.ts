import type { ApolloServer, ApolloServerPlugin } from '@apollo/server';
import express from 'express';
import type { RequestHandler, Router } from 'express';
import type { Logger } from 'pino';

import type { AggregateCache } from '../cache/aggregateCache';
import type { Config } from '../config';
import type { Context } from '../context';
import type { Database } from '../db/database';
import { metricsPlugin } from '../metrics/metricsPlugin';
import { ServerMetrics } from '../metrics/serverMetrics';
import type { Admission } from '../admission/admissionControl';
import { BOOKMARKS_HEADER, formatBookmarks, parseBookmarks } from './bookmarks';
import { feedRoutes } from './feedRoutes';
import type { HttpCachingOptions } from './httpCaching';
import {
  buildIdOf,
  conditionalRequests,
  graphqlResource,
  httpCachingPlugin,
  searchOf,
} from './httpCaching';
import { requestTracing, tracingPlugin } from './requestTracing';

/** What the server's integrations with other tools are made of. */
export interface IntegrationDeps {
  config: Config;
  db: Database;
  logger: Logger;
  admission: Admission;
  aggregates: AggregateCache;
  typeDefs: readonly string[];
  /** The release of the server (package.json's version): part of every entity tag. */
  release: string;
}

/** The server's edges towards dashboards, BI tools, operators and other replicas. */
export interface Integrations {
  /** Apollo plugins: metrics, HTTP caching headers, tracing names, bookmarks. */
  plugins: ApolloServerPlugin<Context>[];
  /** Mounted first: a span and a timer around every request. */
  first: RequestHandler[];
  /** `/metrics` (unless METRICS=false) and the CSV feeds, once Apollo has started. */
  routes(apollo: ApolloServer<Context>): Router;
  /** Mounted on /graphql before the admission line: 304 for conditional GET queries. */
  conditionalGraphql: RequestHandler;
  /** The client's bookmarks of a request (throws a 400 GraphQL error for a bad header). */
  bookmarksOf(headers: Record<string, string | string[] | undefined>): string[];
}

/** Answers of a request carry the bookmarks its reads waited for or its write made. */
function bookmarksPlugin(): ApolloServerPlugin<Context> {
  return {
    requestDidStart() {
      return Promise.resolve({
        willSendResponse({ contextValue, response }) {
          const bookmarks = contextValue.db.requestBookmarks();
          if (bookmarks.length > 0) {
            response.http.headers.set(BOOKMARKS_HEADER, formatBookmarks(bookmarks));
          }
          return Promise.resolve();
        },
      });
    },
  };
}

/**
 * Builds the integrations of one server: Prometheus metrics, OpenTelemetry request spans, HTTP
 * validators and CSV feeds, and Neo4j bookmarks across replicas (see README, Deployment).
 */
export function createIntegrations(deps: IntegrationDeps): Integrations {
  const { config, db, logger, admission, aggregates } = deps;
  const metrics = new ServerMetrics({
    db,
    admission,
    aggregates,
    maxConnectionPoolSize: config.neo4j.maxConnectionPoolSize,
  });
  const caching: HttpCachingOptions = {
    db,
    buildId: buildIdOf(deps.typeDefs, deps.release),
    maxAgeSeconds: config.httpCacheMaxAgeSeconds,
    readsRequireAuth: config.auth.readsRequireAuth,
    metrics,
  };
  return {
    plugins: [
      metricsPlugin(metrics),
      httpCachingPlugin(caching),
      tracingPlugin(),
      bookmarksPlugin(),
    ],
    first: [requestTracing(), metrics.httpMiddleware],
    routes(apollo) {
      const router = express.Router();
      if (config.metrics) {
        router.get('/metrics', (_req, res, next) => {
          metrics.registry
            .metrics()
            .then((text) => res.set('content-type', metrics.registry.contentType).send(text))
            .catch(next);
        });
      }
      router.use(
        feedRoutes({
          apollo,
          db,
          config,
          logger,
          aggregates,
          admission: admission.middleware,
          caching,
        }),
      );
      return router;
    },
    conditionalGraphql: conditionalRequests(caching, (req) =>
      graphqlResource(searchOf(req), req.headers.accept),
    ),
    bookmarksOf: (headers) => parseBookmarks(headers[BOOKMARKS_HEADER]),
  };
}
