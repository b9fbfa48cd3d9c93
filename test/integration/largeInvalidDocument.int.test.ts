import { AUTH_OVERRIDES, KEYS } from '../utils/authHeaders';
import { listen } from '../utils/listen';
import { postWithToken } from '../utils/postWithToken';
import type { TestServer } from '../utils/testServer';
import { startTestServer } from '../utils/testServer';

/**
 * Validating a document is curation, not an API read: a large document full of unknown
 * references gets its whole problem list on a dry run, even from a server whose read budget
 * (NEO4J_TX_TIMEOUT_MS) is short. Each of its reads is batched (one per label and question).
 */
let t: TestServer;
let baseUrl: string;

/** The read budget of this file's server: far less than validating 2000 references took. */
const READ_BUDGET_MS = 1_500;

beforeAll(async () => {
  t = await startTestServer({ ...AUTH_OVERRIDES, NEO4J_TX_TIMEOUT_MS: String(READ_BUDGET_MS) });
  await t.seed();
  baseUrl = await listen(t.server);
});

afterAll(() => t.stop());

const PROGRAMS = 40;
const PARTIES = 50;
const TEXT = 'Many partners signed many memoranda with Anhui Medical University.';

/** 40 programs of 50 parties each, every party an organization no graph has: 2000 unknown references. */
function documentWithUnknownReferences() {
  return {
    source: { id: 'source/large-invalid', title: 'Many unknown partners', text: TEXT },
    programs: Array.from({ length: PROGRAMS }, (_, i) => ({
      id: `program/large-invalid-${i}`,
      name: `Memorandum number ${i} of the many partners`,
      kind: 'AGREEMENT',
      status: 'ACTIVE',
      parties: Array.from({ length: PARTIES }, (_, j) => ({
        organization: `org/unknown-partner-research-institution-of-memorandum-${i}-number-${j}`,
        role: 'SIGNATORY',
        evidence: [{ quote: 'Many partners signed many memoranda with Anhui Medical University' }],
      })),
      evidence: [{ quote: 'many memoranda' }],
    })),
  };
}

test('a dry run of 2000 unknown references (about 400 KB) lists every problem', async () => {
  const document = documentWithUnknownReferences();
  const body = JSON.stringify({ document, dryRun: true });
  expect(body.length).toBeGreaterThan(400_000);
  const result = await postWithToken(
    baseUrl,
    `mutation($document: DocumentInput!, $dryRun: Boolean) {
      importDocument(document: $document, dryRun: $dryRun) { sourceId }
    }`,
    { document, dryRun: true },
    KEYS.curator,
  );
  const error = result.errors?.[0];
  expect(error?.extensions?.code).toBe('BAD_USER_INPUT');
  const problems = error?.extensions?.problems as { path: string; message: string }[];
  expect(problems).toHaveLength(PROGRAMS * PARTIES);
  expect(problems[0]).toEqual({
    path: 'programs[0].parties[0].organization',
    message: expect.stringMatching(
      /^unknown reference "org\/unknown-partner-research-institution-of-memorandum-0-number-0": no organization has this id; closest known ids: /,
    ) as unknown,
  });
  expect(problems[PROGRAMS * PARTIES - 1]).toEqual({
    path: `programs[${PROGRAMS - 1}].parties[${PARTIES - 1}].organization`,
    message: `unknown reference "org/unknown-partner-research-institution-of-memorandum-${PROGRAMS - 1}-number-${PARTIES - 1}": no organization has this id`,
  });
});
