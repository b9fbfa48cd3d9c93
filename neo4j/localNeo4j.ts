/**
 * The project's own Neo4j: Neo4j Community 5.26 (the last line that runs on Java 17), fetched
 * from Maven Central with Maven, embedded in neo4j/launcher/Neo4jLauncher.java and run as a
 * detached JVM that only offers Bolt on 127.0.0.1. No Docker, no tarball download.
 *
 * Layout under <repo>/.neo4j/ (git-ignored):
 *   runtime/lib/*.jar, runtime/classes/   Neo4j's jars and the compiled launcher (shared)
 *   runtime/stamp.json                    what runtime/ was made from; a match skips Maven and javac
 *   runtime/maven.log, runtime/javac.log  output of the last fetch / compile
 *   instances/<port>/                     one DBMS home per Bolt port: data/, logs/, neo4j.pid
 */
import { spawn } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import { createHash } from 'node:crypto';
import { closeSync, existsSync, openSync } from 'node:fs';
import { mkdir, open, readdir, readFile, rename, rm, stat, writeFile } from 'node:fs/promises';
import { createConnection, createServer } from 'node:net';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { auth, driver as createDriver, Neo4jError } from 'neo4j-driver';
import type { Config } from 'neo4j-driver';

import { planMemory } from './memorySizing';
import { warmPageCache } from './pageCacheWarmup';

export const NEO4J_VERSION = '5.26.30';
/** Maven coordinates of the embedded DBMS; neo4j/pom.xml declares the same artifact. */
export const NEO4J_MAVEN_ARTIFACT = `org.neo4j:neo4j:${NEO4J_VERSION}`;
const MAVEN_GOAL = 'dependency:copy-dependencies';
const LAUNCHER_MAIN_CLASS = 'Neo4jLauncher';
const JAVA_RELEASE = 17;

const BOLT_HOST = '127.0.0.1';
const DEFAULT_START_TIMEOUT_MS = 120_000;
/** Time Neo4j gets to checkpoint and close its stores after SIGTERM before it is killed. */
const STOP_GRACE_MS = 60_000;
const KILL_WAIT_MS = 10_000;
const POLL_MS = 250;
/** Waiting for another process that is fetching Neo4j or starting the same port. */
const LOCK_WAIT_MS = 10 * 60_000;
const LOCK_UNWRITTEN_STALE_MS = 5_000;

const DEFAULT_HEAP_INITIAL = '512m';
const DEFAULT_HEAP_MAX = '2g';
const DEFAULT_PAGE_CACHE = '1g';
const HEAP_MAX_ENV = 'NEO4J_HEAP_MAX';
const PAGE_CACHE_ENV = 'NEO4J_PAGECACHE';
/** The memory the local Neo4j may take in all (heap and page cache); half the machine's when unset. */
const MEMORY_ENV = 'NEO4J_MEMORY';
/** `false` skips the page cache warm-up after a start. */
const WARMUP_ENV = 'NEO4J_WARMUP';

/**
 * The JVM options of Neo4j 5.26's own conf/neo4j.conf (server.jvm.additional), less two:
 * -XX:+AlwaysPreTouch, which would make an idle dev or test instance hold its whole initial heap,
 * and -XX:+TrustFinalNonStaticFields (with the UnlockExperimentalVMOptions it needs), which
 * neo4j.conf itself says to leave out when Neo4j runs embedded.
 */
export const NEO4J_JVM_FLAGS: readonly string[] = [
  '-XX:+UseG1GC',
  '-XX:-OmitStackTraceInFastThrow',
  '-XX:+DisableExplicitGC',
  '-Djdk.nio.maxCachedBufferSize=1024',
  '-Dio.netty.tryReflectionSetAccessible=true',
  '-Djdk.tls.ephemeralDHKeySize=2048',
  '-Djdk.tls.rejectClientInitiatedRenegotiation=true',
  '-XX:FlightRecorderOptions=stackdepth=256',
  '-XX:+UnlockDiagnosticVMOptions',
  '-XX:+DebugNonSafepoints',
  '--add-opens=java.base/java.nio=ALL-UNNAMED',
  '--add-opens=java.base/java.io=ALL-UNNAMED',
  '--add-opens=java.base/sun.nio.ch=ALL-UNNAMED',
  '--enable-native-access=ALL-UNNAMED',
  '-Dlog4j2.disable.jmx=true',
  '-Dlog4j.layout.jsonTemplate.maxStringLength=32768',
  // Not in neo4j.conf: text files (logs, stamp) are read and written alike whatever the locale.
  '-Dfile.encoding=UTF-8',
];

/** System properties read by Neo4jLauncher.java; keep the names in step with it. */
const LAUNCHER_PROPERTY = {
  home: 'neo4j.launcher.home',
  boltPort: 'neo4j.launcher.boltPort',
  pageCache: 'neo4j.launcher.pageCache',
  pidFile: 'neo4j.launcher.pidFile',
} as const;
/** The launcher takes the password from its environment so that it stays out of `ps`. */
const LAUNCHER_PASSWORD_ENV = 'NEO4J_PASSWORD';
const READY_PREFIX = 'READY ';
const FAILED_PREFIX = 'FAILED ';

const INSTALL_JAVA = 'install Java 17 (e.g. `apt-get install openjdk-17-jdk-headless`)';
const INSTALL_MAVEN = 'install Maven (e.g. `apt-get install maven`)';

export interface LocalNeo4jOptions {
  boltPort: number;
  password: string;
  startTimeoutMs?: number;
  log?: (line: string) => void;
  /** JVM -Xmx, e.g. "2g"; defaults to env NEO4J_HEAP_MAX, then 2g. */
  heapMax?: string;
  /** Neo4j page cache, e.g. "1g"; defaults to env NEO4J_PAGECACHE, then 1g. */
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

/** A failure of the local Neo4j whose message is one line that says what to do about it. */
export class LocalNeo4jError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'LocalNeo4jError';
  }
}

interface Paths {
  repoRoot: string;
  pom: string;
  launcherSource: string;
  stateDir: string;
  runtimeDir: string;
  libDir: string;
  classesDir: string;
  stampFile: string;
  mavenLog: string;
  javacLog: string;
  runtimeLock: string;
}

interface InstancePaths {
  home: string;
  logFile: string;
  pidFile: string;
  startLock: string;
}

interface RuntimeStamp {
  lib: string;
  classes: string;
}

/** This file's directory, whether it is loaded as CommonJS (ts-jest) or as an ES module (tsx). */
function thisModuleDir(): string {
  if (typeof __dirname === 'string') {
    return __dirname;
  }
  // `import.meta` cannot appear in a file that may be compiled to CommonJS, so an ES module
  // reads its own URL off the top frame of a structured stack trace instead.
  const saved = Object.getOwnPropertyDescriptor(Error, 'prepareStackTrace');
  try {
    Error.prepareStackTrace = (_error, callSites) => callSites;
    const holder: { stack?: NodeJS.CallSite[] } = {};
    Error.captureStackTrace(holder);
    const file = holder.stack?.[0]?.getFileName();
    if (!file) {
      throw new LocalNeo4jError('cannot locate neo4j/localNeo4j.ts on disk: run it from a file');
    }
    return path.dirname(file.startsWith('file:') ? fileURLToPath(file) : file);
  } finally {
    if (saved === undefined) {
      Reflect.deleteProperty(Error, 'prepareStackTrace');
    } else {
      Object.defineProperty(Error, 'prepareStackTrace', saved);
    }
  }
}

/**
 * The checkout holding neo4j/pom.xml: this file's parent when run from source, further up when
 * run compiled (e.g. from dist/neo4j/), since the pom and the launcher source are not compiled.
 */
function findRepoRoot(): string {
  const start = thisModuleDir();
  for (let dir = path.dirname(start); ; dir = path.dirname(dir)) {
    if (existsSync(path.join(dir, 'neo4j', 'pom.xml'))) {
      return dir;
    }
    if (path.dirname(dir) === dir) {
      throw new LocalNeo4jError(
        `cannot find neo4j/pom.xml in any folder above ${start}: run from the project's checkout`,
      );
    }
  }
}

function projectPaths(): Paths {
  const repoRoot = findRepoRoot();
  const neo4jDir = path.join(repoRoot, 'neo4j');
  const stateDir = path.join(repoRoot, '.neo4j');
  const runtimeDir = path.join(stateDir, 'runtime');
  return {
    repoRoot,
    pom: path.join(neo4jDir, 'pom.xml'),
    launcherSource: path.join(neo4jDir, 'launcher', `${LAUNCHER_MAIN_CLASS}.java`),
    stateDir,
    runtimeDir,
    libDir: path.join(runtimeDir, 'lib'),
    classesDir: path.join(runtimeDir, 'classes'),
    stampFile: path.join(runtimeDir, 'stamp.json'),
    mavenLog: path.join(runtimeDir, 'maven.log'),
    javacLog: path.join(runtimeDir, 'javac.log'),
    runtimeLock: path.join(stateDir, 'runtime.lock'),
  };
}

function instancePaths(paths: Paths, boltPort: number): InstancePaths {
  const home = path.join(paths.stateDir, 'instances', String(boltPort));
  return {
    home,
    logFile: path.join(home, 'logs', 'neo4j.log'),
    pidFile: path.join(home, 'neo4j.pid'),
    startLock: path.join(home, 'start.lock'),
  };
}

function boltUri(boltPort: number): string {
  return `bolt://${BOLT_HOST}:${String(boltPort)}`;
}

/** Relative to the working directory when under it (npm runs scripts from the repository root). */
function shown(file: string): string {
  const relative = path.relative(process.cwd(), file);
  return relative === '' || relative.startsWith('..') || path.isAbsolute(relative)
    ? file
    : relative;
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

function errorCode(error: unknown): string | undefined {
  if (typeof error === 'object' && error !== null && 'code' in error) {
    const { code } = error;
    return typeof code === 'string' ? code : undefined;
  }
  return undefined;
}

function describe(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

function checkPort(boltPort: number): void {
  if (!Number.isInteger(boltPort) || boltPort < 1 || boltPort > 65535) {
    throw new LocalNeo4jError(
      `Bolt port must be an integer from 1 to 65535, got ${String(boltPort)}`,
    );
  }
}

// ---------------------------------------------------------------------------------------------
// Processes

/** Linux shows a process's command line; elsewhere only "some process has this pid" is known. */
async function commandLine(pid: number): Promise<string[] | undefined> {
  try {
    const raw = await readFile(`/proc/${String(pid)}/cmdline`, 'utf8');
    return raw.split('\0').filter((part) => part.length > 0);
  } catch {
    return undefined;
  }
}

async function isAlive(pid: number): Promise<boolean> {
  try {
    process.kill(pid, 0);
  } catch (error) {
    return errorCode(error) === 'EPERM';
  }
  // A JVM started by this same Node process lingers as a zombie until Node reaps it.
  try {
    const processStat = await readFile(`/proc/${String(pid)}/stat`, 'utf8');
    const state = processStat.slice(
      processStat.lastIndexOf(')') + 2,
      processStat.lastIndexOf(')') + 3,
    );
    return state !== 'Z' && state !== 'X';
  } catch {
    return true;
  }
}

function isOurLauncher(argv: readonly string[], instance: InstancePaths): boolean {
  return (
    argv.includes(LAUNCHER_MAIN_CLASS) &&
    argv.includes(`-D${LAUNCHER_PROPERTY.home}=${instance.home}`)
  );
}

async function readPidFile(pidFile: string): Promise<number | undefined> {
  try {
    const pid = Number.parseInt((await readFile(pidFile, 'utf8')).trim(), 10);
    return Number.isInteger(pid) && pid > 0 ? pid : undefined;
  } catch {
    return undefined;
  }
}

/**
 * The pid of the launcher JVM serving this instance, if one is alive: the pid file when it names
 * such a JVM, otherwise (the pid file lost or stale) whatever /proc says.
 */
async function findRunningPid(instance: InstancePaths): Promise<number | undefined> {
  const recorded = await readPidFile(instance.pidFile);
  if (recorded !== undefined && (await isAlive(recorded))) {
    const argv = await commandLine(recorded);
    if (argv === undefined || isOurLauncher(argv, instance)) {
      return recorded;
    }
  }
  let entries: string[];
  try {
    entries = await readdir('/proc');
  } catch {
    return undefined;
  }
  for (const entry of entries) {
    if (!/^\d+$/.test(entry)) {
      continue;
    }
    const pid = Number(entry);
    const argv = await commandLine(pid);
    if (argv !== undefined && isOurLauncher(argv, instance) && (await isAlive(pid))) {
      return pid;
    }
  }
  return undefined;
}

async function waitForExit(pid: number, timeoutMs: number): Promise<boolean> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (!(await isAlive(pid))) {
      return true;
    }
    await sleep(POLL_MS);
  }
  return !(await isAlive(pid));
}

async function terminate(pid: number, graceMs: number): Promise<void> {
  try {
    process.kill(pid, 'SIGTERM');
  } catch (error) {
    if (errorCode(error) === 'ESRCH') {
      return;
    }
    throw error;
  }
  if (await waitForExit(pid, graceMs)) {
    return;
  }
  try {
    process.kill(pid, 'SIGKILL');
  } catch (error) {
    if (errorCode(error) === 'ESRCH') {
      return;
    }
    throw error;
  }
  if (!(await waitForExit(pid, KILL_WAIT_MS))) {
    throw new LocalNeo4jError(
      `Neo4j (pid ${String(pid)}) survived SIGKILL: check it with \`ps ${String(pid)}\``,
    );
  }
}

interface CommandResult {
  code: number | null;
  missing: boolean;
  output: string;
}

/** Runs a command to completion, its output going to logFile (when given) and being returned. */
function runCommand(
  command: string,
  args: readonly string[],
  options: { cwd: string; logFile?: string },
): Promise<CommandResult> {
  return new Promise((resolve) => {
    const chunks: Buffer[] = [];
    const child = spawn(command, args, { cwd: options.cwd, stdio: ['ignore', 'pipe', 'pipe'] });
    child.stdout.on('data', (chunk: Buffer) => chunks.push(chunk));
    child.stderr.on('data', (chunk: Buffer) => chunks.push(chunk));
    child.on('error', (error) => {
      resolve({ code: null, missing: errorCode(error) === 'ENOENT', output: describe(error) });
    });
    child.on('close', (code) => {
      const output = Buffer.concat(chunks).toString('utf8');
      const finish = (): void => {
        resolve({ code, missing: false, output });
      };
      if (options.logFile === undefined) {
        finish();
      } else {
        writeFile(options.logFile, `$ ${command} ${args.join(' ')}\n${output}`).then(
          finish,
          finish,
        );
      }
    });
  });
}

// ---------------------------------------------------------------------------------------------
// Locks: a file created exclusively, holding the owner's pid so a crashed owner's lock is ignored

async function fileMtimeMs(file: string): Promise<number> {
  try {
    return (await stat(file)).mtimeMs;
  } catch {
    return 0;
  }
}

async function acquireLock(
  lockFile: string,
  timeoutMs: number,
  what: string,
): Promise<() => Promise<void>> {
  await mkdir(path.dirname(lockFile), { recursive: true });
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    try {
      const handle = await open(lockFile, 'wx');
      await handle.writeFile(`${String(process.pid)}\n`);
      await handle.close();
      return async () => {
        if ((await readPidFile(lockFile)) === process.pid) {
          await rm(lockFile, { force: true });
        }
      };
    } catch (error) {
      if (errorCode(error) !== 'EEXIST') {
        throw error;
      }
    }
    const owner = await readPidFile(lockFile);
    // No pid yet is normal for a moment: the owner creates the file, then writes to it.
    const stale =
      owner === undefined
        ? Date.now() - (await fileMtimeMs(lockFile)) > LOCK_UNWRITTEN_STALE_MS
        : !(await isAlive(owner));
    if (stale) {
      await rm(lockFile, { force: true });
      continue;
    }
    if (Date.now() > deadline) {
      throw new LocalNeo4jError(
        `gave up waiting for process ${String(owner ?? '?')}, which is ${what}; stop it or delete ${lockFile}`,
      );
    }
    await sleep(POLL_MS);
  }
}

// ---------------------------------------------------------------------------------------------
// Runtime: Java, Neo4j's jars from Maven Central, the compiled launcher

function javaMajor(versionOutput: string): number | undefined {
  const match = /version "(\d+)(?:\.(\d+))?/.exec(versionOutput);
  if (!match?.[1]) {
    return undefined;
  }
  const first = Number(match[1]);
  return first === 1 && match[2] ? Number(match[2]) : first;
}

async function checkJava(paths: Paths): Promise<void> {
  const result = await runCommand('java', ['-version'], { cwd: paths.repoRoot });
  if (result.missing) {
    throw new LocalNeo4jError(`Java not found on PATH: ${INSTALL_JAVA} to run the local Neo4j`);
  }
  const major = javaMajor(result.output);
  if (result.code !== 0 || major === undefined) {
    throw new LocalNeo4jError(`\`java -version\` failed on this PATH: ${INSTALL_JAVA}`);
  }
  if (major < JAVA_RELEASE) {
    throw new LocalNeo4jError(
      `Java ${String(major)} is first on PATH but Neo4j ${NEO4J_VERSION} needs Java 17 or 21: ${INSTALL_JAVA}`,
    );
  }
}

async function sha256(file: string): Promise<string> {
  return createHash('sha256')
    .update(await readFile(file))
    .digest('hex');
}

async function readStamp(stampFile: string): Promise<RuntimeStamp | undefined> {
  try {
    const parsed: unknown = JSON.parse(await readFile(stampFile, 'utf8'));
    if (typeof parsed === 'object' && parsed !== null && 'lib' in parsed && 'classes' in parsed) {
      const { lib, classes } = parsed;
      if (typeof lib === 'string' && typeof classes === 'string') {
        return { lib, classes };
      }
    }
  } catch {
    // Missing or unreadable: everything is made again.
  }
  return undefined;
}

async function wantedStamp(paths: Paths): Promise<RuntimeStamp> {
  const [pomHash, launcherHash] = await Promise.all([
    sha256(paths.pom),
    sha256(paths.launcherSource),
  ]);
  return {
    lib: `neo4j ${NEO4J_VERSION} pom ${pomHash}`,
    classes: `neo4j ${NEO4J_VERSION} java ${String(JAVA_RELEASE)} launcher ${launcherHash}`,
  };
}

/** Replaces dir by a freshly made sibling, so a failed attempt never leaves a half-filled dir. */
async function replaceDir(dir: string, fill: (tmp: string) => Promise<void>): Promise<void> {
  const tmp = `${dir}.tmp-${String(process.pid)}`;
  await rm(tmp, { recursive: true, force: true });
  await mkdir(tmp, { recursive: true });
  try {
    await fill(tmp);
  } catch (error) {
    await rm(tmp, { recursive: true, force: true });
    throw error;
  }
  await rm(dir, { recursive: true, force: true });
  await rename(tmp, dir);
}

async function fetchNeo4j(paths: Paths, log: (line: string) => void): Promise<void> {
  log(`Fetching Neo4j ${NEO4J_VERSION} from Maven Central (first run only)...`);
  await replaceDir(paths.libDir, async (tmp) => {
    const result = await runCommand(
      'mvn',
      [
        '-B',
        '--no-transfer-progress',
        '-f',
        paths.pom,
        `-Dneo4j.version=${NEO4J_VERSION}`,
        MAVEN_GOAL,
        '-DincludeScope=runtime',
        `-DoutputDirectory=${tmp}`,
      ],
      { cwd: paths.repoRoot, logFile: paths.mavenLog },
    );
    if (result.missing) {
      throw new LocalNeo4jError(
        `Maven (mvn) not found on PATH: ${INSTALL_MAVEN} so Neo4j can be fetched from Maven Central`,
      );
    }
    if (result.code !== 0) {
      throw new LocalNeo4jError(
        `Maven could not fetch ${NEO4J_MAVEN_ARTIFACT} (exit ${String(result.code)}); see ${shown(paths.mavenLog)}`,
      );
    }
  });
}

async function compileLauncher(paths: Paths, log: (line: string) => void): Promise<void> {
  log(`Compiling ${shown(paths.launcherSource)}...`);
  await replaceDir(paths.classesDir, async (tmp) => {
    const result = await runCommand(
      'javac',
      [
        '--release',
        String(JAVA_RELEASE),
        '-encoding',
        'UTF-8',
        '-d',
        tmp,
        '-cp',
        path.join(paths.libDir, '*'),
        paths.launcherSource,
      ],
      { cwd: paths.repoRoot, logFile: paths.javacLog },
    );
    if (result.missing) {
      throw new LocalNeo4jError(
        `javac not found on PATH: install a full JDK 17, not only a JRE (e.g. \`apt-get install openjdk-17-jdk-headless\`)`,
      );
    }
    if (result.code !== 0) {
      throw new LocalNeo4jError(
        `javac could not compile ${shown(paths.launcherSource)}; see ${shown(paths.javacLog)}`,
      );
    }
  });
}

/** Makes runtime/ match the wanted Neo4j version and launcher source; no-op when the stamp matches. */
async function ensureRuntime(paths: Paths, log: (line: string) => void): Promise<void> {
  const wanted = await wantedStamp(paths);
  const isCurrent = (stamp: RuntimeStamp | undefined): boolean =>
    stamp?.lib === wanted.lib &&
    stamp.classes === wanted.classes &&
    existsSync(paths.libDir) &&
    existsSync(paths.classesDir);
  if (isCurrent(await readStamp(paths.stampFile))) {
    return;
  }
  const release = await acquireLock(paths.runtimeLock, LOCK_WAIT_MS, 'fetching Neo4j');
  try {
    const stamp = await readStamp(paths.stampFile);
    if (isCurrent(stamp)) {
      return;
    }
    await mkdir(paths.runtimeDir, { recursive: true });
    // The stamp goes first so that a fetch or compile cut short leaves no stale "current" stamp.
    await rm(paths.stampFile, { force: true });
    if (stamp?.lib !== wanted.lib || !existsSync(paths.libDir)) {
      await fetchNeo4j(paths, log);
    }
    await compileLauncher(paths, log);
    await writeFile(paths.stampFile, `${JSON.stringify(wanted, null, 2)}\n`);
  } finally {
    await release();
  }
}

// ---------------------------------------------------------------------------------------------
// Memory settings

const SIZE_PATTERN = /^(\d+)([kmg])$/i;
const SIZE_UNITS: Record<string, number> = { k: 1024, m: 1024 ** 2, g: 1024 ** 3 };

function sizeInBytes(size: string, name: string): number {
  const match = SIZE_PATTERN.exec(size.trim());
  const unit = SIZE_UNITS[(match?.[2] ?? '').toLowerCase()];
  if (!match?.[1] || unit === undefined) {
    throw new LocalNeo4jError(`${name} must be a size like 2g or 1536m, got "${size}"`);
  }
  return Number(match[1]) * unit;
}

/**
 * The JVM flags and page cache of a start: explicit sizes (options, NEO4J_HEAP_MAX,
 * NEO4J_PAGECACHE) as given, the rest sized from the machine and the store (see `planMemory`).
 */
async function memorySettings(
  options: LocalNeo4jOptions,
  paths: Paths,
  instance: InstancePaths,
  log: (line: string) => void,
): Promise<{ jvm: string[]; pageCache: string }> {
  const configuredHeap = (options.heapMax ?? process.env[HEAP_MAX_ENV])?.trim();
  const configuredPageCache = (options.pageCache ?? process.env[PAGE_CACHE_ENV])?.trim();
  if (configuredHeap) sizeInBytes(configuredHeap, HEAP_MAX_ENV);
  if (configuredPageCache) sizeInBytes(configuredPageCache, PAGE_CACHE_ENV);
  const budget = process.env[MEMORY_ENV]?.trim();
  if (budget) sizeInBytes(budget, MEMORY_ENV);
  let plan;
  try {
    plan = await planMemory({
      heapMax: configuredHeap,
      pageCache: configuredPageCache,
      budget,
      home: instance.home,
      libDir: paths.libDir,
      runtimeDir: paths.runtimeDir,
    });
  } catch (error) {
    // The recommendation is a refinement: without it, the fixed defaults still run.
    log(`memory sizing unavailable (${describe(error)}); using defaults`);
    plan = {
      heapMax: configuredHeap ?? DEFAULT_HEAP_MAX,
      pageCache: configuredPageCache ?? DEFAULT_PAGE_CACHE,
      reason: 'defaults',
    };
  }
  log(`Neo4j memory: heap up to ${plan.heapMax}, page cache ${plan.pageCache} (${plan.reason})`);
  const heapMaxBytes = sizeInBytes(plan.heapMax, HEAP_MAX_ENV);
  // -Xms above -Xmx stops the JVM, so a small heap pulls the initial heap down with it.
  const heapInitial =
    sizeInBytes(DEFAULT_HEAP_INITIAL, 'initial heap') <= heapMaxBytes
      ? DEFAULT_HEAP_INITIAL
      : plan.heapMax;
  return { jvm: [`-Xms${heapInitial}`, `-Xmx${plan.heapMax}`], pageCache: plan.pageCache };
}

// ---------------------------------------------------------------------------------------------
// Network checks

/** True when something already holds the port on the loopback address Neo4j would listen on. */
function portIsTaken(port: number): Promise<boolean> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', (error) => {
      if (errorCode(error) === 'EADDRINUSE') {
        resolve(true);
      } else {
        reject(
          new LocalNeo4jError(`cannot listen on ${BOLT_HOST}:${String(port)}: ${describe(error)}`),
        );
      }
    });
    server.listen({ host: BOLT_HOST, port, exclusive: true }, () => {
      server.close(() => {
        resolve(false);
      });
    });
  });
}

/** Bolt's opening handshake (magic, then versions 5.0-5.8 and 4.4); needs no credentials. */
const BOLT_HANDSHAKE = Buffer.from([
  0x60, 0x60, 0xb0, 0x17, 0x00, 0x08, 0x08, 0x05, 0x00, 0x00, 0x04, 0x04, 0x00, 0x00, 0x00, 0x00,
  0x00, 0x00, 0x00, 0x00,
]);

function boltAnswers(port: number, timeoutMs = 2_000): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = createConnection({ host: BOLT_HOST, port });
    let received = Buffer.alloc(0);
    const finish = (answer: boolean): void => {
      socket.destroy();
      resolve(answer);
    };
    socket.setTimeout(timeoutMs, () => {
      finish(false);
    });
    socket.once('error', () => {
      finish(false);
    });
    socket.once('connect', () => socket.write(BOLT_HANDSHAKE));
    socket.on('data', (chunk: Buffer) => {
      received = Buffer.concat([received, chunk]);
      if (received.length >= 4) {
        finish(received.readUInt32BE(0) !== 0);
      }
    });
    socket.once('end', () => {
      finish(false);
    });
  });
}

type BoltProbe = 'ok' | 'unauthorized' | 'unavailable';

const UNAUTHORIZED_CODES = new Set([
  'Neo.ClientError.Security.Unauthorized',
  'Neo.ClientError.Security.CredentialsExpired',
]);

/** Fails fast: a probe is repeated anyway, and Neo4j has said READY before any is made. */
const PROBE_DRIVER_CONFIG: Pick<
  Config,
  'connectionTimeout' | 'connectionAcquisitionTimeout' | 'maxConnectionPoolSize'
> = {
  connectionTimeout: 2_000,
  connectionAcquisitionTimeout: 4_000,
  maxConnectionPoolSize: 1,
};

/** Runs `RETURN 1` as neo4j/password; a rate-limit answer counts as not ready yet. */
async function probeBolt(uri: string, password: string): Promise<BoltProbe> {
  const probeDriver = createDriver(uri, auth.basic('neo4j', password), PROBE_DRIVER_CONFIG);
  try {
    await probeDriver.executeQuery('RETURN 1 AS ok');
    return 'ok';
  } catch (error) {
    if (error instanceof Neo4jError && UNAUTHORIZED_CODES.has(error.code)) {
      return 'unauthorized';
    }
    return 'unavailable';
  } finally {
    await probeDriver.close();
  }
}

// ---------------------------------------------------------------------------------------------
// Start / stop / status

interface LogScan {
  ready: boolean;
  failure?: string;
}

/** Looks for the launcher's READY/FAILED line for this pid in its log, from offset on. */
async function scanLog(logFile: string, offset: number, pid: number): Promise<LogScan> {
  let text: string;
  try {
    text = (await readFile(logFile)).subarray(offset).toString('utf8');
  } catch {
    return { ready: false };
  }
  let failure: string | undefined;
  for (const line of text.split('\n')) {
    if (line.startsWith(READY_PREFIX) && line.includes(` pid=${String(pid)} `)) {
      return { ready: true };
    }
    if (line.startsWith(FAILED_PREFIX)) {
      failure = line.slice(FAILED_PREFIX.length).trim();
    }
  }
  return failure === undefined ? { ready: false } : { ready: false, failure };
}

interface WaitContext {
  instance: InstancePaths;
  uri: string;
  pid: number;
  password: string;
  logOffset: number;
  timeoutMs: number;
  startedByThisCall: boolean;
}

/**
 * Waits until the launcher has reported READY (so its ALTER USER has run and a probe cannot
 * trip Neo4j's failed-login lockout) and Bolt then answers `RETURN 1` with the password.
 */
async function waitUntilAnswering(context: WaitContext): Promise<void> {
  const { instance, uri, pid, password } = context;
  const logShown = shown(instance.logFile);
  const deadline = Date.now() + context.timeoutMs;
  let readySeen = false;
  while (Date.now() < deadline) {
    if (!(await isAlive(pid))) {
      const { failure } = await scanLog(instance.logFile, context.logOffset, pid);
      throw new LocalNeo4jError(
        failure === undefined
          ? `Neo4j (pid ${String(pid)}) exited during startup; see ${logShown}`
          : `Neo4j failed to start: ${failure.slice(0, 300)}; see ${logShown}`,
      );
    }
    readySeen ||=
      (await scanLog(instance.logFile, context.logOffset, pid)).ready ||
      !existsSync(instance.logFile);
    if (readySeen) {
      const probe = await probeBolt(uri, password);
      if (probe === 'ok') {
        return;
      }
      if (probe === 'unauthorized') {
        throw new LocalNeo4jError(
          `Neo4j on ${uri} (pid ${String(pid)}) refused this password: it was started with another NEO4J_PASSWORD; stop it (npm run db:stop) and start it again`,
        );
      }
    }
    await sleep(POLL_MS);
  }
  const seconds = Math.round(context.timeoutMs / 1000);
  if (context.startedByThisCall) {
    await terminate(pid, KILL_WAIT_MS);
    throw new LocalNeo4jError(
      `Neo4j did not start within ${String(seconds)} s (stopped it again); see ${logShown}`,
    );
  }
  throw new LocalNeo4jError(
    `Neo4j (pid ${String(pid)}) is running but did not answer on ${uri} within ${String(seconds)} s; see ${logShown}, or stop it (npm run db:stop)`,
  );
}

async function fileSize(file: string): Promise<number> {
  try {
    return (await stat(file)).size;
  } catch {
    return 0;
  }
}

function spawnLauncher(
  paths: Paths,
  instance: InstancePaths,
  boltPort: number,
  password: string,
  memory: { jvm: string[]; pageCache: string },
): ChildProcess {
  const args = [
    ...memory.jvm,
    ...NEO4J_JVM_FLAGS,
    '-cp',
    [paths.classesDir, path.join(paths.libDir, '*')].join(path.delimiter),
    `-D${LAUNCHER_PROPERTY.home}=${instance.home}`,
    `-D${LAUNCHER_PROPERTY.boltPort}=${String(boltPort)}`,
    `-D${LAUNCHER_PROPERTY.pageCache}=${memory.pageCache}`,
    `-D${LAUNCHER_PROPERTY.pidFile}=${instance.pidFile}`,
    LAUNCHER_MAIN_CLASS,
  ];
  const logFd = openSync(instance.logFile, 'a');
  try {
    const child = spawn('java', args, {
      cwd: instance.home,
      detached: true,
      stdio: ['ignore', logFd, logFd],
      env: { ...process.env, [LAUNCHER_PASSWORD_ENV]: password },
    });
    // Spawn failures surface through isAlive() and the log; an unhandled 'error' would crash us.
    child.on('error', () => undefined);
    child.unref();
    return child;
  } finally {
    closeSync(logFd);
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
  const release = await acquireLock(
    instance.startLock,
    LOCK_WAIT_MS,
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
    const logOffset = await fileSize(instance.logFile);
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
      logOffset,
      timeoutMs,
      startedByThisCall: true,
    });
    if (process.env[WARMUP_ENV] !== 'false') {
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
