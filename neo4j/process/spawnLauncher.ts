import { spawn } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import { closeSync, openSync } from 'node:fs';
import path from 'node:path';

import {
  LAUNCHER_MAIN_CLASS,
  LAUNCHER_PASSWORD_ENV,
  LAUNCHER_PROPERTY,
} from '../launcher/launcherProtocol';
import type { MemorySettings } from '../memorySettings';
import type { InstancePaths, ProjectPaths } from '../paths';

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

/**
 * Starts the launcher JVM detached, its output appended to the instance's log, so that it
 * outlives this process; the caller follows it by pid (isAlive, the log's READY line).
 */
export function spawnLauncher(
  paths: ProjectPaths,
  instance: InstancePaths,
  boltPort: number,
  password: string,
  memory: MemorySettings,
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
