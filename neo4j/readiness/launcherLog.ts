import { readFile, stat } from 'node:fs/promises';

import { FAILED_PREFIX, READY_PREFIX } from '../launcher/launcherProtocol';

/** What the launcher has said about one start so far. */
export interface LogScan {
  ready: boolean;
  failure?: string;
}

/** Looks for the launcher's READY/FAILED line for this pid in its log, from offset on. */
export async function scanLog(logFile: string, offset: number, pid: number): Promise<LogScan> {
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

/** Where a new start's lines begin: the log's size now (0 when there is none yet). */
export async function logOffset(logFile: string): Promise<number> {
  try {
    return (await stat(logFile)).size;
  } catch {
    return 0;
  }
}
