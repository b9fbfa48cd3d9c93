/**
 * `npm run bench -- --scale N`: loads the synthetic graph of scale N (unless it is already there),
 * then drives our server, a @neo4j/graphql server over the same database and the hand-written
 * Cypher floor with the same query mix, alternating A/B/C, and writes the results as JSON and a
 * markdown table to bench/results/. Prints every figure; never fails on a missed target.
 */
import { spawn } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { parseArgs } from 'node:util';

import neo4j from 'neo4j-driver';
import type { Driver } from 'neo4j-driver';

import { createDatabaseUser } from '../neo4j/databaseUser';
import { startLocalNeo4j, stopLocalNeo4j } from '../neo4j/localNeo4j';
import { LOCAL_NEO4J_DEFAULT_PASSWORD, loadConfig } from '../src/config';
import { connectDatabase } from '../src/db/connectDatabase';
import { applyMigrations } from '../src/db/migrations';
import { generateGraph } from '../src/synthetic/generateGraph';
import { countSyntheticDocuments } from '../src/synthetic/syntheticDocuments';
import { buildSyntheticWorld } from '../src/synthetic/syntheticWorld';
import { SYSTEM_VIEWER } from '../src/import/importDocument';
import { PROJECT_ROOT } from '../src/projectRoot';
import { findFixtures } from './fixtures';
import type { Measurement } from './measure';
import { checkGraphQL, combine, loadCypher, loadGraphQL } from './measure';
import type { Operation } from './operations';
import { buildOperations } from './operations';
import type { BenchmarkResults, OperationResult } from './report';
import { renderMarkdown } from './report';

/** The benchmark's own Neo4j; NEO4J_BENCH_BOLT_PORT moves it (beside other engineers' instances). */
const BENCH_BOLT_PORT = Number(process.env.NEO4J_BENCH_BOLT_PORT ?? 7695);
const OUR_PORT = 4100;
const THEIR_PORT = 4101;
/** Our server with the dashboard aggregate cache off: no ratio may rest on that cache alone. */
const UNCACHED_PORT = 4102;

const { values } = parseArgs({
  options: {
    scale: { type: 'string', default: '1' },
    seed: { type: 'string', default: '1' },
    seconds: { type: 'string', default: '5' },
    rounds: { type: 'string', default: '2' },
    connections: { type: 'string', default: '10' },
    reload: { type: 'boolean', default: false },
    // CI's smoke run: fail when an operation could not be measured or any request failed.
    strict: { type: 'boolean', default: false },
  },
});
const scale = Number(values.scale);
const seed = Number(values.seed);
const seconds = Number(values.seconds);
const rounds = Number(values.rounds);
const connections = Number(values.connections);

async function main(): Promise<void> {
  const external = process.env.NEO4J_URI;
  const password = process.env.NEO4J_PASSWORD ?? LOCAL_NEO4J_DEFAULT_PASSWORD;
  let startedNeo4j = false;
  let uri = external ?? '';
  if (!external) {
    const local = await startLocalNeo4j({
      boltPort: BENCH_BOLT_PORT,
      password,
      heapMax: process.env.NEO4J_HEAP_MAX ?? '4g',
      pageCache: process.env.NEO4J_PAGECACHE ?? '6g',
      log: (line) => console.log(line),
    });
    startedNeo4j = local.startedByThisCall;
    uri = local.uri;
  }
  const env: NodeJS.ProcessEnv = { ...process.env, NEO4J_URI: uri, NEO4J_PASSWORD: password };
  const children: ChildProcess[] = [];
  try {
    const load = await ensureGraph(env);
    const driver = neo4j.driver(uri, neo4j.auth.basic(env.NEO4J_USER ?? 'neo4j', password));
    try {
      const fixtures = await findFixtures(driver);
      console.log('fixtures', fixtures);
      const operations = buildOperations(fixtures);

      // The built server, as deployed (`npm run build && npm run start:prod`). Production
      // refuses the development password, so it gets a database user of its own then.
      const production =
        password === LOCAL_NEO4J_DEFAULT_PASSWORD
          ? await createDatabaseUser({ uri, adminPassword: password, user: 'cooperation-kg-bench' })
          : null;
      const ourEnv: NodeJS.ProcessEnv = {
        ...env,
        ...(production ? { NEO4J_USER: production.user, NEO4J_PASSWORD: production.password } : {}),
        NODE_ENV: 'production',
        LOG_LEVEL: 'warn',
        SEED_ON_START: 'false',
        HOST: '127.0.0.1',
      };
      const ours = startServer(['dist/src/main.js'], OUR_PORT, ourEnv);
      children.push(ours.child);
      const startupMs = await ours.firstAnswer;
      const theirs = startServer(['bench/neo4jGraphqlServer.ts'], THEIR_PORT, env);
      children.push(theirs.child);
      await theirs.firstAnswer;
      const uncached = startServer(['dist/src/main.js'], UNCACHED_PORT, {
        ...ourEnv,
        AGGREGATE_CACHE: 'false',
      });
      children.push(uncached.child);
      await uncached.firstAnswer;
      console.log(`our server answered its first query ${startupMs} ms after it was started`);

      const rss = sampleRss(ours.child.pid ?? 0);
      const results = await measureAll(operations, driver);
      const rssMb = rss.stop();
      const report: BenchmarkResults = {
        at: new Date().toISOString(),
        scale,
        seed,
        seconds,
        rounds,
        connections,
        machine: `${(await import('node:os')).cpus().length} cores, Node ${process.version}`,
        graph: load.graph,
        importRelationshipsPerSecond: load.rate,
        startupMs,
        serverRssMb: rssMb,
        operations: results.operations,
        mix: results.mix,
        mixWithoutStats: results.mixWithoutStats,
      };
      writeResults(report);
      const failed = [...report.operations, results.mix, results.mixWithoutStats].filter(
        (op) =>
          !op.ours ||
          !op.neo4jGraphql ||
          !op.floor ||
          op.ours.errors + op.neo4jGraphql.errors + op.floor.errors > 0,
      );
      if (values.strict && failed.length > 0) {
        throw new Error(`--strict: ${failed.map((op) => op.name).join(', ')} failed or had errors`);
      }
    } finally {
      await driver.close();
    }
  } finally {
    for (const child of children) child.kill('SIGTERM');
    if (startedNeo4j) await stopLocalNeo4j(BENCH_BOLT_PORT);
  }
}

/** Loads the synthetic graph unless the database holds exactly it; returns the load rate. */
async function ensureGraph(env: NodeJS.ProcessEnv): Promise<{
  rate: number | null;
  graph: { nodes: number; relationships: number };
}> {
  const db = await connectDatabase(loadConfig(env));
  try {
    await applyMigrations(db);
    const world = buildSyntheticWorld(scale, seed);
    const expected = countSyntheticDocuments(world);
    const [row] = await db.read(
      `MATCH (s:Source) RETURN count(s) AS all,
              count(CASE WHEN s.id STARTS WITH $prefix THEN 1 END) AS generated`,
      { prefix: `source/synthetic-${seed}-` },
    );
    let rate: number | null = null;
    if (values.reload || Number(row?.all) !== expected || Number(row?.generated) !== expected) {
      console.log(`loading the synthetic graph at scale ${scale} (seed ${seed})...`);
      await wipe(db.driver);
      const { load } = await generateGraph(db, {
        scale,
        seed,
        viewer: SYSTEM_VIEWER,
        onProgress: (p) =>
          process.stdout.write(`\r${p.documents} documents, ${p.relationships} relationships`),
      });
      rate = Math.round(load.relationships / (load.elapsedMs / 1000));
      console.log(`\nloaded in ${(load.elapsedMs / 1000).toFixed(1)} s: ${rate} relationships/s`);
    } else {
      console.log(
        `reusing the synthetic graph at scale ${scale} (pass --reload to measure the import)`,
      );
    }
    const [counts] = await db.read(
      'RETURN COUNT { () } AS nodes, COUNT { ()-[]->() } AS relationships',
    );
    return {
      rate,
      graph: { nodes: Number(counts?.nodes), relationships: Number(counts?.relationships) },
    };
  } finally {
    await db.driver.close();
  }
}

/** Empties the database in batches (auto-commit transactions: one huge delete would not fit). */
async function wipe(driver: Driver): Promise<void> {
  const session = driver.session();
  try {
    await session.run('MATCH (n) CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 20000 ROWS');
  } finally {
    await session.close();
  }
}

function startServer(
  args: string[],
  port: number,
  env: NodeJS.ProcessEnv,
): { child: ChildProcess; firstAnswer: Promise<number> } {
  const started = Date.now();
  const loader = args[0]?.endsWith('.ts') ? ['--import', 'tsx'] : [];
  const child = spawn(process.execPath, [...loader, ...args], {
    cwd: PROJECT_ROOT,
    env: { ...env, PORT: String(port) },
    stdio: ['ignore', 'inherit', 'inherit'],
  });
  const firstAnswer = (async () => {
    const deadline = started + 60_000;
    while (Date.now() < deadline) {
      if (child.exitCode !== null)
        throw new Error(`${args.join(' ')} exited with ${child.exitCode}`);
      try {
        const response = await fetch(`http://127.0.0.1:${port}/graphql`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ query: '{ __typename }' }),
        });
        if (response.ok) return Date.now() - started;
      } catch {
        // not listening yet
      }
      await sleep(25);
    }
    throw new Error(`${args.join(' ')} did not answer within 60 s`);
  })();
  return { child, firstAnswer };
}

function sampleRss(pid: number): { stop: () => { max: number; end: number } } {
  let max = 0;
  let last = 0;
  const read = () => {
    try {
      const status = readFileSync(`/proc/${pid}/status`, 'utf8');
      const kb = Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0);
      last = kb / 1024;
      max = Math.max(max, last);
    } catch {
      // the process is gone, or this is not Linux
    }
  };
  const timer = setInterval(read, 250);
  return {
    stop: () => {
      clearInterval(timer);
      read();
      return { max: Math.round(max), end: Math.round(last) };
    },
  };
}

async function measureAll(
  operations: Operation[],
  driver: Driver,
): Promise<{
  operations: OperationResult[];
  mix: OperationResult;
  mixWithoutStats: OperationResult;
}> {
  const ourUrl = `http://127.0.0.1:${OUR_PORT}`;
  const uncachedUrl = `http://127.0.0.1:${UNCACHED_PORT}`;
  const theirUrl = `http://127.0.0.1:${THEIR_PORT}`;
  const load = { connections, seconds };
  const warm = { connections, seconds: 1 };
  const checked: Operation[] = [];
  const results: OperationResult[] = [];
  for (const op of operations) {
    const oursProblem = await checkGraphQL(ourUrl, op.ours);
    const theirsProblem = await checkGraphQL(theirUrl, op.neo4jGraphql);
    if (oursProblem || theirsProblem) {
      console.log(
        `${op.name}: not measured: ours ${oursProblem ?? 'ok'}; @neo4j/graphql ${theirsProblem ?? 'ok'}`,
      );
      results.push({
        name: op.name,
        ours: null,
        neo4jGraphql: null,
        floor: null,
        note: oursProblem ?? theirsProblem,
      });
      continue;
    }
    checked.push(op);
    await loadGraphQL(ourUrl, [op.ours], warm);
    await loadGraphQL(theirUrl, [op.neo4jGraphql], warm);
    await loadCypher(driver, [op.floor], warm);
    const runs: Record<'ours' | 'theirs' | 'floor', Measurement[]> = {
      ours: [],
      theirs: [],
      floor: [],
    };
    const uncachedRuns: Measurement[] = [];
    if (op.cached) await loadGraphQL(uncachedUrl, [op.ours], warm);
    for (let r = 0; r < rounds; r += 1) {
      runs.ours.push(await loadGraphQL(ourUrl, [op.ours], load));
      if (op.cached) uncachedRuns.push(await loadGraphQL(uncachedUrl, [op.ours], load));
      runs.theirs.push(await loadGraphQL(theirUrl, [op.neo4jGraphql], load));
      runs.floor.push(await loadCypher(driver, [op.floor], load));
    }
    const result: OperationResult = {
      name: op.name,
      ours: combine(runs.ours),
      oursUncached: op.cached ? combine(uncachedRuns) : undefined,
      neo4jGraphql: combine(runs.theirs),
      floor: combine(runs.floor),
      note: null,
    };
    console.log(describe(result));
    results.push(result);
  }
  const mix = await measureMix(`mix (${checked.length} operations)`, checked, driver, {
    ourUrl,
    theirUrl,
    uncachedUrl,
  });
  const withoutStats = checked.filter((op) => !op.cached);
  const mixWithoutStats = await measureMix(
    `mix without stats (${withoutStats.length} operations)`,
    withoutStats,
    driver,
    { ourUrl, theirUrl, uncachedUrl: null },
  );
  return { operations: results, mix, mixWithoutStats };
}

/** The operations together, in turn, on every target (ours without its cache too, when given). */
async function measureMix(
  name: string,
  operations: Operation[],
  driver: Driver,
  urls: { ourUrl: string; theirUrl: string; uncachedUrl: string | null },
): Promise<OperationResult> {
  const load = { connections, seconds };
  const runs: Record<'ours' | 'uncached' | 'theirs' | 'floor', Measurement[]> = {
    ours: [],
    uncached: [],
    theirs: [],
    floor: [],
  };
  for (let r = 0; r < rounds; r += 1) {
    runs.ours.push(
      await loadGraphQL(
        urls.ourUrl,
        operations.map((op) => op.ours),
        load,
      ),
    );
    if (urls.uncachedUrl) {
      runs.uncached.push(
        await loadGraphQL(
          urls.uncachedUrl,
          operations.map((op) => op.ours),
          load,
        ),
      );
    }
    runs.theirs.push(
      await loadGraphQL(
        urls.theirUrl,
        operations.map((op) => op.neo4jGraphql),
        load,
      ),
    );
    runs.floor.push(
      await loadCypher(
        driver,
        operations.map((op) => op.floor),
        load,
      ),
    );
  }
  const mix: OperationResult = {
    name,
    ours: combine(runs.ours),
    oursUncached: urls.uncachedUrl ? combine(runs.uncached) : undefined,
    neo4jGraphql: combine(runs.theirs),
    floor: combine(runs.floor),
    note: null,
  };
  console.log(describe(mix));
  return mix;
}

function describe(result: OperationResult): string {
  const f = (m: Measurement | null) =>
    m
      ? `${m.requestsPerSecond.toFixed(0)} req/s p50 ${m.p50.toFixed(1)} p99 ${m.p99.toFixed(1)} ms, ${m.errors} errors`
      : '-';
  const uncached = result.oursUncached ? ` | ours without cache ${f(result.oursUncached)}` : '';
  return `${result.name}: ours ${f(result.ours)}${uncached} | @neo4j/graphql ${f(result.neo4jGraphql)} | floor ${f(result.floor)}`;
}

function writeResults(report: BenchmarkResults): void {
  const folder = join(PROJECT_ROOT, 'bench', 'results');
  mkdirSync(folder, { recursive: true });
  const name = `scale-${scale}`;
  writeFileSync(join(folder, `${name}.json`), `${JSON.stringify(report, null, 2)}\n`);
  const markdown = renderMarkdown(report);
  writeFileSync(join(folder, `${name}.md`), markdown);
  console.log(`\n${markdown}`);
  console.log(`written to bench/results/${name}.json and ${name}.md`);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
