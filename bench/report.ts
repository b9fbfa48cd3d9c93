import type { Measurement } from './measure';

/** One operation's figures for the three targets (null where it could not be measured). */
export interface OperationResult {
  name: string;
  ours: Measurement | null;
  neo4jGraphql: Measurement | null;
  floor: Measurement | null;
  note: string | null;
}

/** Everything one benchmark run measured. */
export interface BenchmarkResults {
  at: string;
  scale: number;
  seed: number;
  seconds: number;
  rounds: number;
  connections: number;
  machine: string;
  graph: { nodes: number; relationships: number };
  /** Null when the graph was already loaded and the import was not run. */
  importRelationshipsPerSecond: number | null;
  startupMs: number;
  serverRssMb: { max: number; end: number };
  operations: OperationResult[];
  mix: OperationResult;
}

/** The issue's targets. */
export const TARGETS = {
  mixThroughputVsNeo4jGraphql: 2,
  p50VsFloor: 1.3,
  importRelationshipsPerSecond: 50_000,
  rssMb: 300,
  startupMs: 2_000,
} as const;

const fixed = (n: number, digits = 1) => n.toFixed(digits);
const ratio = (a: number, b: number) => (b === 0 ? Infinity : a / b);

/** The results as a markdown table with ratios and a line per target. */
export function renderMarkdown(r: BenchmarkResults): string {
  const rows = [...r.operations, r.mix].map((op) => {
    if (!op.ours || !op.neo4jGraphql || !op.floor) {
      return `| ${op.name} | not measured: ${op.note ?? ''} | | | | | | | |`;
    }
    return (
      `| ${op.name} | ${fixed(op.ours.requestsPerSecond, 0)} | ${fixed(op.ours.p50)} / ${fixed(op.ours.p99)} | ` +
      `${fixed(op.neo4jGraphql.requestsPerSecond, 0)} | ${fixed(op.neo4jGraphql.p50)} / ${fixed(op.neo4jGraphql.p99)} | ` +
      `${fixed(op.floor.requestsPerSecond, 0)} | ${fixed(op.floor.p50)} / ${fixed(op.floor.p99)} | ` +
      `**${fixed(ratio(op.ours.requestsPerSecond, op.neo4jGraphql.requestsPerSecond), 2)}x** | ` +
      `${fixed(ratio(op.ours.p50, op.floor.p50), 2)}x | ${op.ours.errors + op.neo4jGraphql.errors + op.floor.errors} |`
    );
  });
  const mix = r.mix;
  const measured = r.operations.filter((op) => op.ours && op.neo4jGraphql && op.floor);
  const slowerThanThem = measured.filter(
    (op) => (op.ours?.requestsPerSecond ?? 0) < (op.neo4jGraphql?.requestsPerSecond ?? 0),
  );
  const overFloor = measured.filter(
    (op) => ratio(op.ours?.p50 ?? 0, op.floor?.p50 ?? 0) > TARGETS.p50VsFloor,
  );
  const mixRatio =
    mix.ours && mix.neo4jGraphql
      ? ratio(mix.ours.requestsPerSecond, mix.neo4jGraphql.requestsPerSecond)
      : 0;
  const verdict = (ok: boolean) => (ok ? 'met' : '**missed**');
  const lines = [
    `## Benchmark, scale ${r.scale} (${r.graph.nodes} nodes, ${r.graph.relationships} relationships)`,
    '',
    `${r.at}; ${r.machine}; ${r.connections} connections, ${r.rounds} alternating rounds of ${r.seconds} s per target. ` +
      "Latencies in ms (p50 / p99). Ratios: our requests/s over @neo4j/graphql's, our p50 over the floor's.",
    '',
    '| operation | ours req/s | ours p50 / p99 | @neo4j/graphql req/s | p50 / p99 | floor req/s | p50 / p99 | ours / @neo4j/graphql | ours / floor (p50) | errors |',
    '| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
    ...rows,
    '',
    '| target | measured | |',
    '| --- | --- | --- |',
    `| mix throughput >= ${TARGETS.mixThroughputVsNeo4jGraphql}x @neo4j/graphql | ${fixed(mixRatio, 2)}x | ${verdict(mixRatio >= TARGETS.mixThroughputVsNeo4jGraphql)} |`,
    `| no operation slower than @neo4j/graphql | ${slowerThanThem.length === 0 ? 'none slower' : slowerThanThem.map((op) => op.name).join(', ')} | ${verdict(slowerThanThem.length === 0)} |`,
    `| p50 within ${TARGETS.p50VsFloor}x of the floor | ${overFloor.length === 0 ? 'all within' : `over: ${overFloor.map((op) => `${op.name} (${fixed(ratio(op.ours?.p50 ?? 0, op.floor?.p50 ?? 0), 2)}x)`).join(', ')}`} | ${verdict(overFloor.length === 0)} |`,
    r.importRelationshipsPerSecond === null
      ? '| import >= 50,000 relationships/s | not run (graph reused; `--reload` measures it) | |'
      : `| import >= ${TARGETS.importRelationshipsPerSecond} relationships/s | ${r.importRelationshipsPerSecond} | ${verdict(r.importRelationshipsPerSecond >= TARGETS.importRelationshipsPerSecond)} |`,
    `| server RSS under load < ${TARGETS.rssMb} MB | max ${r.serverRssMb.max} MB, ${r.serverRssMb.end} MB at the end | ${verdict(r.serverRssMb.max < TARGETS.rssMb)} |`,
    `| start-up to first answer < ${TARGETS.startupMs} ms | ${r.startupMs} ms | ${verdict(r.startupMs < TARGETS.startupMs)} |`,
    '',
  ];
  return lines.join('\n');
}
