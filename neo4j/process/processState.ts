import { readFile } from 'node:fs/promises';

import { errorCode } from '../errorDetails';

/** A process's command line; Linux shows it, elsewhere only "some process has this pid" is known. */
export async function commandLine(pid: number): Promise<string[] | undefined> {
  try {
    const raw = await readFile(`/proc/${String(pid)}/cmdline`, 'utf8');
    return raw.split('\0').filter((part) => part.length > 0);
  } catch {
    return undefined;
  }
}

/** True while the process exists and is not a zombie. */
export async function isAlive(pid: number): Promise<boolean> {
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
