import { setTimeout as sleep } from 'node:timers/promises';

import { exportGraph } from '../../src/backup/graphExport';
import { countRunningTransactions } from '../../src/repositories/transactionRepository';
import { syntheticDocument } from '../../src/synthetic/syntheticDocument';
import { toMutationDocument } from '../documents';
import type { ScenarioReport } from '../report';
import { check } from '../report';
import { errorCodes, postOperation, startServerProcess } from '../serverProcess';
import { openTarget } from '../target';
import { IMPORT_MUTATION } from './load';

/** Text of the import's write statements, as Neo4j lists it among running transactions. */
const WRITE_FRAGMENT = 'UNWIND $rows AS row';

/**
 * Sends a large import (just under the 1 MB body limit) to a real server, SIGKILLs the server
 * while Neo4j shows the import's write transaction running, and checks that the graph is exactly
 * what it was before (content hash); then re-runs the import on a new server and checks that it
 * completes, every entity of the document present.
 */
export async function runKillImport(options: {
  boltPort: number;
  size?: number;
}): Promise<ScenarioReport> {
  const size = options.size ?? 280;
  const key = `kill-${Date.now().toString(36)}`;
  const source = syntheticDocument({
    key,
    organizations: size / 2,
    people: size,
    programs: size,
    partnersPerProgram: 3,
    events: size / 2,
  });
  const document = toMutationDocument(source);
  const entityIds = [
    ...(source.organizations ?? []),
    ...(source.people ?? []),
    ...(source.programs ?? []),
    ...(source.events ?? []),
  ].map((entity) => entity.id);

  const target = await openTarget(options.boltPort);
  try {
    // The graph is read once the server is up: on an empty database the server seeds it first.
    const server = await startServerProcess({ boltPort: options.boltPort });
    const before = await exportGraph(target.db);
    const sent = Date.now();
    const request = postOperation(
      server.baseUrl,
      IMPORT_MUTATION,
      { document },
      { token: server.curatorKey, timeoutMs: 120_000 },
    ).then(
      () => 'answered',
      () => 'connection lost',
    );
    let seenRunning = false;
    while (Date.now() - sent < 120_000) {
      if ((await countRunningTransactions(target.db, WRITE_FRAGMENT)) > 0) {
        seenRunning = true;
        break;
      }
      await sleep(10);
    }
    const killedAfterMs = Date.now() - sent;
    server.child.kill('SIGKILL');
    const exit = await server.exited;
    const clientSaw = await request;

    const orphanStarted = Date.now();
    while (
      (await countRunningTransactions(target.db, WRITE_FRAGMENT)) > 0 &&
      Date.now() - orphanStarted < 60_000
    ) {
      await sleep(100);
    }
    const rolledBackMs = Date.now() - orphanStarted;
    const afterKill = await exportGraph(target.db);

    const rerunServer = await startServerProcess({ boltPort: options.boltPort });
    let rerun;
    try {
      rerun = await postOperation(
        rerunServer.baseUrl,
        IMPORT_MUTATION,
        { document },
        { token: rerunServer.curatorKey, timeoutMs: 300_000 },
      );
    } finally {
      await rerunServer.stop();
    }
    const after = await exportGraph(target.db);
    const afterIds = new Set([...after.text.matchAll(/"id":"([^"]+)"/g)].map((m) => m[1]));
    const presentCount = entityIds.filter((id) => afterIds.has(id)).length;
    const afterLines = new Set(after.text.split('\n'));
    const kept = before.text.split('\n').every((line) => afterLines.has(line));

    return {
      scenario: 'kill-import',
      figures: [
        [
          'document',
          `${entityIds.length} entities, ${Math.round(JSON.stringify(document).length / 1024)} KiB`,
        ],
        ['graph before', `${before.nodes} nodes, ${before.relationships} relationships`],
        ['SIGKILL after', `${killedAfterMs} ms (write transaction running: ${seenRunning})`],
        ['server exit', `signal ${exit.signal ?? 'none'}; client: ${clientSaw}`],
        ['Neo4j rolled back within', `${rolledBackMs} ms`],
        ['graph after kill', `${afterKill.nodes} nodes, ${afterKill.relationships} relationships`],
        ['re-run', errorCodes(rerun).join(',') || 'imported'],
        ['graph after re-run', `${after.nodes} nodes, ${after.relationships} relationships`],
      ],
      checks: [
        check(
          'the server was killed while the import was writing',
          seenRunning && exit.signal === 'SIGKILL',
          `write transaction seen: ${seenRunning}`,
        ),
        check(
          'the graph after the kill is exactly the graph before (content hash)',
          afterKill.sha256 === before.sha256,
          `${before.sha256.slice(0, 12)} -> ${afterKill.sha256.slice(0, 12)}`,
        ),
        check(
          're-running the import completes it',
          !rerun.body.errors && presentCount === entityIds.length,
          `${presentCount} of ${entityIds.length} entities present`,
        ),
        check('the re-run kept every fact of the graph before', kept, ''),
      ],
    };
  } finally {
    await target.close();
  }
}
