import { existsSync } from 'node:fs';
import { mkdir, rm, writeFile } from 'node:fs/promises';

import { acquireFileLock } from '../fileLock';
import type { ProjectPaths } from '../paths';
import { compileLauncher } from './compileLauncher';
import { fetchNeo4j } from './fetchNeo4j';
import type { RuntimeStamp } from './runtimeStamp';
import { readStamp, wantedStamp } from './runtimeStamp';

/** Makes runtime/ match the wanted Neo4j version and launcher source; no-op when the stamp matches. */
export async function ensureRuntime(
  paths: ProjectPaths,
  log: (line: string) => void,
): Promise<void> {
  const wanted = await wantedStamp(paths);
  const isCurrent = (stamp: RuntimeStamp | undefined): boolean =>
    stamp?.lib === wanted.lib &&
    stamp.classes === wanted.classes &&
    existsSync(paths.libDir) &&
    existsSync(paths.classesDir);
  if (isCurrent(await readStamp(paths.stampFile))) {
    return;
  }
  const release = await acquireFileLock(paths.runtimeLock, 'fetching Neo4j');
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
