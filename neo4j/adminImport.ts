/**
 * `neo4j-admin database import full` from the jars the local Neo4j runs on: the embedded DBMS
 * comes from Maven, not from a tarball with a `bin/neo4j-admin`, but the admin tool is in those
 * jars (org.neo4j.cli.AdminTool, with the import command of neo4j-import-tool).
 */
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';

import { localNeo4jFolders } from './localNeo4j';
import { runAdminTool } from './adminTool';

/** The CSV files of one import and the options their format needs. */
export interface AdminImportInput {
  nodes: string[];
  relationships: string[];
  /** neo4j-admin's --array-delimiter (a character, or U+XXXX). */
  arrayDelimiter: string;
}

/**
 * Imports CSV files into the `neo4j` database of the local instance on `boltPort`, replacing
 * what it held. The instance must be stopped (neo4j-admin writes the store files itself).
 * Resolves with the tool's output; rejects with it when the import fails.
 */
export async function adminImport(boltPort: number, input: AdminImportInput): Promise<string> {
  const { libDir, home } = localNeo4jFolders(boltPort);
  const conf = path.join(home, 'admin-conf');
  await mkdir(path.join(home, 'logs'), { recursive: true });
  await mkdir(conf, { recursive: true });
  // The DBMS home of the embedded launcher has no conf/; the admin tool only needs the defaults.
  await writeFile(path.join(conf, 'neo4j.conf'), '');
  return runAdminTool({
    libDir,
    home,
    conf,
    heap: '512m',
    args: [
      'database',
      'import',
      'full',
      ...input.nodes.map((file) => `--nodes=${file}`),
      ...input.relationships.map((file) => `--relationships=${file}`),
      '--multiline-fields=true',
      `--array-delimiter=${input.arrayDelimiter}`,
      '--overwrite-destination=true',
      // Its default is the working directory: a run from the project left its report there.
      `--report-file=${path.join(home, 'logs', 'import.report')}`,
      'neo4j',
    ],
  });
}
