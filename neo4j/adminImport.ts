/**
 * `neo4j-admin database import full` from the jars the local Neo4j runs on: the embedded DBMS
 * comes from Maven, not from a tarball with a `bin/neo4j-admin`, but the admin tool is in those
 * jars (org.neo4j.cli.AdminTool, with the import command of neo4j-import-tool).
 */
import { spawn } from 'node:child_process';
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';

import { localNeo4jFolders } from './localNeo4j';

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
  const args = [
    '-Xmx512m',
    '-cp',
    path.join(libDir, '*'),
    'org.neo4j.cli.AdminTool',
    'database',
    'import',
    'full',
    ...input.nodes.map((file) => `--nodes=${file}`),
    ...input.relationships.map((file) => `--relationships=${file}`),
    '--multiline-fields=true',
    `--array-delimiter=${input.arrayDelimiter}`,
    '--overwrite-destination=true',
    'neo4j',
  ];
  return new Promise((resolve, reject) => {
    const child = spawn('java', args, {
      env: { ...process.env, NEO4J_HOME: home, NEO4J_CONF: conf },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString('utf8')));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString('utf8')));
    child.on('error', reject);
    child.on('close', (code) => {
      if (code === 0) resolve(output);
      else
        reject(new Error(`neo4j-admin database import failed (exit ${String(code)}):\n${output}`));
    });
  });
}
