import autocannon from 'autocannon';

import { importDocument } from '../../src/import/importDocument';
import { syntheticDocument } from '../../src/synthetic/syntheticDocument';
import { toMutationDocument } from '../documents';
import { buildQueryMix, discoverIds } from '../queryMix';
import type { ScenarioReport } from '../report';
import { check } from '../report';
import { errorCodes, postOperation, startServerProcess } from '../serverProcess';
import { openTarget } from '../target';

/** The importDocument mutation as a curator client sends it. */
export const IMPORT_MUTATION = `mutation Import($document: DocumentInput!, $dryRun: Boolean) {
  importDocument(document: $document, dryRun: $dryRun) {
    sourceId dryRun
    diff { entityCounts { created updated unchanged } relationshipCounts { created } }
  }
}`;

export interface LoadOptions {
  boltPort: number;
  clients: number;
  durationSeconds: number;
  importsPerSecond: number;
  /** Synthetic documents (about 600 entities each) to import first, for a bigger graph. */
  syntheticDocuments?: number;
}

/** The second half's mean RSS may exceed the first half's peak by this much before it is a trend. */
const RSS_GROWTH_ALLOWED = 0.15;

/**
 * `clients` concurrent clients for `durationSeconds` on the query mix, plus curator imports of
 * small new documents at `importsPerSecond`, against a real server on whatever graph the target
 * database holds (seeded when empty). Every response must be free of errors.
 */
export async function runLoad(options: LoadOptions): Promise<ScenarioReport> {
  const target = await openTarget(options.boltPort);
  for (let i = 0; i < (options.syntheticDocuments ?? 0); i += 1) {
    // A second import of the same document creates nothing, so reruns keep the graph as it is.
    await importDocument(
      target.db,
      syntheticDocument({
        key: `graph-${i}`,
        organizations: 100,
        people: 200,
        programs: 200,
        partnersPerProgram: 3,
        events: 100,
      }),
      { file: `graph-${i}.yaml` },
    );
  }
  const server = await startServerProcess({ boltPort: options.boltPort });
  try {
    const ids = await discoverIds(server.baseUrl);
    const mix = buildQueryMix(ids);
    const graphErrors = new Map<string, number>();
    const countError = (code: string) => graphErrors.set(code, (graphErrors.get(code) ?? 0) + 1);

    const rss: number[] = [await server.rssMiB()];
    const sampler = setInterval(() => {
      void server.rssMiB().then((value) => rss.push(value));
    }, 10_000);

    const runId = Date.now().toString(36);
    let importsDone = 0;
    const importFailures: string[] = [];
    const importLatencies: number[] = [];
    // Imports start on the clock, whether or not the previous one has answered.
    const importOne = async (i: number) => {
      const document = toMutationDocument(
        syntheticDocument({
          key: `load-${runId}-${i}`,
          organizations: 4,
          people: 4,
          programs: 3,
          partnersPerProgram: 2,
          events: 1,
        }),
      );
      try {
        const response = await postOperation(
          server.baseUrl,
          IMPORT_MUTATION,
          { document },
          { token: server.curatorKey, timeoutMs: 60_000 },
        );
        importLatencies.push(response.ms);
        if (response.body.errors) importFailures.push(errorCodes(response).join(','));
        else importsDone += 1;
      } catch (error) {
        importFailures.push(error instanceof Error ? error.message : String(error));
      }
    };
    const imports: Promise<void>[] = [];
    const importClock = setInterval(
      () => imports.push(importOne(imports.length)),
      1000 / options.importsPerSecond,
    );

    const result = await autocannon({
      url: `${server.baseUrl}/graphql`,
      connections: options.clients,
      duration: options.durationSeconds,
      timeout: 30,
      requests: mix.map((op) => ({
        method: 'POST' as const,
        path: '/graphql',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: op.query, variables: op.variables }),
        onResponse: (status: number, body: string) => {
          if (status !== 200) countError(`HTTP ${status}`);
          else if (body.includes('"errors"')) {
            const parsed = JSON.parse(body) as { errors?: { extensions?: { code?: string } }[] };
            for (const e of parsed.errors ?? []) countError(e.extensions?.code ?? 'UNKNOWN');
          }
        },
      })),
    });
    clearInterval(importClock);
    await Promise.all(imports);
    clearInterval(sampler);
    rss.push(await server.rssMiB());

    const logged = server
      .output()
      .split('\n')
      .filter((line) => line.includes('"level":50'));
    const errors =
      [...graphErrors.values()].reduce((a, b) => a + b, 0) + result.errors + result.timeouts;
    // Samples after the first (start-up), split in halves: a leak makes the second half's mean
    // outgrow the first half's peak; a heap sizing itself to the load does not.
    const samples = rss.slice(1);
    const half = Math.ceil(samples.length / 2);
    const firstPeak = Math.max(0, ...samples.slice(0, half));
    const secondHalf = samples.slice(half);
    const secondMean = Math.round(
      secondHalf.reduce((sum, value) => sum + value, 0) / Math.max(1, secondHalf.length),
    );
    const graph = await target.db.read(
      'RETURN COUNT { (n) } AS nodes, COUNT { ()-[]->() } AS relationships',
    );
    return {
      scenario: 'load',
      figures: [
        ['graph', `${String(graph[0]?.nodes)} nodes, ${String(graph[0]?.relationships)} rels`],
        ['clients', options.clients],
        ['duration', `${result.duration.toFixed(1)} s`],
        ['requests served', result.requests.total],
        ['requests/s', Math.round(result.requests.average)],
        [
          'latency p50/p99/max',
          `${result.latency.p50} / ${result.latency.p99} / ${result.latency.max} ms`,
        ],
        ['errors', errors],
        ['error codes', JSON.stringify(Object.fromEntries(graphErrors))],
        ['server errors logged', `${logged.length} ${logged[0]?.slice(0, 300) ?? ''}`],
        ['curator imports', `${importsDone} done, ${importFailures.length} failed`],
        ['import latency max', `${Math.round(Math.max(0, ...importLatencies))} ms`],
        ['server RSS (MiB) every 10 s', rss.join(' ')],
      ],
      checks: [
        check('requests were served', result.requests.total > 0, `${result.requests.total}`),
        check('no request failed', errors === 0, `${errors} errors`),
        check(
          'every curator import succeeded',
          importFailures.length === 0 && importsDone > 0,
          importFailures.slice(0, 3).join('; ') || `${importsDone} imports`,
        ),
        check(
          'server memory shows no growth trend',
          secondMean <= firstPeak * (1 + RSS_GROWTH_ALLOWED),
          `first-half peak ${firstPeak} MiB, second-half mean ${secondMean} MiB; allowed +${RSS_GROWTH_ALLOWED * 100}%`,
        ),
      ],
    };
  } finally {
    await server.stop();
    await target.close();
  }
}
