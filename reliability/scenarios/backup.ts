import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';

import { exportGraph } from '../../src/backup/graphExport';
import { PROJECT_ROOT } from '../../src/projectRoot';
import { deleteEverything } from '../../src/repositories/backupRepository';
import type { ScenarioReport } from '../report';
import { check } from '../report';
import { boltUri, neo4jPassword } from '../serverProcess';
import { openTarget } from '../target';

const execFileAsync = promisify(execFile);

/** Runs `npm run kg -- …` (as `node --import tsx src/cli/kg.ts`) against the Neo4j on a port. */
async function kg(boltPort: number, args: string[]): Promise<{ stdout: string; stderr: string }> {
  return execFileAsync(
    process.execPath,
    ['--import', 'tsx', join(PROJECT_ROOT, 'src', 'cli', 'kg.ts'), ...args],
    {
      cwd: PROJECT_ROOT,
      env: { ...process.env, NEO4J_URI: boltUri(boltPort), NEO4J_PASSWORD: neo4jPassword() },
      maxBuffer: 64 * 1024 * 1024,
    },
  );
}

const sha = (text: string) => /sha256 ([0-9a-f]{64})/.exec(text)?.[1] ?? '';

/**
 * The way off a single database: `kg export` of the target graph, `kg restore` of that file into
 * an empty second Neo4j (on `restorePort`, a scratch database emptied before and after), and the
 * restored graph exported again must have the same counts and content hash.
 */
export async function runBackup(options: {
  boltPort: number;
  restorePort: number;
}): Promise<ScenarioReport> {
  const folder = mkdtempSync(join(tmpdir(), 'cooperation-kg-backup-'));
  const file = join(folder, 'graph.jsonl');
  const source = await openTarget(options.boltPort);
  const restored = await openTarget(options.restorePort);
  try {
    const original = await exportGraph(source.db);
    const exportStarted = Date.now();
    const exported = await kg(options.boltPort, ['export', file]);
    const exportMs = Date.now() - exportStarted;
    // The restore database is a scratch one: emptied before and after.
    await deleteEverything(restored.db);
    const restoreStarted = Date.now();
    const restoredRun = await kg(options.restorePort, ['restore', file]);
    const restoreMs = Date.now() - restoreStarted;
    const copy = await exportGraph(restored.db);
    const refusal = await kg(options.restorePort, ['restore', file]).then(
      () => 'accepted',
      (error: unknown) =>
        error instanceof Error && /not empty/.test(error.message) ? 'refused' : 'failed',
    );
    return {
      scenario: 'backup',
      figures: [
        ['graph', `${original.nodes} nodes, ${original.relationships} relationships`],
        ['export', `${Math.round(original.text.length / 1024)} KiB in ${exportMs} ms`],
        ['restore', `${restoreMs} ms`],
        ['content hash', original.sha256],
        ['restored hash', copy.sha256],
      ],
      checks: [
        check(
          '`kg export` wrote the graph as it is (hash)',
          sha(exported.stderr) === original.sha256,
          sha(exported.stderr).slice(0, 12),
        ),
        check(
          'the restored graph has the same counts',
          copy.nodes === original.nodes && copy.relationships === original.relationships,
          `${copy.nodes} nodes, ${copy.relationships} relationships`,
        ),
        check(
          'the restored graph has the same content hash',
          copy.sha256 === original.sha256 && sha(restoredRun.stdout) === original.sha256,
          restoredRun.stderr.split('\n')[0] ?? '',
        ),
        check('a restore into a non-empty database is refused', refusal === 'refused', refusal),
      ],
    };
  } finally {
    await deleteEverything(restored.db);
    await restored.close();
    await source.close();
    rmSync(folder, { recursive: true, force: true });
  }
}
