import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';

import type { ProjectPaths } from '../paths';
import { JAVA_RELEASE, NEO4J_VERSION } from '../version';

/** What runtime/lib and runtime/classes were made from. */
export interface RuntimeStamp {
  lib: string;
  classes: string;
}

async function sha256(file: string): Promise<string> {
  return createHash('sha256')
    .update(await readFile(file))
    .digest('hex');
}

/** The stamp on disk; undefined when missing or unreadable (everything is made again). */
export async function readStamp(stampFile: string): Promise<RuntimeStamp | undefined> {
  try {
    const parsed: unknown = JSON.parse(await readFile(stampFile, 'utf8'));
    if (typeof parsed === 'object' && parsed !== null && 'lib' in parsed && 'classes' in parsed) {
      const { lib, classes } = parsed;
      if (typeof lib === 'string' && typeof classes === 'string') {
        return { lib, classes };
      }
    }
  } catch {
    // Missing or unreadable: see above.
  }
  return undefined;
}

/** The stamp of a runtime made from today's pom, launcher source and versions. */
export async function wantedStamp(paths: ProjectPaths): Promise<RuntimeStamp> {
  const [pomHash, launcherHash] = await Promise.all([
    sha256(paths.pom),
    sha256(paths.launcherSource),
  ]);
  return {
    lib: `neo4j ${NEO4J_VERSION} pom ${pomHash}`,
    classes: `neo4j ${NEO4J_VERSION} java ${String(JAVA_RELEASE)} launcher ${launcherHash}`,
  };
}
