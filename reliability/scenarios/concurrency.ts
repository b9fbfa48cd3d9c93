import { randomBytes } from 'node:crypto';

import type { RaceEnv, RaceRun } from '../races';
import { deleteRaceData, RACES, runRace } from '../races';
import type { ScenarioReport } from '../report';
import { check } from '../report';
import { postOperation, startServerProcess } from '../serverProcess';
import { openTarget } from '../target';

/** Writes the scenario's server runs at once: every writer of a race races in Neo4j. */
const MAX_CONCURRENT = 8;

/**
 * The write races of issues 12 and 17 (merges sharing an entity, imports of one new source with
 * different texts, identical and overlapping imports, upserts and imports of an id being
 * merged, retractions; amend sections and addAlias, attestations, statements and participant
 * groups, role term definitions) against a real server process, `rounds` times each: every round holds
 * the writers at a gate inside Neo4j, releases them together and compares graph, answers and
 * audit trail with serial orders of the same writes (see `reliability/races.ts`). Works on ids
 * of its own and deletes what it wrote (the audit trail keeps its record).
 */
export async function runConcurrency(options: {
  boltPort: number;
  rounds: number;
}): Promise<ScenarioReport> {
  const target = await openTarget(options.boltPort);
  const server = await startServerProcess({
    boltPort: options.boltPort,
    env: { MAX_CONCURRENT_WRITES: String(MAX_CONCURRENT) },
  });
  const token = `race${randomBytes(4).toString('hex')}`;
  const env: RaceEnv = {
    db: target.db,
    post: async (query, variables) =>
      (
        await postOperation(server.baseUrl, query, variables, {
          token: server.curatorKey,
          timeoutMs: 120_000,
        })
      ).body,
    maxConcurrent: MAX_CONCURRENT,
  };
  const runs: RaceRun[] = [];
  const started = Date.now();
  try {
    for (let round = 0; round < options.rounds; round += 1) {
      for (const race of RACES) {
        runs.push(await runRace(env, race, `${token}-${race.name}-${round}`));
      }
    }
    const quick = await postOperation(server.baseUrl, '{ stats { counts { people } } }');
    const sum = (pick: (run: RaceRun) => number) => runs.reduce((n, run) => n + pick(run), 0);
    const failed = runs.filter((run) => run.problems.length > 0);
    const lost = runs.filter((run) =>
      run.problems.some((problem) => /serial order|not verbatim|redirect|shadow/.test(problem)),
    );
    const fullyQueued = runs.filter((run) => run.queued === Math.min(run.requests, MAX_CONCURRENT));
    const perRace = RACES.map((race) => {
      const mine = runs.filter((run) => run.race === race.name);
      const ok = mine.filter((run) => run.problems.length === 0).length;
      const refused = mine.reduce((n, run) => n + run.refused, 0);
      return [
        race.name,
        `${ok}/${mine.length} like a serial order; ${mine.reduce((n, run) => n + run.requests, 0)} writes, ${refused} refused (${race.item})`,
      ] as [string, string];
    });
    return {
      scenario: 'concurrency',
      figures: [
        ['races × rounds', `${RACES.length} × ${options.rounds} = ${runs.length} runs`],
        [
          'writes',
          `${sum((run) => run.requests)}: ${sum((run) => run.succeeded)} succeeded, ${sum((run) => run.refused)} refused as a serial order refuses them`,
        ],
        [
          'refusals',
          ['CONFLICT', 'BAD_USER_INPUT', 'NOT_FOUND']
            .map(
              (code) =>
                `${runs.flatMap((run) => run.refusals).filter((c) => c === code).length} ${code}`,
            )
            .join(', '),
        ],
        ['losses', `${lost.length} runs lost or corrupted a fact`],
        [
          'queued at the gate',
          `${fullyQueued.length}/${runs.length} runs had every writer waiting in Neo4j`,
        ],
        ['time', `${Math.round((Date.now() - started) / 1000)} s`],
        ...perRace,
      ],
      checks: [
        check(
          'every run ended like a serial order (graph, answers, audit trail)',
          failed.length === 0,
          failed
            .slice(0, 3)
            .map((run) => `${run.race}: ${run.problems.join('; ')}`)
            .join(' | ')
            .slice(0, 2_000),
        ),
        check(
          'losses: 0 (no fact lost, no excerpt broken, no dangling or shadowed id)',
          lost.length === 0,
          `${lost.length}`,
        ),
        check(
          'every writer raced: all were queued behind the gate before it opened',
          fullyQueued.length === runs.length,
          `${fullyQueued.length}/${runs.length}`,
        ),
        check('the server still answers', !quick.body.errors && quick.status === 200, ''),
      ],
    };
  } finally {
    await server.stop();
    await deleteRaceData(target.db, token);
    await target.close();
  }
}
