import { z } from 'zod';

import { FILTER_DEPTH_CEILING } from './domain/inputLimits';

const booleanFromEnv = z
  .enum(['true', 'false', '1', '0', 'yes', 'no'])
  .transform((value) => value === 'true' || value === '1' || value === 'yes');

const portNumber = z.coerce.number().int().min(1).max(65535);

/** The development password of the project's own local Neo4j; never used for a NEO4J_URI database. */
export const LOCAL_NEO4J_DEFAULT_PASSWORD = 'cooperation-kg-dev';

const envSchema = z
  .object({
    NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
    HOST: z.string().min(1).default('127.0.0.1'),
    PORT: portNumber.default(4000),
    LOG_LEVEL: z
      .enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'])
      .default('info'),
    NEO4J_URI: z
      .string()
      .regex(
        /^(bolt|neo4j)(\+s|\+ssc)?:\/\/[^\s]+$/,
        'must look like bolt://host:7687 or neo4j+s://host',
      )
      .optional(),
    NEO4J_USER: z.string().min(1).default('neo4j'),
    NEO4J_PASSWORD: z.string().min(1).optional(),
    NEO4J_DATABASE: z.string().min(1).optional(),
    NEO4J_BOLT_PORT: portNumber.default(7687),
    NEO4J_TX_TIMEOUT_MS: z.coerce.number().int().min(100).max(600_000).default(10_000),
    NEO4J_RETRY_MS: z.coerce.number().int().min(0).max(60_000).default(2_000),
    NEO4J_MAX_CONNECTION_POOL_SIZE: z.coerce.number().int().min(1).max(10_000).default(200),
    SEED_ON_START: booleanFromEnv.default(true),
    GRAPHIQL: booleanFromEnv.optional(),
    INTROSPECTION: booleanFromEnv.optional(),
    MAX_PAGE_SIZE: z.coerce.number().int().min(1).max(1000).default(100),
    MAX_QUERY_DEPTH: z.coerce.number().int().min(2).max(50).default(12),
    MAX_QUERY_COST: z.coerce.number().int().min(100).max(1_000_000).default(20_000),
    MAX_ALIASES: z.coerce.number().int().min(1).max(1000).default(30),
    MAX_TOKENS: z.coerce.number().int().min(100).max(100_000).default(5_000),
    MAX_INPUT_LIST_ITEMS: z.coerce.number().int().min(1).max(10_000).default(50),
    MAX_INPUT_VALUES: z.coerce.number().int().min(10).max(100_000).default(500),
    MAX_INPUT_STRING_LENGTH: z.coerce.number().int().min(10).max(1_000_000).default(500),
    MAX_FILTER_DEPTH: z.coerce.number().int().min(1).max(FILTER_DEPTH_CEILING).default(6),
    MAX_ORDER_BY: z.coerce.number().int().min(1).max(20).default(4),
    MAX_FILTER_CONDITIONS: z.coerce.number().int().min(1).max(1_000).default(20),
    MAX_RESPONSE_BYTES: z.coerce.number().int().min(10_000).max(1_000_000_000).default(5_000_000),
    BODY_READ_TIMEOUT_MS: z.coerce.number().int().min(100).max(600_000).default(10_000),
    RESPONSE_WRITE_TIMEOUT_MS: z.coerce.number().int().min(100).max(600_000).default(30_000),
    MAX_CONCURRENT_REQUESTS: z.coerce.number().int().min(1).max(10_000).default(8),
    MAX_CONCURRENT_WRITES: z.coerce.number().int().min(1).max(10_000).default(2),
    MAX_QUEUED_REQUESTS: z.coerce.number().int().min(0).max(100_000).default(1_000),
    REQUEST_QUEUE_TIMEOUT_MS: z.coerce.number().int().min(100).max(600_000).default(30_000),
    AUTH_API_KEYS: z
      .string()
      .regex(
        /^[\w.@-]+:(reader|curator|admin):[0-9a-f]{64}(,[\w.@-]+:(reader|curator|admin):[0-9a-f]{64})*$/,
        'must be name:role:sha256hex entries separated by commas (role reader, curator or admin; `npm run kg -- hash-key NAME ROLE KEY` prints one)',
      )
      .optional(),
    AUTH_JWT_SECRET: z.string().min(32, 'must be at least 32 characters').optional(),
    AUTH_JWT_PUBLIC_KEY: z
      .string()
      .regex(/-----BEGIN PUBLIC KEY-----/, 'must be a PEM public key (RS256)')
      .optional(),
    AUTH_JWT_ISSUER: z.string().min(1).optional(),
    AUTH_JWT_AUDIENCE: z.string().min(1).optional(),
    AUTH_JWT_MAX_LIFETIME_S: z.coerce.number().int().min(60).max(31_536_000).default(86_400),
    AUTH_JWT_CLOCK_TOLERANCE_S: z.coerce.number().int().min(0).max(600).default(60),
    READS_REQUIRE_AUTH: booleanFromEnv.default(false),
    READ_PATH: z.enum(['planner', 'loaders']).default('planner'),
    AGGREGATE_CACHE: booleanFromEnv.default(true),
    LOG_FORMAT: z.enum(['pretty', 'json']).optional(),
    HTTP_CACHE_MAX_AGE: z.coerce.number().int().min(0).max(86_400).default(0),
    METRICS: booleanFromEnv.default(true),
    OTEL_TRACING: booleanFromEnv.default(false),
    OTEL_SERVICE_NAME: z.string().min(1).default('cooperation-kg'),
    OTEL_EXPORTER_OTLP_ENDPOINT: z.url({ protocol: /^https?$/ }).optional(),
    OTEL_EXPORTER_OTLP_TRACES_ENDPOINT: z.url({ protocol: /^https?$/ }).optional(),
  })
  .refine((env) => !(env.NEO4J_URI && !env.NEO4J_PASSWORD), {
    message: 'NEO4J_PASSWORD is required when NEO4J_URI points at your own database',
    path: ['NEO4J_PASSWORD'],
  })
  .refine(
    (env) =>
      env.NODE_ENV !== 'production' ||
      (env.NEO4J_PASSWORD ?? LOCAL_NEO4J_DEFAULT_PASSWORD) !== LOCAL_NEO4J_DEFAULT_PASSWORD,
    {
      message: `production refuses the development password "${LOCAL_NEO4J_DEFAULT_PASSWORD}": set NEO4J_PASSWORD to a password of your own (the local Neo4j takes it when it starts)`,
      path: ['NEO4J_PASSWORD'],
    },
  )
  .refine(
    (env) =>
      !(env.AUTH_JWT_SECRET || env.AUTH_JWT_PUBLIC_KEY) ||
      (env.AUTH_JWT_ISSUER !== undefined && env.AUTH_JWT_AUDIENCE !== undefined),
    {
      message:
        'JWTs are checked for issuer and audience: set AUTH_JWT_ISSUER and AUTH_JWT_AUDIENCE too',
      path: ['AUTH_JWT_ISSUER'],
    },
  );

/** Readers may only read; curators also write; admins also read the audit trail. */
export type Role = 'reader' | 'curator' | 'admin';

/** Validated settings of one server process. */
export interface Config {
  env: 'development' | 'production' | 'test';
  host: string;
  port: number;
  logLevel: string;
  /** Human-readable lines (pino-pretty) or one JSON object a line. */
  logFormat: 'pretty' | 'json';
  neo4j: {
    /** Null when the project runs its own local Neo4j. */
    externalUri: string | null;
    uri: string;
    user: string;
    password: string;
    database: string | undefined;
    localBoltPort: number;
    transactionTimeoutMs: number;
    retryMs: number;
    /** Connections the driver opens to Neo4j at most (per server it connects to). */
    maxConnectionPoolSize: number;
  };
  seedOnStart: boolean;
  graphiql: boolean;
  introspection: boolean;
  auth: {
    /** Hashed API keys: who holds them and with which role. */
    apiKeys: { name: string; role: Role; sha256: string }[];
    jwt: {
      secret: string | null;
      publicKey: string | null;
      issuer: string | null;
      audience: string | null;
      /** The longest a token may live: `exp` at most this many seconds after `iat` (or now). */
      maxLifetimeSeconds: number;
      /** How far clocks may disagree when `iat`, `nbf` and `exp` are checked. */
      clockToleranceSeconds: number;
    };
    readsRequireAuth: boolean;
  };
  limits: {
    maxPageSize: number;
    maxDepth: number;
    maxCost: number;
    maxAliases: number;
    maxTokens: number;
    /** Items in one list of an argument (`or`, `kind`, id lists ...). */
    maxListItems: number;
    /** Values (objects, list items, scalars) in all the read arguments of one operation. */
    maxInputValues: number;
    /** Characters in one string of a read argument (ids have their own, fixed maximum). */
    maxStringLength: number;
    /** Nesting of filters (`and`, `or`, `not`, `hasProgram`, `hasParty`). */
    maxFilterDepth: number;
    /** Entries of one `orderBy`. */
    maxOrderBy: number;
    /** Conditions one filter compiles to (an `or` list of one kind of condition counts once). */
    maxFilterConditions: number;
    /** The largest answer sent, in bytes of JSON. */
    maxResponseBytes: number;
  };
  http: {
    /** The longest a client may take to send its request (headers and body). */
    bodyReadTimeoutMs: number;
    /** The longest a client may take to read an answer once it is written. */
    responseWriteTimeoutMs: number;
  };
  /**
   * How entity reads are answered: `planner` compiles each root field's selection into one
   * statement; `loaders` resolves it level by level in DataLoader batches (the reference path the
   * planner is tested against).
   */
  readPath: 'planner' | 'loaders';
  /** Share dashboard aggregates across requests until the graph changes (off: each request computes them). */
  aggregateCache: boolean;
  admission: {
    maxConcurrent: number;
    /** Mutations run at once, in a line of their own (their turns are not the reads'). */
    maxConcurrentWrites: number;
    maxQueued: number;
    maxWaitMs: number;
  };
  /** `max-age` (seconds) of cacheable answers: anonymous GET queries and CSV feeds. */
  httpCacheMaxAgeSeconds: number;
  /** Whether `/metrics` is served (Prometheus text format). */
  metrics: boolean;
  /** OpenTelemetry tracing of requests and Cypher statements; null when off. */
  tracing: { serviceName: string; tracesEndpoint: string } | null;
}

/** Thrown for a bad environment; its message is one line saying which variable and why. */
export class ConfigError extends Error {
  override name = 'ConfigError';
}

/** How `npm run db:*` reaches the project's own local Neo4j. */
export interface LocalNeo4jSettings {
  boltPort: number;
  password: string;
  /** Undefined leaves the start its own default. */
  startTimeoutMs: number | undefined;
}

/**
 * Reads NEO4J_BOLT_PORT (default 7687), NEO4J_PASSWORD (default the development password) and
 * NEO4J_START_TIMEOUT_MS (optional); throws a ConfigError naming the variable for a bad value.
 * Apart from `loadConfig` so that `db:stop` still works beside an unrelated bad variable.
 */
export function loadLocalNeo4jSettings(env: NodeJS.ProcessEnv = process.env): LocalNeo4jSettings {
  const port = env.NEO4J_BOLT_PORT?.trim();
  let boltPort = 7687;
  if (port !== undefined && port !== '') {
    boltPort = Number(port);
    if (!/^\d+$/.test(port) || boltPort < 1 || boltPort > 65535) {
      throw new ConfigError(`NEO4J_BOLT_PORT must be a port number (1-65535), got "${port}"`);
    }
  }
  const timeout = env.NEO4J_START_TIMEOUT_MS?.trim();
  let startTimeoutMs: number | undefined;
  if (timeout !== undefined && timeout !== '') {
    startTimeoutMs = Number(timeout);
    if (!/^\d+$/.test(timeout) || startTimeoutMs <= 0) {
      throw new ConfigError(
        `NEO4J_START_TIMEOUT_MS must be a number of milliseconds, got "${timeout}"`,
      );
    }
  }
  return {
    boltPort,
    password: env.NEO4J_PASSWORD || LOCAL_NEO4J_DEFAULT_PASSWORD,
    startTimeoutMs,
  };
}

/** The memory and warm-up settings of a new local Neo4j; sizes are checked where they are used. */
export interface LocalNeo4jMemorySettings {
  /** NEO4J_HEAP_MAX, e.g. "2g"; sized from the machine when unset. */
  heapMax: string | undefined;
  /** NEO4J_PAGECACHE, e.g. "1g"; sized from the store when unset. */
  pageCache: string | undefined;
  /** NEO4J_MEMORY: heap and page cache together; half the machine's when unset. */
  budget: string | undefined;
  /** NEO4J_WARMUP: only `false` skips reading the store into the page cache after a start. */
  warmup: boolean;
}

/** Reads the local Neo4j's memory settings (blank counts as unset); they are validated at a start. */
export function loadLocalNeo4jMemorySettings(
  env: NodeJS.ProcessEnv = process.env,
): LocalNeo4jMemorySettings {
  const size = (value: string | undefined) => value?.trim() || undefined;
  return {
    heapMax: size(env.NEO4J_HEAP_MAX),
    pageCache: size(env.NEO4J_PAGECACHE),
    budget: size(env.NEO4J_MEMORY),
    warmup: env.NEO4J_WARMUP !== 'false',
  };
}

/** Reads and validates the configuration from environment variables (see `.env.example`). */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const present = Object.fromEntries(
    Object.entries(env).filter(([, value]) => value !== undefined && value !== ''),
  );
  const parsed = envSchema.safeParse(present);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => {
      const name = issue.path.join('.');
      return `${name}=${JSON.stringify(env[name] ?? '')}: ${issue.message}`;
    });
    throw new ConfigError(`Invalid configuration: ${problems.join('; ')} (see .env.example)`);
  }
  const e = parsed.data;
  const development = e.NODE_ENV !== 'production';
  return {
    env: e.NODE_ENV,
    host: e.HOST,
    port: e.PORT,
    logLevel: e.LOG_LEVEL,
    logFormat: e.LOG_FORMAT ?? (e.NODE_ENV === 'development' ? 'pretty' : 'json'),
    neo4j: {
      externalUri: e.NEO4J_URI ?? null,
      uri: e.NEO4J_URI ?? `bolt://127.0.0.1:${e.NEO4J_BOLT_PORT}`,
      user: e.NEO4J_USER,
      password: e.NEO4J_PASSWORD ?? LOCAL_NEO4J_DEFAULT_PASSWORD,
      database: e.NEO4J_DATABASE,
      localBoltPort: e.NEO4J_BOLT_PORT,
      transactionTimeoutMs: e.NEO4J_TX_TIMEOUT_MS,
      retryMs: e.NEO4J_RETRY_MS,
      maxConnectionPoolSize: e.NEO4J_MAX_CONNECTION_POOL_SIZE,
    },
    seedOnStart: e.SEED_ON_START,
    graphiql: e.GRAPHIQL ?? development,
    introspection: e.INTROSPECTION ?? development,
    auth: {
      apiKeys: (e.AUTH_API_KEYS ?? '')
        .split(',')
        .filter((entry) => entry !== '')
        .map((entry) => {
          const [name = '', role, sha256 = ''] = entry.split(':');
          const known: Role =
            role === 'admin' ? 'admin' : role === 'curator' ? 'curator' : 'reader';
          return { name, role: known, sha256 };
        }),
      jwt: {
        secret: e.AUTH_JWT_SECRET ?? null,
        publicKey: e.AUTH_JWT_PUBLIC_KEY ?? null,
        issuer: e.AUTH_JWT_ISSUER ?? null,
        audience: e.AUTH_JWT_AUDIENCE ?? null,
        maxLifetimeSeconds: e.AUTH_JWT_MAX_LIFETIME_S,
        clockToleranceSeconds: e.AUTH_JWT_CLOCK_TOLERANCE_S,
      },
      readsRequireAuth: e.READS_REQUIRE_AUTH,
    },
    limits: {
      maxPageSize: e.MAX_PAGE_SIZE,
      maxDepth: e.MAX_QUERY_DEPTH,
      maxCost: e.MAX_QUERY_COST,
      maxAliases: e.MAX_ALIASES,
      maxTokens: e.MAX_TOKENS,
      maxListItems: e.MAX_INPUT_LIST_ITEMS,
      maxInputValues: e.MAX_INPUT_VALUES,
      maxStringLength: e.MAX_INPUT_STRING_LENGTH,
      maxFilterDepth: e.MAX_FILTER_DEPTH,
      maxOrderBy: e.MAX_ORDER_BY,
      maxFilterConditions: e.MAX_FILTER_CONDITIONS,
      maxResponseBytes: e.MAX_RESPONSE_BYTES,
    },
    http: {
      bodyReadTimeoutMs: e.BODY_READ_TIMEOUT_MS,
      responseWriteTimeoutMs: e.RESPONSE_WRITE_TIMEOUT_MS,
    },
    readPath: e.READ_PATH,
    aggregateCache: e.AGGREGATE_CACHE,
    admission: {
      maxConcurrent: e.MAX_CONCURRENT_REQUESTS,
      maxConcurrentWrites: e.MAX_CONCURRENT_WRITES,
      maxQueued: e.MAX_QUEUED_REQUESTS,
      maxWaitMs: e.REQUEST_QUEUE_TIMEOUT_MS,
    },
    httpCacheMaxAgeSeconds: e.HTTP_CACHE_MAX_AGE,
    metrics: e.METRICS,
    tracing: e.OTEL_TRACING
      ? {
          serviceName: e.OTEL_SERVICE_NAME,
          // The OTLP/HTTP convention: the traces path is appended to the general endpoint.
          tracesEndpoint:
            e.OTEL_EXPORTER_OTLP_TRACES_ENDPOINT ??
            `${(e.OTEL_EXPORTER_OTLP_ENDPOINT ?? 'http://localhost:4318').replace(/\/$/, '')}/v1/traces`,
        }
      : null,
  };
}
