import { LocalNeo4jError } from '../localNeo4jError';
import type { ProjectPaths } from '../paths';
import { runCommand } from '../process/runCommand';
import { JAVA_RELEASE, NEO4J_VERSION } from '../version';

/** What to do when there is no (usable) Java. */
export const INSTALL_JAVA = 'install Java 17 (e.g. `apt-get install openjdk-17-jdk-headless`)';

function javaMajor(versionOutput: string): number | undefined {
  const match = /version "(\d+)(?:\.(\d+))?/.exec(versionOutput);
  if (!match?.[1]) {
    return undefined;
  }
  const first = Number(match[1]);
  return first === 1 && match[2] ? Number(match[2]) : first;
}

/** Rejects, saying what to install, unless the `java` first on PATH is Java 17 or later. */
export async function checkJava(paths: ProjectPaths): Promise<void> {
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
