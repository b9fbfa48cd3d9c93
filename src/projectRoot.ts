import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';

/** The checkout: the nearest folder above this file with a package.json (src/ from source, dist/src/ built). */
export const PROJECT_ROOT = findProjectRoot(__dirname);

function findProjectRoot(start: string): string {
  for (let dir = start; ; dir = dirname(dir)) {
    if (existsSync(join(dir, 'package.json'))) return dir;
    if (dirname(dir) === dir) return join(start, '..');
  }
}
