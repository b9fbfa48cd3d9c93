import { readdir, readFile } from 'node:fs/promises';

import { LAUNCHER_MAIN_CLASS, LAUNCHER_PROPERTY } from '../launcher/launcherProtocol';
import type { InstancePaths } from '../paths';
import { commandLine, isAlive } from './processState';

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
export async function findRunningPid(instance: InstancePaths): Promise<number | undefined> {
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
