import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';

/**
 * The checkout: the nearest folder above this file's folder with a package.json (src/ when run
 * from source, dist/src/ when built: dist/ has none of its own).
 */
export const PROJECT_ROOT = findProjectRoot(__dirname);

function findProjectRoot(start: string): string {
  for (let dir = dirname(start); ; dir = dirname(dir)) {
    if (existsSync(join(dir, 'package.json'))) return dir;
    if (dirname(dir) === dir) return join(start, '..');
  }
}
