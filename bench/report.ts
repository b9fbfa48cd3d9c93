import type { Measurement } from './measure';

/** One operation's figures for the three targets (null where it could not be measured). */
export interface OperationResult {
  name: string;
  ours: Measurement | null;
  /** Our server with its aggregate cache off, for the operations (and the mix) the cache serves. */
  oursUncached?: Measurement | null;
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
  /** The mix without `stats`, which our aggregate cache answers from memory. */
  mixWithoutStats?: OperationResult;
}

/** The targets of the read-path issue. */
export const TARGETS = {
  everyOperationVsNeo4jGraphql: 1.5,
  noOperationBelow: 1,
  mixWithoutStatsVsNeo4jGraphql: 2,
  p50VsFloor: 1.5,
  importRelationshipsPerSecond: 50_000,
  rssMb: 250,
  startupMs: 2_000,
} as const;

/** The entity operations whose p50 is held against the floor's. */
export const ENTITY_OPERATIONS = [
  'program by id',
  'organization, units, people',
  'person profile',
  'programs page (50, filtered, sorted)',
  'node by id (interface)',
] as const;

const fixed = (n: number, digits = 1) => n.toFixed(digits);
const ratio = (a: number, b: number) => (b === 0 ? Infinity : a / b);
const vsThem = (op: OperationResult, m: Measurement | null | undefined = op.ours) =>
  m && op.neo4jGraphql ? ratio(m.requestsPerSecond, op.neo4jGraphql.requestsPerSecond) : 0;
const vsFloor = (op: OperationResult) =>
  op.ours && op.floor ? ratio(op.ours.p50, op.floor.p50) : Infinity;

/**
 * Our requests/s over theirs; a target that answered nothing within a round (a request slower
 * than the round) has no ratio, only a lower bound.
 */
const ratioCell = (ours: number, theirs: number) =>
  theirs === 0 ? 'none answered in a round' : `**${fixed(ratio(ours, theirs), 2)}x**`;

function row(op: OperationResult, ours: Measurement | null | undefined, label = op.name): string {
  if (!ours || !op.neo4jGraphql || !op.floor) {
    return `| ${label} | not measured: ${op.note ?? ''} | | | | | | | | |`;
  }
  return (
    `| ${label} | ${fixed(ours.requestsPerSecond, 0)} | ${fixed(ours.p50)} / ${fixed(ours.p99)} | ` +
    `${fixed(op.neo4jGraphql.requestsPerSecond, 0)} | ${fixed(op.neo4jGraphql.p50)} / ${fixed(op.neo4jGraphql.p99)} | ` +
    `${fixed(op.floor.requestsPerSecond, 0)} | ${fixed(op.floor.p50)} / ${fixed(op.floor.p99)} | ` +
    `${ratioCell(ours.requestsPerSecond, op.neo4jGraphql.requestsPerSecond)} | ${fixed(ratio(ours.p50, op.floor.p50), 2)}x | ` +
    `${ours.errors + op.neo4jGraphql.errors + op.floor.errors} |`
  );
}

/** The results as a markdown table with ratios and a line per target. */
export function renderMarkdown(r: BenchmarkResults): string {
  const mixes = [r.mix, ...(r.mixWithoutStats ? [r.mixWithoutStats] : [])];
  const rows = [...r.operations, ...mixes].flatMap((op) => [
    row(op, op.ours),
    ...(op.oursUncached ? [row(op, op.oursUncached, `${op.name}, our aggregate cache off`)] : []),
  ]);
  const measured = r.operations.filter((op) => op.ours && op.neo4jGraphql && op.floor);
  const belowTarget = measured.filter((op) => vsThem(op) < TARGETS.everyOperationVsNeo4jGraphql);
  const belowParity = measured.filter((op) => vsThem(op) < TARGETS.noOperationBelow);
  const entities = measured.filter((op) =>
    (ENTITY_OPERATIONS as readonly string[]).includes(op.name),
  );
  const overFloor = entities.filter((op) => vsFloor(op) > TARGETS.p50VsFloor);
  const withoutStats = r.mixWithoutStats ? vsThem(r.mixWithoutStats) : 0;
  const verdict = (ok: boolean) => (ok ? 'met' : '**missed**');
  const list = (ops: OperationResult[], value: (op: OperationResult) => number) =>
    ops.map((op) => `${op.name} (${fixed(value(op), 2)}x)`).join(', ');
  const lines = [
    `## Benchmark, scale ${r.scale} (${r.graph.nodes} nodes, ${r.graph.relationships} relationships)`,
    '',
    `${r.at}; ${r.machine}; ${r.connections} connections, ${r.rounds} alternating rounds of ${r.seconds} s per target. ` +
      "Latencies in ms (p50 / p99). Ratios: our requests/s over @neo4j/graphql's, our p50 over the floor's. " +
      'Rows marked "our aggregate cache off" are our server with `AGGREGATE_CACHE=false`.',
    '',
    '| operation | ours req/s | ours p50 / p99 | @neo4j/graphql req/s | p50 / p99 | floor req/s | p50 / p99 | ours / @neo4j/graphql | ours / floor (p50) | errors |',
    '| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
    ...rows,
    '',
    '| target | measured | |',
    '| --- | --- | --- |',
    `| every operation >= ${TARGETS.everyOperationVsNeo4jGraphql}x @neo4j/graphql | ${belowTarget.length === 0 ? 'all' : `below: ${list(belowTarget, (op) => vsThem(op))}`} | ${verdict(belowTarget.length === 0)} |`,
    `| no operation below ${TARGETS.noOperationBelow}x | ${belowParity.length === 0 ? 'none below' : list(belowParity, (op) => vsThem(op))} | ${verdict(belowParity.length === 0)} |`,
    `| mix without stats >= ${TARGETS.mixWithoutStatsVsNeo4jGraphql}x @neo4j/graphql | ${fixed(withoutStats, 2)}x | ${verdict(withoutStats >= TARGETS.mixWithoutStatsVsNeo4jGraphql)} |`,
    `| entity p50 within ${TARGETS.p50VsFloor}x of the floor | ${overFloor.length === 0 ? 'all within' : `over: ${list(overFloor, vsFloor)}`} | ${verdict(overFloor.length === 0)} |`,
    r.importRelationshipsPerSecond === null
      ? '| import >= 50,000 relationships/s | not run (graph reused; `--reload` measures it) | |'
      : `| import >= ${TARGETS.importRelationshipsPerSecond} relationships/s | ${r.importRelationshipsPerSecond} | ${verdict(r.importRelationshipsPerSecond >= TARGETS.importRelationshipsPerSecond)} |`,
    `| server RSS under load < ${TARGETS.rssMb} MB | max ${r.serverRssMb.max} MB, ${r.serverRssMb.end} MB at the end | ${verdict(r.serverRssMb.max < TARGETS.rssMb)} |`,
    `| start-up to first answer < ${TARGETS.startupMs} ms | ${r.startupMs} ms | ${verdict(r.startupMs < TARGETS.startupMs)} |`,
    '',
  ];
  return lines.join('\n');
}
