/**
 * A request's reads share one read transaction: one session however many DataLoader waves the
 * selection takes, closed once the request has answered; a failed shared transaction hands the
 * reads over to transactions of their own.
 */
import { setTimeout as sleep } from 'node:timers/promises';

import { connectDatabase } from '../../src/db/connectDatabase';
import type { TestServer } from '../utils/testServer';
import { startTestServer, testConfig } from '../utils/testServer';

let t: TestServer;

beforeAll(async () => {
  t = await startTestServer();
  await t.seed();
});

afterAll(() => t.stop());

/** Transactions Neo4j holds open, this check's own left out. */
async function openTransactions(): Promise<number> {
  const rows = await t.db.read(
    `SHOW TRANSACTIONS YIELD currentQuery
     WHERE NOT currentQuery CONTAINS 'SHOW TRANSACTIONS'
     RETURN count(*) AS open`,
  );
  return Number(rows[0]?.open ?? 0);
}

/** Waits until Neo4j holds no transaction of ours (the close is sent after the answer). */
async function untilNoOpenTransactions(): Promise<number> {
  for (let attempt = 0; attempt < 100; attempt += 1) {
    const open = await openTransactions();
    if (open === 0) return 0;
    await sleep(50);
  }
  return openTransactions();
}

/** Counts the sessions the server's driver opens while `run` runs. */
async function countSessions(run: () => Promise<unknown>): Promise<number> {
  const spy = jest.spyOn(t.db.driver, 'session');
  try {
    await run();
    return spy.mock.calls.length;
  } finally {
    spy.mockRestore();
  }
}

const PROGRAM = `query {
  program(id: "program/ahmu-bgi-memorandum-2018") {
    name
    leaders { role person { name positions { title organization { name } } } evidence { excerpt source { title } } }
    parties { organization { name units { organization { name } } } }
    aspects { aspect { name } }
  }
  person(id: "person/li-jun") { name }
  organization(id: "org/ahmu") { name units { organization { name } } }
  places { name }
}`;

it('answers a selection of several waves from one session, closed after the answer', async () => {
  t.resetQueryCount();
  let result: Awaited<ReturnType<TestServer['execute']>> | undefined;
  const sessions = await countSessions(async () => {
    result = await t.execute(PROGRAM);
  });
  expect(result?.errors).toBeUndefined();
  expect(JSON.stringify(result?.data)).toContain('Li Jun');
  // Several statements (one per root field, or per loader batch), one session for all of them.
  expect(t.queries.length).toBeGreaterThan(3);
  expect(sessions).toBe(1);
  expect(await untilNoOpenTransactions()).toBe(0);
});

it('reads in transactions of their own once the shared one has failed', async () => {
  const db = t.db.forRequest();
  try {
    const [first] = await db.read('RETURN 1 AS one');
    expect(first?.one).toBe(1);
    // The shared transaction is open now; end it from Neo4j's side, as a restart or an
    // administrator would.
    const open = await t.db.read(
      `SHOW TRANSACTIONS YIELD transactionId, currentQuery
       WHERE NOT currentQuery CONTAINS 'SHOW TRANSACTIONS'
       RETURN transactionId`,
    );
    expect(open).toHaveLength(1);
    await t.db.write('TERMINATE TRANSACTIONS $ids', {
      ids: open.map((row) => row.transactionId),
    });
    const [second] = await db.read('RETURN 2 AS two');
    expect(second?.two).toBe(2);
  } finally {
    await db.endRequest();
  }
  expect(await untilNoOpenTransactions()).toBe(0);
});

it('keeps the shared transaction when a read fails for reasons of its own', async () => {
  const db = t.db.forRequest();
  try {
    await expect(
      db.readTransaction(async (tx) => {
        await tx.run('RETURN 1');
        throw new Error('not the database');
      }),
    ).rejects.toThrow('not the database');
    let rows: Awaited<ReturnType<typeof db.read>> = [];
    const opened = await countSessions(async () => {
      rows = await db.read('RETURN 3 AS three');
    });
    expect(rows[0]?.three).toBe(3);
    expect(opened).toBe(0);
  } finally {
    await db.endRequest();
  }
});

it('reads in the shared transaction without a session of their own', async () => {
  const db = t.db.forRequest();
  try {
    await db.read('RETURN 1');
    expect(await countSessions(() => db.read('RETURN 2'))).toBe(0);
    // Curation's long reads (an explicit timeout) keep transactions of their own.
    expect(await countSessions(() => db.readTransaction((tx) => tx.run('RETURN 3'), 60_000))).toBe(
      1,
    );
  } finally {
    await db.endRequest();
  }
  // After the request, reads get transactions of their own again.
  expect(await countSessions(() => db.read('RETURN 4'))).toBe(1);
});

it('answers QUERY_TIMEOUT once a request has spent its budget, and the database stays available', async () => {
  const db = await connectDatabase(testConfig({ NEO4J_TX_TIMEOUT_MS: '1000' }));
  const request = db.forRequest();
  try {
    // Long enough to outlast the 1 s budget (Neo4j checks timeouts every 2 s).
    const slow = 'UNWIND range(1, 2000000000) AS x RETURN count(x) AS n';
    await expect(request.read(slow)).rejects.toMatchObject({
      extensions: { code: 'QUERY_TIMEOUT' },
    });
    // Later reads of the same request are refused without a transaction of their own.
    const sessions = jest.spyOn(db.driver, 'session');
    await expect(request.read('RETURN 1')).rejects.toMatchObject({
      extensions: { code: 'QUERY_TIMEOUT' },
    });
    expect(sessions).not.toHaveBeenCalled();
    sessions.mockRestore();
    expect(db.availability.isUnavailable()).toBe(false);
    // A new request has a budget of its own.
    const next = db.forRequest();
    const [row] = await next.read('RETURN 1 AS one');
    expect(row?.one).toBe(1);
    await next.endRequest();
  } finally {
    await request.endRequest();
    await db.driver.close();
  }
});

it('gives the reads after a write a new transaction that sees it, and a new budget', async () => {
  const db = await connectDatabase(testConfig({ NEO4J_TX_TIMEOUT_MS: '1000' }));
  const request = db.forRequest();
  try {
    expect(await request.read('MATCH (n:RenewProbe) RETURN n')).toEqual([]);
    // The write outlasts the read budget (as a long import or merge does, with its own timeout).
    await request.writeTransaction(async (tx) => {
      await tx.run('CREATE (:RenewProbe {id: "renew"})');
      await sleep(2_500);
    }, 60_000);
    const rows = await request.read('MATCH (n:RenewProbe) RETURN n.id AS id');
    expect(rows).toEqual([{ id: 'renew' }]);
  } finally {
    await request.endRequest();
    await db.write('MATCH (n:RenewProbe) DELETE n');
    await db.driver.close();
  }
});
