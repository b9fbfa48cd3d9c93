import type { ChildProcess } from 'node:child_process';
import { execFile, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { promisify } from 'node:util';

import { hashApiKey } from '../src/auth/authenticate';
import { LOCAL_NEO4J_DEFAULT_PASSWORD } from '../src/config';
import { PROJECT_ROOT } from '../src/projectRoot';

/** A real server process (`src/main.ts`), so that SIGKILL and SIGTERM are real signals. */
export interface ServerProcess {
  child: ChildProcess;
  pid: number;
  baseUrl: string;
  /** A curator API key the server accepts. */
  curatorKey: string;
  /** What the server printed (for diagnostics). */
  output(): string;
  /** Resolves with the exit code (or signal) once the process has ended. */
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
  /** Resident set size in MiB, from `ps`. */
  rssMiB(): Promise<number>;
  /** SIGTERM, then SIGKILL if it has not exited after `graceMs`. */
  stop(graceMs?: number): Promise<void>;
}

/** The Bolt URI of the project's local Neo4j on a port. */
export function boltUri(port: number): string {
  return `bolt://127.0.0.1:${port}`;
}

/** The password the project's local Neo4j uses (or NEO4J_PASSWORD). */
export function neo4jPassword(): string {
  return process.env.NEO4J_PASSWORD ?? LOCAL_NEO4J_DEFAULT_PASSWORD;
}

/** A free TCP port on the loopback interface. */
export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      probe.close(() => resolve(port));
    });
  });
}

const execFileAsync = promisify(execFile);

/**
 * Spawns `node --import tsx src/main.ts` against the Neo4j on `boltPort`, on a free port, with a
 * fresh curator key, and waits until /health answers 200.
 */
export async function startServerProcess(options: {
  boltPort: number;
  env?: Record<string, string>;
  /** Also accept this API key, with the role reader. */
  readerKey?: string;
  readyTimeoutMs?: number;
}): Promise<ServerProcess> {
  const port = await freePort();
  const curatorKey = randomBytes(18).toString('hex');
  const child = spawn(process.execPath, ['--import', 'tsx', join(PROJECT_ROOT, 'src', 'main.ts')], {
    cwd: PROJECT_ROOT,
    env: {
      ...process.env,
      NODE_ENV: 'development',
      LOG_LEVEL: 'warn',
      HOST: '127.0.0.1',
      PORT: String(port),
      NEO4J_URI: boltUri(options.boltPort),
      NEO4J_PASSWORD: neo4jPassword(),
      AUTH_API_KEYS: [
        `reliability-curator:curator:${hashApiKey(curatorKey)}`,
        ...(options.readerKey
          ? [`reliability-reader:reader:${hashApiKey(options.readerKey)}`]
          : []),
      ].join(','),
      ...options.env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  const keep = (chunk: Buffer) => {
    output = (output + chunk.toString('utf8')).slice(-20_000);
  };
  child.stdout?.on('data', keep);
  child.stderr?.on('data', keep);
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
    child.once('exit', (code, signal) => resolve({ code, signal })),
  );
  let ended = false;
  void exited.then(() => {
    ended = true;
  });
  const baseUrl = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + (options.readyTimeoutMs ?? 120_000);
  for (;;) {
    if (ended) throw new Error(`the server exited before it was ready:\n${output}`);
    if (Date.now() > deadline) {
      child.kill('SIGKILL');
      throw new Error(`the server was not ready in time:\n${output}`);
    }
    try {
      if ((await fetch(`${baseUrl}/health`)).status === 200) break;
    } catch {
      // Not listening yet.
    }
    await sleep(200);
  }
  const pid = child.pid ?? 0;
  return {
    child,
    pid,
    baseUrl,
    curatorKey,
    output: () => output,
    exited,
    async rssMiB() {
      const { stdout } = await execFileAsync('ps', ['-o', 'rss=', '-p', String(pid)]);
      return Math.round(Number(stdout.trim()) / 1024);
    },
    async stop(graceMs = 15_000) {
      if (ended) return;
      child.kill('SIGTERM');
      const timer = setTimeout(() => child.kill('SIGKILL'), graceMs);
      await exited;
      clearTimeout(timer);
    },
  };
}

/**
 * Runs `src/main.ts` with `env` (on top of PATH only) until it exits, as a start that must fail
 * does: its exit code and what it printed.
 */
export async function runServerToExit(
  env: Record<string, string>,
  timeoutMs = 60_000,
): Promise<{ code: number | null; output: string }> {
  try {
    const { stdout, stderr } = await execFileAsync(
      process.execPath,
      ['--import', 'tsx', join(PROJECT_ROOT, 'src', 'main.ts')],
      { cwd: PROJECT_ROOT, env: { PATH: process.env.PATH, ...env }, timeout: timeoutMs },
    );
    return { code: 0, output: stdout + stderr };
  } catch (error) {
    const failed = error as { code?: unknown; stdout?: string; stderr?: string };
    return {
      code: typeof failed.code === 'number' ? failed.code : null,
      output: `${failed.stdout ?? ''}${failed.stderr ?? ''}`,
    };
  }
}

/** A GraphQL response as the scenarios read it. */
export interface GraphQLResponse {
  status: number;
  ms: number;
  body: {
    data?: Record<string, unknown> | null;
    errors?: { message: string; path?: unknown; extensions?: Record<string, unknown> }[];
  };
  text: string;
}

/** POSTs one operation; `timeoutMs` aborts a request that hangs. */
export async function postOperation(
  baseUrl: string,
  query: string,
  variables: Record<string, unknown> = {},
  options: { token?: string; timeoutMs?: number } = {},
): Promise<GraphQLResponse> {
  const started = performance.now();
  const response = await fetch(`${baseUrl}/graphql`, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      ...(options.token ? { authorization: `Bearer ${options.token}` } : {}),
    },
    body: JSON.stringify({ query, variables }),
    signal: AbortSignal.timeout(options.timeoutMs ?? 60_000),
  });
  const text = await response.text();
  return { status: response.status, ms: performance.now() - started, body: parseBody(text), text };
}

/** A response body as JSON; empty when it is not JSON (the text still says what it was). */
export function parseBody(text: string): GraphQLResponse['body'] {
  try {
    return JSON.parse(text) as GraphQLResponse['body'];
  } catch {
    return {};
  }
}

/** The distinct `extensions.code` values of a response's errors. */
export function errorCodes(response: GraphQLResponse): string[] {
  return [...new Set((response.body.errors ?? []).map((e) => String(e.extensions?.code)))];
}
