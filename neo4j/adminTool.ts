import { spawn } from 'node:child_process';
import path from 'node:path';

/**
 * Runs `neo4j-admin` (its Java entry point, from the runtime's jars) with a DBMS home and config
 * folder of its own; resolves with what it printed, rejects with it when it fails.
 */
export function runAdminTool(options: {
  libDir: string;
  home: string;
  conf: string;
  heap: string;
  args: readonly string[];
}): Promise<string> {
  const { libDir, home, conf, heap, args } = options;
  return new Promise((resolve, reject) => {
    const child = spawn(
      'java',
      [`-Xmx${heap}`, '-cp', path.join(libDir, '*'), 'org.neo4j.cli.AdminTool', ...args],
      {
        env: { ...process.env, NEO4J_HOME: home, NEO4J_CONF: conf },
        stdio: ['ignore', 'pipe', 'pipe'],
      },
    );
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString('utf8')));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString('utf8')));
    child.on('error', reject);
    child.on('close', (code) => {
      if (code === 0) resolve(output);
      else
        reject(
          new Error(
            `neo4j-admin ${args.slice(0, 2).join(' ')} failed (exit ${String(code)}):\n${output}`,
          ),
        );
    });
  });
}
