/**
 * `npm run generate -- --scale N [--seed S]`: builds the deterministic synthetic graph of that
 * scale and loads it through the import path, reporting the load rate. `--dry-run` validates
 * every document and writes nothing.
 */
import { parseArgs } from 'node:util';

import { SYSTEM_VIEWER } from '../import/importDocument';
import { generateGraph } from '../synthetic/generateGraph';
import { runCli } from './runCli';

const { values } = parseArgs({
  options: {
    scale: { type: 'string', default: '1' },
    seed: { type: 'string', default: '1' },
    'dry-run': { type: 'boolean', default: false },
  },
});
const scale = Number(values.scale);
const seed = Number(values.seed);
if (!(scale > 0 && scale <= 50) || !Number.isInteger(seed) || seed < 0) {
  console.error(
    'usage: npm run generate -- --scale N (0 < N <= 50) [--seed S (integer >= 0)] [--dry-run]',
  );
  process.exit(2);
}

runCli(async (db) => {
  const result = await generateGraph(db, {
    scale,
    seed,
    viewer: SYSTEM_VIEWER,
    dryRun: values['dry-run'],
    onProgress: (p) =>
      process.stdout.write(
        `\r${p.documents} documents, ${p.relationships} relationships, ${rate(p.relationships, p.elapsedMs)} rel/s`,
      ),
  });
  const p = result.load;
  if (values['dry-run']) {
    console.log(
      `\nscale ${scale} (seed ${seed}): ${p.documents} documents valid, ${p.nodes} nodes and ${p.relationships} relationships planned in ${(p.elapsedMs / 1000).toFixed(1)} s; nothing written`,
    );
    return;
  }
  console.log(
    `\nscale ${scale} (seed ${seed}): ${p.documents} documents, ${p.nodes} nodes and ${p.relationships} relationships ` +
      `(${p.nodesCreated} and ${p.relationshipsCreated} new) in ${(p.elapsedMs / 1000).toFixed(1)} s: ` +
      `${rate(p.relationships, p.elapsedMs)} relationships/s (world built in ${result.worldMs} ms)`,
  );
});

function rate(count: number, ms: number): number {
  return Math.round(count / Math.max(ms / 1000, 0.001));
}
