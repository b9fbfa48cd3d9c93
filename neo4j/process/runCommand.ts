import { spawn } from 'node:child_process';
import { writeFile } from 'node:fs/promises';

import { describeError, errorCode } from '../errorDetails';

/** How a command ended: `missing` when it is not on PATH; stdout and stderr interleaved. */
export interface CommandResult {
  code: number | null;
  missing: boolean;
  output: string;
}

/**
 * Runs a command to completion, its output going to logFile (when given) and being returned.
 * (execa would do, but its maintained releases are ES modules only, which ts-jest cannot load.)
 */
export function runCommand(
  command: string,
  args: readonly string[],
  options: { cwd: string; logFile?: string },
): Promise<CommandResult> {
  return new Promise((resolve) => {
    const chunks: Buffer[] = [];
    const child = spawn(command, args, { cwd: options.cwd, stdio: ['ignore', 'pipe', 'pipe'] });
    child.stdout.on('data', (chunk: Buffer) => chunks.push(chunk));
    child.stderr.on('data', (chunk: Buffer) => chunks.push(chunk));
    child.on('error', (error) => {
      resolve({ code: null, missing: errorCode(error) === 'ENOENT', output: describeError(error) });
    });
    child.on('close', (code) => {
      const output = Buffer.concat(chunks).toString('utf8');
      const finish = (): void => {
        resolve({ code, missing: false, output });
      };
      if (options.logFile === undefined) {
        finish();
      } else {
        writeFile(options.logFile, `$ ${command} ${args.join(' ')}\n${output}`).then(
          finish,
          finish,
        );
      }
    });
  });
}
