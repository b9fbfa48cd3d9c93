import path from 'node:path';

import { LocalNeo4jError } from '../localNeo4jError';
import type { ProjectPaths } from '../paths';
import { shown } from '../paths';
import { runCommand } from '../process/runCommand';
import { JAVA_RELEASE } from '../version';
import { replaceDir } from './replaceDir';

/** Compiles Neo4jLauncher.java against runtime/lib into runtime/classes (javac's log in runtime/javac.log). */
export async function compileLauncher(
  paths: ProjectPaths,
  log: (line: string) => void,
): Promise<void> {
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
