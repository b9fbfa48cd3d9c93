/**
 * `npm run bench:scales`: the same operations at every scale measured so far
 * (bench/results/scale-*.json), side by side: how a ten-times-bigger graph costs, per operation
 * (our p50 and requests/s). Writes bench/results/scales.md.
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

import type { BenchmarkResults, OperationResult } from './report';

const folder = join(__dirname, 'results');
const runs = readdirSync(folder)
  .filter((file) => /^scale-[\d.]+\.json$/.test(file))
  .map((file) => JSON.parse(readFileSync(join(folder, file), 'utf8')) as BenchmarkResults)
  .sort((a, b) => a.scale - b.scale);
if (runs.length === 0)
  throw new Error('no bench/results/scale-*.json yet: run `npm run bench -- --scale N`');

const operationsOf = (run: BenchmarkResults): OperationResult[] => [
  ...run.operations,
  run.mix,
  ...(run.mixWithoutStats ? [run.mixWithoutStats] : []),
];
const names = [
  ...new Set(
    runs.flatMap((run) =>
      operationsOf(run).map((op) => op.name.replace(/ \(\d+ operations\)$/, '')),
    ),
  ),
];
const cell = (run: BenchmarkResults, name: string) => {
  const op = operationsOf(run).find(
    (candidate) => candidate.name.replace(/ \(\d+ operations\)$/, '') === name,
  );
  return op?.ours ? `${op.ours.p50.toFixed(1)} ms / ${op.ours.requestsPerSecond.toFixed(0)}` : '–';
};
const lines = [
  '## Cost by scale (our server: p50 / requests/s)',
  '',
  runs
    .map(
      (run) =>
        `scale ${run.scale}: ${run.graph.nodes} nodes, ${run.graph.relationships} relationships, ${run.at}`,
    )
    .join('; '),
  '',
  `| operation | ${runs.map((run) => `scale ${run.scale}`).join(' | ')} |`,
  `| --- | ${runs.map(() => '---:').join(' | ')} |`,
  ...names.map((name) => `| ${name} | ${runs.map((run) => cell(run, name)).join(' | ')} |`),
  '',
];
writeFileSync(join(folder, 'scales.md'), lines.join('\n'));
console.log(lines.join('\n'));
