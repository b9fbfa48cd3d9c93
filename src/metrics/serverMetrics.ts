import type { RequestHandler } from 'express';
import { collectDefaultMetrics, Counter, Gauge, Histogram, Registry } from 'prom-client';

import type { AggregateCache } from '../cache/aggregateCache';
import type { Database } from '../db/database';
import { readPoolStats } from '../db/poolStats';
import type { AdmissionLoad, AdmissionRefusals } from '../admission/admissionControl';

/** Seconds: from a cached answer (~1 ms) to a request at the 10 s transaction timeout and past. */
const REQUEST_BUCKETS = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30];
const STATEMENT_BUCKETS = [0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 10];

/** Distinct operation names kept as label values; later ones are counted as `other`. */
const MAX_OPERATION_NAMES = 200;

/** Routes by which HTTP requests are counted (a fixed list: paths never become labels). */
const ROUTES: [RegExp, string][] = [
  [/^\/graphql\/?$/, '/graphql'],
  [/^\/feeds\/[a-z0-9-]+\.csv$/, '/feeds/*.csv'],
  [/^\/feeds\/?$/, '/feeds'],
  [/^\/health$/, '/health'],
  [/^\/metrics$/, '/metrics'],
  [/^\/graphiql(\/|$)/, '/graphiql'],
  [/^\/(explore|dashboard|curate|list|source)$/, '/pages'],
  [/^\/app\//, '/app'],
];

/** What the metrics read when scraped. */
export interface MetricSources {
  db: Database;
  admission: { load: () => AdmissionLoad; refusals: () => AdmissionRefusals };
  aggregates: AggregateCache;
  maxConnectionPoolSize: number;
}

/**
 * The Prometheus metrics of one server (its own registry, so servers built in one process do
 * not mix): GraphQL requests by operation and outcome code, HTTP responses by route and status,
 * the admission line, Neo4j's connection pool, transactions and statements, cache lookups, and
 * the process's own (memory, CPU, event loop, GC) from prom-client's default collectors.
 */
export class ServerMetrics {
  readonly registry = new Registry();
  private readonly operationNames = new Set<string>();
  private readonly graphqlRequests: Counter<'operation' | 'type' | 'code'>;
  private readonly graphqlDuration: Histogram<'operation' | 'type' | 'code'>;
  private readonly httpDuration: Histogram<'route' | 'method' | 'status'>;
  private readonly cacheLookups: Counter<'cache' | 'result'>;

  constructor(sources: MetricSources) {
    const registers = [this.registry];
    collectDefaultMetrics({ register: this.registry });
    this.graphqlRequests = new Counter({
      name: 'kg_graphql_requests_total',
      help: 'GraphQL requests answered, by operation name, operation type and outcome code (OK or the first error code).',
      labelNames: ['operation', 'type', 'code'],
      registers,
    });
    this.graphqlDuration = new Histogram({
      name: 'kg_graphql_request_duration_seconds',
      help: 'Time from the start of GraphQL processing (after the admission line) to the answer.',
      labelNames: ['operation', 'type', 'code'],
      buckets: REQUEST_BUCKETS,
      registers,
    });
    this.httpDuration = new Histogram({
      name: 'kg_http_request_duration_seconds',
      help: 'HTTP requests from arrival to the end of the answer (waiting in line included), by route, method and status.',
      labelNames: ['route', 'method', 'status'],
      buckets: REQUEST_BUCKETS,
      registers,
    });
    this.cacheLookups = new Counter({
      name: 'kg_cache_lookups_total',
      help: 'Cache lookups by cache (http: conditional requests answered 304 or in full; apq: persisted query hashes) and result (hit or miss).',
      labelNames: ['cache', 'result'],
      registers,
    });

    const { admission, aggregates, db } = sources;
    new Gauge({
      name: 'kg_admission_requests',
      help: 'GraphQL requests in the admission line of this process, by state (running, waiting).',
      labelNames: ['state'],
      registers,
      collect() {
        const load = admission.load();
        this.set({ state: 'running' }, load.running);
        this.set({ state: 'waiting' }, load.waiting);
      },
    });
    new Gauge({
      name: 'kg_admission_writes',
      help: "Mutations in the writes' admission line of this process, by state (running, waiting); max is MAX_CONCURRENT_WRITES.",
      labelNames: ['state'],
      registers,
      collect() {
        const writes = admission.load().writes;
        this.set({ state: 'running' }, writes.running);
        this.set({ state: 'waiting' }, writes.waiting);
        this.set({ state: 'max' }, writes.maxConcurrent);
      },
    });
    new Gauge({
      name: 'kg_admission_max_concurrent',
      help: 'MAX_CONCURRENT_REQUESTS of this process.',
      registers,
      collect() {
        this.set(admission.load().maxConcurrent);
      },
    });
    new Counter({
      name: 'kg_admission_refused_total',
      help: 'Requests refused with 503 by the admission line, by reason (queue_full, wait_timeout, database_unavailable).',
      labelNames: ['reason'],
      registers,
      collect() {
        const refused = admission.refusals();
        this.reset();
        this.inc({ reason: 'queue_full' }, refused.queueFull);
        this.inc({ reason: 'wait_timeout' }, refused.waitTimeout);
        this.inc({ reason: 'database_unavailable' }, refused.databaseUnavailable);
      },
    });
    new Counter({
      name: 'kg_aggregate_cache_lookups_total',
      help: 'Dashboard aggregates answered from the cache (hit) or computed (miss) at the graph version of the request.',
      labelNames: ['result'],
      registers,
      collect() {
        const lookups = aggregates.lookups;
        this.reset();
        this.inc({ result: 'hit' }, lookups.hits);
        this.inc({ result: 'miss' }, lookups.misses);
      },
    });
    new Gauge({
      name: 'kg_neo4j_pool_connections',
      help: "The Neo4j driver's connection pool, by state (in_use, idle) and sessions waiting for a connection (waiting).",
      labelNames: ['state'],
      registers,
      collect() {
        const pool = readPoolStats(db.driver);
        if (!pool) return;
        this.set({ state: 'in_use' }, pool.inUse);
        this.set({ state: 'idle' }, pool.idle);
        this.set({ state: 'waiting' }, pool.waiting);
      },
    });
    new Gauge({
      name: 'kg_neo4j_pool_max_connections',
      help: 'NEO4J_MAX_CONNECTION_POOL_SIZE: connections the driver opens at most per Neo4j server.',
      registers,
    }).set(sources.maxConnectionPoolSize);
    const transactions = new Histogram({
      name: 'kg_neo4j_transaction_duration_seconds',
      help: 'Neo4j transactions from session start (or BEGIN) to their end, by kind (read, write, shared: the read transaction a request shares) and outcome (ok, failed).',
      labelNames: ['kind', 'outcome'],
      buckets: STATEMENT_BUCKETS,
      registers,
    });
    const statements = new Histogram({
      name: 'kg_neo4j_statement_duration_seconds',
      help: 'Cypher statements from sending to their result, by outcome (ok, failed).',
      labelNames: ['outcome'],
      buckets: STATEMENT_BUCKETS,
      registers,
    });
    db.instruments.onTransaction((event) =>
      transactions.observe({ kind: event.kind, outcome: event.outcome }, event.seconds),
    );
    db.instruments.onStatement((event) =>
      statements.observe({ outcome: event.failed ? 'failed' : 'ok' }, event.seconds),
    );
  }

  /** Counts one GraphQL request (see `metricsPlugin`). */
  graphqlRequest(operation: string | null, type: string, code: string, seconds: number): void {
    const labels = { operation: this.operationLabel(operation), type, code };
    this.graphqlRequests.inc(labels);
    this.graphqlDuration.observe(labels, seconds);
  }

  /** Counts one cache lookup. */
  cacheLookup(cache: 'http' | 'apq', hit: boolean): void {
    this.cacheLookups.inc({ cache, result: hit ? 'hit' : 'miss' });
  }

  /** Express middleware timing every HTTP request by route, method and status. */
  readonly httpMiddleware: RequestHandler = (req, res, next) => {
    const end = this.httpDuration.startTimer();
    // Read now: routers mounted on a path rewrite req.url while they handle it.
    const path = req.path;
    res.once('finish', () => {
      const route = ROUTES.find(([pattern]) => pattern.test(path))?.[1] ?? 'other';
      end({ route, method: req.method, status: String(res.statusCode) });
    });
    next();
  };

  /** Operation names are the clients' choice: the first few hundred are labels, others `other`. */
  private operationLabel(name: string | null): string {
    if (!name) return '(anonymous)';
    if (this.operationNames.has(name)) return name;
    if (this.operationNames.size >= MAX_OPERATION_NAMES) return 'other';
    this.operationNames.add(name);
    return name;
  }
}
