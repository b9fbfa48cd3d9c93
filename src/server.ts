import { readdirSync, readFileSync } from 'node:fs';
import type { Server } from 'node:http';
import { createServer } from 'node:http';
import { join } from 'node:path';

import { ApolloServer } from '@apollo/server';
import {
  ApolloServerPluginCacheControlDisabled,
  ApolloServerPluginLandingPageDisabled,
} from '@apollo/server/plugin/disabled';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import { expressMiddleware } from '@as-integrations/express5';
import { ApolloArmor } from '@escape.tech/graphql-armor';
import express from 'express';
import { buildSchema } from 'graphql';
import type { Logger } from 'pino';

import { admissionControl } from './admission/admissionControl';
import { authenticate } from './auth/authenticate';
import { readsNeedAToken } from './auth/requireRole';
import { isMutationRequest } from './admission/isMutationRequest';
import { AggregateCache } from './cache/aggregateCache';
import type { Config } from './config';
import type { Context } from './context';
import { createContext } from './context';
import type { Database } from './db/database';
import { createErrorFormatter } from './errors/formatError';
import { QueryLimitCode, rejectQueriesAs } from './errors/queryLimitRejection';
import { bodyErrorHandler } from './http/bodyErrorHandler';
import { endRequestTransaction } from './http/endRequestTransaction';
import { graphiqlRoutes } from './http/graphiqlRoutes';
import { healthRoute } from './http/healthRoute';
import { createIntegrations } from './http/integrations';
import { responseWriteDeadline } from './http/responseWriteDeadline';
import { securityHeaders } from './http/securityHeaders';
import { webRoutes } from './http/webRoutes';
import { inputLimitsPlugin, responseSizePlugin } from './limits';
import { QueryPlanner } from './planner/queryPlanner';
import { ROOT_PLANNERS } from './planner/rootPlanners';
import { PROJECT_ROOT } from './projectRoot';
import { resolversFor } from './resolvers';

/** Where `npm run build:web` puts the explorer and the dashboard. */
export const WEB_BUILD_FOLDER = join(PROJECT_ROOT, 'dist', 'web');

/** Largest request body accepted (a curated document fits many times over). */
const MAX_BODY = '1mb';

/**
 * How long a stopping server lets in-flight requests finish before it closes their connections:
 * with the driver closed after it, the process exits well within the 10 s a supervisor (systemd,
 * Kubernetes) waits between SIGTERM and SIGKILL.
 */
export const SHUTDOWN_GRACE_MS = 8_000;

/** The SDL files of `schema/`, the contract. */
export function readTypeDefs(folder = join(PROJECT_ROOT, 'schema')): string[] {
  return readdirSync(folder)
    .filter((file) => file.endsWith('.graphql'))
    .sort()
    .map((file) => readFileSync(join(folder, file), 'utf8'));
}

/** The server's release, from package.json (part of its HTTP validators). */
const RELEASE = (
  JSON.parse(readFileSync(join(PROJECT_ROOT, 'package.json'), 'utf8')) as {
    version: string;
  }
).version;

/** A built server: the HTTP server (not yet listening) and the Apollo instance behind it. */
export interface BuiltServer {
  httpServer: Server;
  apollo: ApolloServer<Context>;
  app: express.Express;
}

/**
 * Builds the Apollo server and its HTTP app (GraphQL, GraphiQL, health, the explorer and the
 * dashboard) without listening, so tests and `main` share it. Call `apollo.stop()` to drain it.
 */
export async function buildServer(deps: {
  config: Config;
  db: Database;
  logger: Logger;
}): Promise<BuiltServer> {
  const { config, db, logger } = deps;
  const app = express();
  app.disable('x-powered-by');
  // Entity tags come from the graph's version (http/httpCaching.ts), never from hashing bodies.
  app.set('etag', false);
  app.use(securityHeaders());
  app.use(responseWriteDeadline(config.http.responseWriteTimeoutMs));
  // A client has this long to send its whole request (headers and body), then it gets 408: one
  // that sends a byte at a time holds a connection for that long at most, never a turn.
  const httpServer = createServer(
    {
      requestTimeout: config.http.bodyReadTimeoutMs,
      headersTimeout: config.http.bodyReadTimeoutMs,
      connectionsCheckingInterval: Math.min(1_000, config.http.bodyReadTimeoutMs),
    },
    app,
  );
  const limits = config.limits;
  // Each limit's rejection hook reports its refusal with the limit's code (errors/formatError.ts).
  const armor = new ApolloArmor({
    maxDepth: { n: limits.maxDepth, ...rejectQueriesAs(QueryLimitCode.QUERY_TOO_DEEP) },
    costLimit: { maxCost: limits.maxCost, ...rejectQueriesAs(QueryLimitCode.QUERY_TOO_COMPLEX) },
    maxAliases: { n: limits.maxAliases, ...rejectQueriesAs(QueryLimitCode.TOO_MANY_ALIASES) },
    // Counted by graphql-js's parser instead (parseOptions): armor counts in a hook whose
    // errors Apollo answers with HTTP 500.
    maxTokens: { enabled: false },
    maxDirectives: { n: 20, ...rejectQueriesAs(QueryLimitCode.TOO_MANY_DIRECTIVES) },
    blockFieldSuggestion: { enabled: config.env === 'production' },
  });
  const protection = armor.protect();
  const typeDefs = readTypeDefs();
  const admission = admissionControl({
    ...config.admission,
    isWrite: (req) => isMutationRequest(req, limits.maxTokens),
    database: db.availability,
  });
  const aggregates = new AggregateCache();
  const integrations = createIntegrations({
    config,
    db,
    logger,
    admission,
    aggregates,
    typeDefs,
    release: RELEASE,
  });
  const apollo = new ApolloServer<Context>({
    typeDefs,
    resolvers: resolversFor(config.readPath, buildSchema(typeDefs.join('\n'))),
    introspection: config.introspection,
    includeStacktraceInErrorResponses: false,
    allowBatchedHttpRequests: false,
    parseOptions: { maxTokens: limits.maxTokens },
    csrfPrevention: true,
    formatError: createErrorFormatter(logger),
    validationRules: protection.validationRules,
    plugins: [
      ...protection.plugins,
      ApolloServerPluginDrainHttpServer({ httpServer, stopGracePeriodMillis: SHUTDOWN_GRACE_MS }),
      ApolloServerPluginLandingPageDisabled(),
      // No field sets cache hints: the plugin would only spend time on every resolved field.
      ApolloServerPluginCacheControlDisabled(),
      inputLimitsPlugin(limits),
      responseSizePlugin(limits.maxResponseBytes),
      endRequestTransaction(),
      ...integrations.plugins,
    ],
  });
  await apollo.start();

  app.use(...integrations.first);
  app.use(healthRoute(db, admission.load));
  app.use(integrations.routes(apollo));
  app.use(webRoutes(WEB_BUILD_FOLDER));
  if (config.graphiql) {
    app.use(graphiqlRoutes({ page: join(WEB_BUILD_FOLDER, 'graphiql.html') }));
    app.get('/', (_req, res) => res.redirect('/graphiql'));
  }
  const planner = new QueryPlanner(ROOT_PLANNERS);
  app.use('/graphql', integrations.conditionalGraphql);
  app.use(
    '/graphql',
    // The body first: a turn is taken only by a request that has fully arrived.
    express.json({ limit: MAX_BODY }),
    admission.middleware,
    expressMiddleware(apollo, {
      context: async ({ req }) => {
        const viewer = await authenticate(req.headers.authorization, config.auth);
        if (!viewer && config.auth.readsRequireAuth) throw readsNeedAToken();
        const bookmarks = integrations.bookmarksOf(req.headers);
        return createContext({
          db,
          config,
          logger,
          viewer,
          // Without the shared cache each request computes its own aggregates (benchmarks measure both).
          aggregates: config.aggregateCache ? aggregates : undefined,
          bookmarks,
          planner,
        });
      },
    }),
  );
  app.use(bodyErrorHandler(logger));
  return { httpServer, apollo, app };
}
