/**
 * The project's own Neo4j: Neo4j Community 5.26 (the last line that runs on Java 17), fetched
 * from Maven Central with Maven, embedded in neo4j/launcher/Neo4jLauncher.java and run as a
 * detached JVM that only offers Bolt on 127.0.0.1. No Docker, no tarball download.
 *
 * This file composes the parts: runtime/ (Java, Maven, the launcher), process/ (pids, signals),
 * fileLock (one start per port, one fetch at a time), readiness/ and bolt/ (is it answering),
 * memorySettings; paths says where everything lives under .neo4j/.
 */
import { mkdir, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';

import { loadLocalNeo4jMemorySettings } from '../src/config';
import { boltAnswers } from './bolt/boltAnswers';
import { BOLT_HOST, boltUri } from './bolt/boltAddress';
import { portIsTaken } from './bolt/portIsTaken';
import { acquireFileLock } from './fileLock';
import { LocalNeo4jError } from './localNeo4jError';
import { memorySettings } from './memorySettings';
import { warmPageCache } from './pageCacheWarmup';
import { instancePaths, projectPaths } from './paths';
import { findRunningPid } from './process/findRunningPid';
import { spawnLauncher } from './process/spawnLauncher';
import { terminate } from './process/terminate';
import { logOffset } from './readiness/launcherLog';
import { waitUntilAnswering } from './readiness/waitUntilAnswering';
import { checkJava, INSTALL_JAVA } from './runtime/checkJava';
import { ensureRuntime } from './runtime/ensureRuntime';

export { LocalNeo4jError } from './localNeo4jError';
export { NEO4J_JVM_FLAGS } from './process/spawnLauncher';
export { NEO4J_MAVEN_ARTIFACT, NEO4J_VERSION } from './version';

const DEFAULT_START_TIMEOUT_MS = 120_000;
/** Time Neo4j gets to checkpoint and close its stores after SIGTERM before it is killed. */
const STOP_GRACE_MS = 60_000;

export interface LocalNeo4jOptions {
  boltPort: number;
  password: string;
  startTimeoutMs?: number;
  log?: (line: string) => void;
  /** JVM -Xmx, e.g. "2g"; defaults to env NEO4J_HEAP_MAX, then sized from the machine. */
  heapMax?: string;
  /** Neo4j page cache, e.g. "1g"; defaults to env NEO4J_PAGECACHE, then sized from the store. */
  pageCache?: string;
  /** Wait for the page cache warm-up of a new Neo4j before answering (load tests from a fresh start). */
  awaitWarmup?: boolean;
  /** Called once this call has spawned a new Neo4j, before it answers (a caller stopping early must stop it). */
  onSpawned?: (pid: number) => void;
}

export interface LocalNeo4jInstance {
  uri: string;
  pid: number;
  startedByThisCall: boolean;
}

function checkPort(boltPort: number): void {
  if (!Number.isInteger(boltPort) || boltPort < 1 || boltPort > 65535) {
    throw new LocalNeo4jError(
      `Bolt port must be an integer from 1 to 65535, got ${String(boltPort)}`,
    );
  }
}

/** Fetches (cached) and starts the local Neo4j on 127.0.0.1:boltPort, or reuses the one already running there. */
export async function startLocalNeo4j(options: LocalNeo4jOptions): Promise<LocalNeo4jInstance> {
  const { boltPort, password } = options;
  checkPort(boltPort);
  if (password.length === 0) {
    throw new LocalNeo4jError('the Neo4j password is empty: set NEO4J_PASSWORD');
  }
  const log = options.log ?? ((): void => undefined);
  const timeoutMs = options.startTimeoutMs ?? DEFAULT_START_TIMEOUT_MS;
  const paths = projectPaths();
  const instance = instancePaths(paths, boltPort);
  const uri = boltUri(boltPort);

  // Serialises starts of one port (a test run and `npm start` racing): one spawns, the other reuses.
  const release = await acquireFileLock(
    instance.startLock,
    `starting the Neo4j on port ${String(boltPort)}`,
  );
  try {
    const runningPid = await findRunningPid(instance);
    if (runningPid !== undefined) {
      await waitUntilAnswering({
        instance,
        uri,
        pid: runningPid,
        password,
        logOffset: 0,
        timeoutMs,
        startedByThisCall: false,
      });
      return { uri, pid: runningPid, startedByThisCall: false };
    }
    await rm(instance.pidFile, { force: true });
    if (await portIsTaken(boltPort)) {
      throw new LocalNeo4jError(
        `port ${String(boltPort)} on ${BOLT_HOST} is taken by another program, not a Neo4j of this project: stop it or set NEO4J_BOLT_PORT to a free port`,
      );
    }
    await checkJava(paths);
    await ensureRuntime(paths, log);
    const memory = await memorySettings(options, paths, instance, log);

    await mkdir(path.dirname(instance.logFile), { recursive: true });
    const startOffset = await logOffset(instance.logFile);
    const child = spawnLauncher(paths, instance, boltPort, password, memory);
    const pid = child.pid;
    if (pid === undefined) {
      throw new LocalNeo4jError(`could not start java: ${INSTALL_JAVA}`);
    }
    await writeFile(instance.pidFile, `${String(pid)}\n`);
    options.onSpawned?.(pid);
    await waitUntilAnswering({
      instance,
      uri,
      pid,
      password,
      logOffset: startOffset,
      timeoutMs,
      startedByThisCall: true,
    });
    if (loadLocalNeo4jMemorySettings().warmup) {
      const warming = warmPageCache(uri, password, log);
      if (options.awaitWarmup) await warming;
    }
    return { uri, pid, startedByThisCall: true };
  } finally {
    await release();
  }
}

/** Stops the local Neo4j on that port (SIGTERM, waits for exit, SIGKILL after a grace period); false when none was running. */
export async function stopLocalNeo4j(boltPort: number): Promise<boolean> {
  checkPort(boltPort);
  const instance = instancePaths(projectPaths(), boltPort);
  const pid = await findRunningPid(instance);
  if (pid !== undefined) {
    await terminate(pid, STOP_GRACE_MS);
  }
  await rm(instance.pidFile, { force: true });
  return pid !== undefined;
}

/** Reports whether our local Neo4j on that port is running and answering. */
export async function localNeo4jStatus(
  boltPort: number,
): Promise<{ running: boolean; uri: string; pid?: number }> {
  checkPort(boltPort);
  const instance = instancePaths(projectPaths(), boltPort);
  const uri = boltUri(boltPort);
  const pid = await findRunningPid(instance);
  if (pid === undefined) {
    return { running: false, uri };
  }
  return { running: await boltAnswers(boltPort), uri, pid };
}

/**
 * Where the local Neo4j keeps its jars (Maven's copy of Neo4j, `neo4j-admin`'s tools included)
 * and the DBMS home of the instance on `boltPort` (its `data/` holds the databases).
 */
export function localNeo4jFolders(boltPort: number): { libDir: string; home: string } {
  checkPort(boltPort);
  const paths = projectPaths();
  return { libDir: paths.libDir, home: instancePaths(paths, boltPort).home };
}
