/**
 * `npm run bench:cpu`: where our server's CPU goes under load. Starts the built server with
 * `--cpu-prof` on the benchmark's database (the graph `npm run bench` loaded), drives each
 * operation but `stats` in turn at 10 connections (after a short warm-up pass), stops the server so Node writes the profile,
 * and prints the busy time by component and the functions with the most self time. The profile
 * and the table go to bench/results/cpu-profile.*; open the `.cpuprofile` in Chrome's DevTools
 * for the whole tree.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { parseArgs } from 'node:util';

import autocannon from 'autocannon';
import neo4j from 'neo4j-driver';

import { createDatabaseUser } from '../neo4j/databaseUser';
import { startLocalNeo4j, stopLocalNeo4j } from '../neo4j/localNeo4j';
import { LOCAL_NEO4J_DEFAULT_PASSWORD } from '../src/config';
import { PROJECT_ROOT } from '../src/projectRoot';
import { findFixtures } from './fixtures';
import { buildOperations } from './operations';
import { componentOf, summariseProfile } from './profileSummary';
import type { CpuProfile } from './profileSummary';

const BENCH_BOLT_PORT = Number(process.env.NEO4J_BENCH_BOLT_PORT ?? 7695);
const PORT = 4103;

const { values } = parseArgs({
  options: {
    seconds: { type: 'string', default: '10' },
    // A first pass warms Neo4j's caches and the JIT, so the profile is not of a cold start.
    warmup: { type: 'string', default: '3' },
    connections: { type: 'string', default: '10' },
  },
});

async function main(): Promise<void> {
  const password = process.env.NEO4J_PASSWORD ?? LOCAL_NEO4J_DEFAULT_PASSWORD;
  const external = process.env.NEO4J_URI;
  const local = external
    ? null
    : await startLocalNeo4j({
        boltPort: BENCH_BOLT_PORT,
        password,
        heapMax: process.env.NEO4J_HEAP_MAX ?? '4g',
        pageCache: process.env.NEO4J_PAGECACHE ?? '6g',
        log: (line) => console.log(line),
      });
  const uri = external ?? local?.uri ?? '';
  // Production, as deployed (graphql-js's development checks alone were 3 % of busy time);
  // production refuses the development password, so the server gets a user of its own then.
  const production =
    password === LOCAL_NEO4J_DEFAULT_PASSWORD
      ? await createDatabaseUser({ uri, adminPassword: password, user: 'cooperation-kg-bench' })
      : null;
  const profileDir = mkdtempSync(join(tmpdir(), 'cpu-profile-'));
  const server = spawn(
    process.execPath,
    ['--cpu-prof', `--cpu-prof-dir=${profileDir}`, 'dist/src/main.js'],
    {
      cwd: PROJECT_ROOT,
      env: {
        ...process.env,
        NEO4J_URI: uri,
        NEO4J_PASSWORD: password,
        ...(production ? { NEO4J_USER: production.user, NEO4J_PASSWORD: production.password } : {}),
        NODE_ENV: 'production',
        LOG_LEVEL: 'warn',
        SEED_ON_START: 'false',
        HOST: '127.0.0.1',
        PORT: String(PORT),
      },
      stdio: ['ignore', 'inherit', 'inherit'],
    },
  );
  const exited = new Promise<void>((resolve) => server.once('exit', () => resolve()));
  try {
    await waitForServer();
    const driver = neo4j.driver(uri, neo4j.auth.basic(process.env.NEO4J_USER ?? 'neo4j', password));
    const operations = buildOperations(await findFixtures(driver)).filter((op) => !op.cached);
    await driver.close();
    const seconds = Number(values.seconds);
    const drive = (body: unknown, duration: number) =>
      autocannon({
        url: `http://127.0.0.1:${PORT}/graphql`,
        connections: Number(values.connections),
        duration,
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(body),
      });
    for (const operation of operations) await drive(operation.ours, Number(values.warmup));
    for (const operation of operations) {
      const result = await drive(operation.ours, seconds);
      console.log(
        `${operation.name}: ${Math.round(result.requests.total / seconds)} req/s, p50 ${result.latency.p50} ms, ${result.non2xx + result.errors} failed`,
      );
    }
  } finally {
    server.kill('SIGINT');
    await exited;
    if (local?.startedByThisCall) await stopLocalNeo4j(BENCH_BOLT_PORT);
  }
  const file = readdirSync(profileDir).find((name) => name.endsWith('.cpuprofile'));
  if (!file) throw new Error(`the server wrote no profile into ${profileDir}`);
  const profile = JSON.parse(readFileSync(join(profileDir, file), 'utf8')) as CpuProfile;
  const summary = summariseProfile(profile, componentOf);
  const lines = [
    `## Where the server's CPU goes (${new Date().toISOString()})`,
    '',
    `${(summary.totalMs / 1000).toFixed(1)} s profiled, ${summary.idlePercent.toFixed(1)} % idle.`,
    '',
    '| component | share of busy time |',
    '| --- | ---: |',
    ...summary.components.map(([name, share]) => `| ${name} | ${share.toFixed(1)} % |`),
    '',
    '| function (self time) | where | share of busy time |',
    '| --- | --- | ---: |',
    ...summary.functions.map(
      ([name, where, share]) => `| ${name} | ${where} | ${share.toFixed(1)} % |`,
    ),
    '',
  ];
  const results = join(PROJECT_ROOT, 'bench', 'results');
  writeFileSync(join(results, 'cpu-profile.md'), lines.join('\n'));
  renameSync(join(profileDir, file), join(results, 'cpu-profile.cpuprofile'));
  console.log(lines.join('\n'));
}

async function waitForServer(): Promise<void> {
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    try {
      const response = await fetch(`http://127.0.0.1:${PORT}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: '{ __typename }' }),
      });
      if (response.ok) return;
    } catch {
      // not listening yet
    }
    await sleep(50);
  }
  throw new Error('the server did not answer within 60 s');
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
