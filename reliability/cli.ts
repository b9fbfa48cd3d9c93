/**
 * `npm run reliability -- <scenario> [options]`: runs reliability and security scenarios against
 * real server processes and the project's local Neo4j, prints each one's figures and checks, and
 * exits 0 when every scenario passed, 1 otherwise.
 *
 *   load         --clients 50 --duration 60 --imports-per-second 1 [--synthetic-documents N]
 *   outage       Neo4j stopped and restarted under load (its own Neo4j on NEO4J_OUTAGE_BOLT_PORT)
 *   kill-import  SIGKILL of the server in the middle of an import, then the import re-run
 *   slow-query   a pathological filter hits the transaction timeout and ends in Neo4j too
 *   sigterm      SIGTERM during traffic: in-flight requests finish, new ones refused
 *   hostile      injection payloads, huge and broken strings, query bombs: typed errors, graph unchanged
 *   slow-clients bodies sent a byte at a time and answers never read, beside normal load
 *   access       tokens, production settings, error hygiene, CSRF, body size
 *   backup       export, restore into an empty Neo4j (NEO4J_RESTORE_BOLT_PORT), same hash
 *   concurrency  --rounds 5: write races released together, each like a serial order
 *   all-fast     slow-query, sigterm, hostile, slow-clients, access, backup, concurrency
 *
 * The target database is the local Neo4j on NEO4J_BOLT_PORT (default 7687; started if it is not
 * running). Scenarios work on the graph it holds; the server seeds it when it is empty.
 */
import { parseArgs } from 'node:util';

import type { ScenarioReport } from './report';
import { formatReport, passed } from './report';
import { runAccess } from './scenarios/access';
import { runBackup } from './scenarios/backup';
import { runConcurrency } from './scenarios/concurrency';
import { runHostile } from './scenarios/hostile';
import { runKillImport } from './scenarios/killImport';
import { runLoad } from './scenarios/load';
import { runOutage } from './scenarios/outage';
import { runSigterm } from './scenarios/sigterm';
import { runSlowClients } from './scenarios/slowClients';
import { runSlowQuery } from './scenarios/slowQuery';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    clients: { type: 'string', default: '50' },
    duration: { type: 'string', default: '60' },
    'imports-per-second': { type: 'string', default: '1' },
    runs: { type: 'string', default: '100' },
    rounds: { type: 'string', default: '5' },
    'synthetic-documents': { type: 'string', default: '0' },
  },
});

const boltPort = Number(process.env.NEO4J_BOLT_PORT ?? 7687);
const outagePort = Number(process.env.NEO4J_OUTAGE_BOLT_PORT ?? 7689);
const restorePort = Number(process.env.NEO4J_RESTORE_BOLT_PORT ?? 7690);

const SCENARIOS: Record<string, () => Promise<ScenarioReport>> = {
  load: () =>
    runLoad({
      boltPort,
      clients: Number(values.clients),
      durationSeconds: Number(values.duration),
      importsPerSecond: Number(values['imports-per-second']),
      syntheticDocuments: Number(values['synthetic-documents']),
    }),
  outage: () => runOutage({ boltPort: outagePort, clients: Number(values.clients) }),
  'kill-import': () => runKillImport({ boltPort }),
  'slow-query': () => runSlowQuery({ boltPort }),
  sigterm: () => runSigterm({ boltPort }),
  hostile: () => runHostile({ boltPort, numRuns: Number(values.runs) }),
  'slow-clients': () => runSlowClients({ boltPort }),
  access: () => runAccess({ boltPort }),
  backup: () => runBackup({ boltPort, restorePort }),
  concurrency: () => runConcurrency({ boltPort, rounds: Number(values.rounds) }),
};
const ALL_FAST = [
  'slow-query',
  'sigterm',
  'hostile',
  'slow-clients',
  'access',
  'backup',
  'concurrency',
];

const [name] = positionals;
const names = name === 'all-fast' ? ALL_FAST : name && name in SCENARIOS ? [name] : [];
if (names.length === 0) {
  console.error(
    `usage: npm run reliability -- ${[...Object.keys(SCENARIOS), 'all-fast'].join('|')} [--clients N] [--duration S] [--imports-per-second N] [--synthetic-documents N] [--runs N] [--rounds N]`,
  );
  process.exit(2);
}

async function main(): Promise<boolean> {
  let ok = true;
  for (const scenario of names) {
    const run = SCENARIOS[scenario];
    if (!run) continue;
    try {
      const report = await run();
      console.log(formatReport(report));
      ok &&= passed(report);
    } catch (error) {
      console.log(`== ${scenario}\n  ${error instanceof Error ? error.stack : String(error)}`);
      console.log(`${scenario}: FAIL`);
      ok = false;
    }
  }
  return ok;
}

main().then(
  (ok) => process.exit(ok ? 0 : 1),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
