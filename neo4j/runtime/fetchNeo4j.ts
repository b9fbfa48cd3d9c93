import { LocalNeo4jError } from '../localNeo4jError';
import type { ProjectPaths } from '../paths';
import { shown } from '../paths';
import { runCommand } from '../process/runCommand';
import { NEO4J_MAVEN_ARTIFACT, NEO4J_VERSION } from '../version';
import { replaceDir } from './replaceDir';

const MAVEN_GOAL = 'dependency:copy-dependencies';
const INSTALL_MAVEN = 'install Maven (e.g. `apt-get install maven`)';

/** Copies Neo4j's runtime jars from Maven Central into runtime/lib (Maven's log in runtime/maven.log). */
export async function fetchNeo4j(paths: ProjectPaths, log: (line: string) => void): Promise<void> {
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
