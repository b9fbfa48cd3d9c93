/**
 * Layout under <project>/.neo4j/ (git-ignored):
 *   runtime/lib/*.jar, runtime/classes/   Neo4j's jars and the compiled launcher (shared)
 *   runtime/stamp.json                    what runtime/ was made from; a match skips Maven and javac
 *   runtime/maven.log, runtime/javac.log  output of the last fetch / compile
 *   instances/<port>/                     one DBMS home per Bolt port: data/, logs/, neo4j.pid
 */
import { existsSync } from 'node:fs';
import path from 'node:path';

import { PROJECT_ROOT } from '../src/projectRoot';
import { LAUNCHER_MAIN_CLASS } from './launcher/launcherProtocol';
import { LocalNeo4jError } from './localNeo4jError';

/** Where the sources of the runtime are and where it is made. */
export interface ProjectPaths {
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

/** The files of the instance on one Bolt port. */
export interface InstancePaths {
  home: string;
  logFile: string;
  pidFile: string;
  startLock: string;
}

/**
 * The paths under the checkout holding neo4j/pom.xml; the pom and the launcher source are not
 * compiled, so a build in dist/ still uses the checkout's.
 */
export function projectPaths(): ProjectPaths {
  const repoRoot = PROJECT_ROOT;
  const neo4jDir = path.join(repoRoot, 'neo4j');
  const pom = path.join(neo4jDir, 'pom.xml');
  if (!existsSync(pom)) {
    throw new LocalNeo4jError(
      `cannot find neo4j/pom.xml in ${repoRoot}: run from the project's checkout`,
    );
  }
  const stateDir = path.join(repoRoot, '.neo4j');
  const runtimeDir = path.join(stateDir, 'runtime');
  return {
    repoRoot,
    pom,
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

/** The DBMS home of the instance on `boltPort` and the files in it. */
export function instancePaths(paths: ProjectPaths, boltPort: number): InstancePaths {
  const home = path.join(paths.stateDir, 'instances', String(boltPort));
  return {
    home,
    logFile: path.join(home, 'logs', 'neo4j.log'),
    pidFile: path.join(home, 'neo4j.pid'),
    startLock: path.join(home, 'start.lock'),
  };
}

/** A path for a message: relative to the working directory when under it (npm runs from the root). */
export function shown(file: string): string {
  const relative = path.relative(process.cwd(), file);
  return relative === '' || relative.startsWith('..') || path.isAbsolute(relative)
    ? file
    : relative;
}
