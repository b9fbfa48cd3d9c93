/**
 * The hostile scenario: every payload of the catalogue (payloads.ts) through the probes
 * (probes.ts), and the graph compared before and after.
 */
import fc from 'fast-check';

import { exportGraph } from '../../../src/backup/graphExport';
import type { Database } from '../../../src/db/database';
import { countTransactionsSince } from '../../../src/repositories/transactionRepository';
import { toMutationDocument } from '../../documents';
import { LARGE_SOURCE_LENGTH, largeTextQuery, withLargeSource } from '../../largeSource';
import type { Check, ScenarioReport } from '../../report';
import { check } from '../../report';
import type { GraphQLResponse } from '../../serverProcess';
import { errorCodes, postOperation, startServerProcess } from '../../serverProcess';
import { openTarget } from '../../target';
import { IMPORT_MUTATION } from '../load';
import {
  arbitraryNumber,
  arbitraryString,
  BASE_DOCUMENT,
  HOSTILE_NUMBERS,
  HOSTILE_STRINGS,
  INPUT_FLOODS,
  longIdAt,
  QUERY_SHAPES,
  replaceAt,
  stringPaths,
  stringsForField,
  TIMED_FLOODS,
} from './payloads';
import {
  answers,
  dryRunAnswered,
  Findings,
  NUMBER_PROBES,
  propertyCheck,
  sendRequest,
  shown,
  STRING_PROBES,
} from './probes';

export { HOSTILE_STRINGS } from './payloads';
export { LEAK } from './probes';

/** The slowest refusal of the floods of the issue (or 1000 and 5000, orderBy 2000), in ms. */
async function timeFloods(baseUrl: string): Promise<number> {
  const times: number[] = [];
  for (const request of TIMED_FLOODS) {
    times.push((await sendRequest(baseUrl, request())).ms);
  }
  return Math.max(...times);
}

/**
 * Hostile input against a running server: every catalogue string (and fast-check's arbitrary
 * strings, lone surrogates included) in every string argument and import field, numbers out of
 * range, query bombs, batched and malformed bodies. Each must get a typed error or a correct
 * answer, and the graph must be byte-for-byte the same afterwards (export hash).
 */
export async function hostileChecks(
  baseUrl: string,
  db: Database,
  options: {
    curatorKey: string;
    numRuns: number;
    stringsPerField: number;
    /** A source with a 960 KB text (see `withLargeSource`), for the amplification probe. */
    largeSource?: boolean;
  },
): Promise<ScenarioReport> {
  const before = await exportGraph(db);
  const started = new Date();
  const post = (query: string, variables: Record<string, unknown> = {}) =>
    sendRequest(baseUrl, { query, variables });

  const strings = new Findings();
  for (const probe of STRING_PROBES) {
    for (const s of HOSTILE_STRINGS) {
      await strings.probe(
        `${probe.name}(${shown(s)})`,
        () => post(probe.query, { s }),
        probe.correct,
      );
    }
  }
  const property = await fc.check(
    fc.asyncProperty(fc.constantFrom(...STRING_PROBES), arbitraryString, async (probe, s) =>
      strings.probe(`${probe.name}(${shown(s)})`, () => post(probe.query, { s }), probe.correct),
    ),
    { numRuns: options.numRuns },
  );

  const numbers = new Findings();
  for (const { name, query, correct } of NUMBER_PROBES) {
    for (const n of HOSTILE_NUMBERS) {
      await numbers.probe(`${name}(${n})`, () => post(query, { n }), correct);
    }
  }
  const numberProperty = await fc.check(
    fc.asyncProperty(
      fc.constantFrom(...NUMBER_PROBES),
      arbitraryNumber,
      async ({ name, query, correct }, n) =>
        numbers.probe(`${name}(${n})`, () => post(query, { n }), correct),
    ),
    { numRuns: options.numRuns },
  );

  const shapes = new Findings();
  for (const { name, request, answers: field } of [...QUERY_SHAPES, ...INPUT_FLOODS]) {
    await shapes.probe(
      name,
      async (): Promise<GraphQLResponse> => {
        const response = await sendRequest(baseUrl, request());
        if (!field && !response.body.errors && response.status < 400) {
          return { ...response, status: 500, text: `answered: ${response.text.slice(0, 80)}` };
        }
        return response;
      },
      field ? answers(field) : () => false,
    );
  }

  // Nothing of the probes, the floods among them, may be left open in Neo4j: a
  // 5000-condition `or` once stayed "Terminated" for minutes after its request had failed.
  const floodsRunning = await countTransactionsSince(db, started);
  const floodMs = await timeFloods(baseUrl);

  let amplification: Check | null = null;
  if (options.largeSource) {
    const response = await post(largeTextQuery(30));
    amplification = check(
      `30 aliases of a ${LARGE_SOURCE_LENGTH / 1000} KB text: RESPONSE_TOO_LARGE in a small answer`,
      errorCodes(response).join() === 'RESPONSE_TOO_LARGE' && response.text.length < 2_000,
      `${errorCodes(response).join(',') || 'answered'}, ${response.text.length} bytes`,
    );
  }

  const imports = new Findings();
  const base = toMutationDocument(BASE_DOCUMENT);
  const paths = stringPaths(base);
  const dryRun = (document: unknown) =>
    postOperation(
      baseUrl,
      IMPORT_MUTATION,
      { document, dryRun: true },
      {
        token: options.curatorKey,
        timeoutMs: 30_000,
      },
    );
  for (const [p, path] of paths.entries()) {
    for (const s of stringsForField(p, options.stringsPerField)) {
      await imports.probe(
        `import ${path.join('.')}=${shown(s)}`,
        () => dryRun(replaceAt(base, path, s)),
        dryRunAnswered,
      );
    }
  }
  const importProperty = await fc.check(
    fc.asyncProperty(fc.constantFrom(...paths), arbitraryString, async (path, s) =>
      imports.probe(
        `import ${path.join('.')}=${shown(s)}`,
        () => dryRun(replaceAt(base, path, s)),
        dryRunAnswered,
      ),
    ),
    { numRuns: options.numRuns },
  );

  const longIds = new Findings();
  for (const path of paths.filter((p) => p[p.length - 1] === 'id')) {
    const id = longIdAt(base, path);
    await longIds.probe(
      `import ${path.join('.')}=<9 KB id>`,
      () => dryRun(replaceAt(base, path, id)),
      () => false,
    );
  }

  const after = await exportGraph(db);
  return {
    scenario: 'hostile',
    figures: [
      ['string probes', strings.count],
      ['number probes', numbers.count],
      ['query-shape probes', shapes.count],
      ['flood refusals (or 1000/5000, orderBy 2000), slowest', `${Math.round(floodMs)} ms`],
      ['import dry runs', imports.count],
      ['fast-check runs per property', options.numRuns],
      ['graph', `${before.nodes} nodes, ${before.relationships} relationships`],
    ],
    checks: [
      strings.check('string arguments: typed errors or correct answers'),
      propertyCheck('fast-check: arbitrary strings in string arguments', property),
      numbers.check('negative, huge and fractional numbers: typed errors or correct answers'),
      propertyCheck('fast-check: arbitrary numbers', numberProperty),
      shapes.check('query bombs, cycles, batches and malformed bodies: refused with a typed error'),
      check(
        'nothing of the probes is left open in Neo4j after them (SHOW TRANSACTIONS)',
        floodsRunning === 0,
        `${floodsRunning} open`,
      ),
      ...(amplification ? [amplification] : []),
      imports.check('every import field: typed errors or a correct dry run'),
      longIds.check('a 9 KB id in any id field of a document is refused in its dry run'),
      propertyCheck('fast-check: arbitrary strings in import fields', importProperty),
      check(
        'the graph is byte-for-byte unchanged (export hash)',
        after.sha256 === before.sha256,
        `${before.sha256.slice(0, 12)} -> ${after.sha256.slice(0, 12)}`,
      ),
    ],
  };
}

/** The hostile scenario against a real server process on the target database. */
export async function runHostile(options: {
  boltPort: number;
  numRuns: number;
}): Promise<ScenarioReport> {
  const target = await openTarget(options.boltPort);
  const server = await startServerProcess({ boltPort: options.boltPort });
  try {
    return await withLargeSource(target.db, () =>
      hostileChecks(server.baseUrl, target.db, {
        curatorKey: server.curatorKey,
        numRuns: options.numRuns,
        stringsPerField: HOSTILE_STRINGS.length,
        largeSource: true,
      }),
    );
  } finally {
    await server.stop();
    await target.close();
  }
}
