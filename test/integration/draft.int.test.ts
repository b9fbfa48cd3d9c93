/**
 * `draftDocument` against the real server and Neo4j: curators only, names the seeded graph
 * holds resolved to their ids in one read, every draft importing as it stands
 * (`importDocument(dryRun: true)`, then for real), and the second cut's facts (a statement, a
 * group with its count, a role term, an EDTF date, additions to known entities as `amend`)
 * landing in the graph as the draft says.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

import { importDocument } from '../../src/import/importDocument';
import { loadDocumentFile } from '../../src/import/loadDocumentFile';
import { PROJECT_ROOT } from '../../src/projectRoot';
import { AUTH_OVERRIDES, KEYS } from '../utils/authHeaders';
import { listen } from '../utils/listen';
import { postWithToken } from '../utils/postWithToken';
import type { TestServer } from '../utils/testServer';
import { graphCounts, startTestServer } from '../utils/testServer';

let t: TestServer;
let baseUrl: string;

const FIXTURES = join(PROJECT_ROOT, 'test', 'fixtures', 'draft');
const article = (name: string) => readFileSync(join(FIXTURES, `${name}.txt`), 'utf8');

const DRAFT = `mutation Draft($text: String!, $title: String, $date: Date) {
  draftDocument(text: $text, title: $title, date: $date) {
    yaml
    document
    lookedUpIn
    source { id title date text }
    facts {
      key type kind label confidence checks id existing owner value
      excerpts { quote start end }
      candidates { id existing match score }
      refs { field key }
    }
  }
}`;

const IMPORT = `mutation Import($document: DocumentInput!, $dryRun: Boolean) {
  importDocument(document: $document, dryRun: $dryRun) {
    sourceId dryRun diff { entityCounts { created updated unchanged } }
  }
}`;

interface DraftFactAnswer {
  key: string;
  type: 'ENTITY' | 'LINK';
  kind: string;
  label: string;
  checks: string[];
  id: string | null;
  existing: boolean | null;
  excerpts: { quote: string; start: number; end: number }[];
  refs: { field: string; key: string }[];
  value: Record<string, unknown>;
}
interface DraftAnswer {
  draftDocument: {
    yaml: string;
    document: Record<string, unknown>;
    source: { id: string; text: string };
    facts: DraftFactAnswer[];
  };
}

async function draft(
  text: string,
  token: string = KEYS.curator,
  variables: Record<string, unknown> = {},
) {
  return postWithToken(baseUrl, DRAFT, { text, ...variables }, token);
}

beforeAll(async () => {
  t = await startTestServer(AUTH_OVERRIDES);
  await t.seed();
  baseUrl = await listen(t.server);
});

afterAll(() => t.stop());

it('refuses readers and anonymous requests, and articles that are empty or too long', async () => {
  const reader = await draft('A title\n\nProf. Li Jun visited BGI.', KEYS.reader);
  expect(reader.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  const anonymous = await postWithToken(baseUrl, DRAFT, { text: 'A title' });
  expect(anonymous.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  const empty = await draft('   ');
  expect(empty.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  const long = await draft('x'.repeat(100_001));
  expect(long.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'text' });
});

it('refers to what the seeded graph holds by id, found in one read', async () => {
  t.resetQueryCount();
  const { data, errors } = await draft(article('ahmu-karolinska-2019-09-24'));
  expect(errors).toBeUndefined();
  const lookups = t.queries.filter((q) =>
    q.includes("any(k IN n.matchKeys WHERE replace(k, ' ', '') IN $keys)"),
  );
  expect(lookups).toHaveLength(1);
  const facts = (data as unknown as DraftAnswer).draftDocument.facts;
  const entity = (label: string) => facts.find((f) => f.type === 'ENTITY' && f.label === label);
  expect(entity('Li Jun')).toMatchObject({ id: 'person/li-jun', existing: true });
  expect(entity('Liang Chaozhao')).toMatchObject({ id: 'person/liang-chaozhao', existing: true });
  expect(entity('First Affiliated Hospital of AHMU')).toMatchObject({
    id: 'org/ahmu-first-affiliated-hospital',
    existing: true,
  });
  expect(entity('Karolinska Institutet')).toMatchObject({
    id: 'org/karolinska-institutet',
    existing: false,
  });
  expect(entity('Zhou Min')).toMatchObject({ id: 'person/zhou-min', existing: false });
  // Each excerpt is the text at its offsets.
  const text = (data as unknown as DraftAnswer).draftDocument.source.text;
  for (const fact of facts)
    for (const e of fact.excerpts) expect(text.slice(e.start, e.end)).toBe(e.quote);
  // The position of a known person at a known unit, with the article's date.
  const position = facts.find((f) => f.kind === 'position' && f.label.startsWith('Li Jun'));
  expect(position?.value).toEqual({ title: 'Secretary', attestedOn: '2019-09-24' });
  expect(position?.refs.map((r) => r.field).sort()).toEqual(['organization', 'person']);
});

it('drafts documents that import as they stand, dry run first', async () => {
  for (const name of [
    'bgi-ahmu-sah-2019-03-12',
    'fudan-bgi-rare-disease-2020-11-06',
    'fah-hku-2021-05-18',
  ]) {
    const { data, errors } = await draft(article(name));
    expect(errors).toBeUndefined();
    const document = (data as unknown as DraftAnswer).draftDocument.document;
    const before = await graphCounts(t.db);
    const dry = await postWithToken(baseUrl, IMPORT, { document, dryRun: true }, KEYS.curator);
    expect(dry.errors).toBeUndefined();
    expect(await graphCounts(t.db)).toEqual(before);
    const real = await postWithToken(baseUrl, IMPORT, { document, dryRun: false }, KEYS.curator);
    expect(real.errors).toBeUndefined();
    expect((await graphCounts(t.db)).nodes).toBeGreaterThan(before.nodes);
  }
  // Drafted again, the imported article's people are known now.
  const again = await draft(article('fudan-bgi-rare-disease-2020-11-06'));
  const huang = (again.data as unknown as DraftAnswer).draftDocument.facts.find(
    (f) => f.label === 'Huang Wei',
  );
  expect(huang).toMatchObject({ existing: true });
});

it('takes the title and date it is given, and renders YAML with checks', async () => {
  const { data } = await draft(
    'Untitled\n\nProf. Zhang Lei, dean of the School of Nursing of AHMU, visited BGI and XYZG.',
    KEYS.curator,
    {
      title: 'Nursing school visit',
      date: '2020-01-02',
    },
  );
  const payload = (data as unknown as DraftAnswer).draftDocument;
  expect(payload.document.source).toMatchObject({
    title: 'Nursing school visit',
    date: '2020-01-02',
  });
  expect(payload.yaml).toContain("attestedOn: '2020-01-02'");
  expect(payload.yaml).toContain('org/ahmu-school-of-nursing');
  expect(payload.yaml).toContain('# check: "XYZG" has no word saying what it is');
});

it('drafts the second cut of the model and imports it: statements, groups, terms, EDTF dates, amendments', async () => {
  // Written for this test: the seeded graph holds AHMU, BGI, Hefei, Li Jun and the institute.
  const text =
    'AHMU Holds Winter Forum on Precision Medicine\n\n' +
    'In the winter of 2024, Hefei, a national science center, hosted a forum on precision medicine. ' +
    'Prof. Li Jun, secretary of CPC Party Committee of AHMU, chaired the forum, which was attended by 40 experts of the Translational Medicine Institute of Anhui Province, which is run by AHMU. ' +
    'BGI, also known as Beijing Genomics Institute, presented its services. ' +
    'Li Jun pledged that the university would deepen joint education with BGI.';
  const { data, errors } = await draft(text);
  expect(errors).toBeUndefined();
  const payload = (data as unknown as DraftAnswer).draftDocument;
  const document = payload.document as {
    amend?: Record<string, unknown>[];
    statements?: Record<string, unknown>[];
    events?: Record<string, unknown>[];
  };
  expect(document.amend?.map((a) => a.place ?? a.organization)).toEqual([
    'org/tmi-anhui',
    'org/bgi',
    'place/hefei',
  ]);
  expect(document.events?.[0]).toMatchObject({ kind: 'MEETING', date: '2024-24' });
  const statement = payload.facts.find((f) => f.kind === 'statement');
  expect(statement?.refs.map((r) => r.field).sort()).toEqual(['event', 'onBehalfOf', 'speaker']);
  expect(payload.yaml).toContain('quote: the university would deepen joint education with BGI');

  const before = await graphCounts(t.db);
  const dry = await postWithToken(baseUrl, IMPORT, { document, dryRun: true }, KEYS.curator);
  expect(dry.errors).toBeUndefined();
  expect(await graphCounts(t.db)).toEqual(before);
  const real = await postWithToken(baseUrl, IMPORT, { document, dryRun: false }, KEYS.curator);
  expect(real.errors).toBeUndefined();
  const graph = await postWithToken(
    baseUrl,
    `{
      place(id: "place/hefei") { designations { designation { id } } }
      organization(id: "org/bgi") { alternativeNames { value } }
      person(id: "person/li-jun") {
        statements { kind quote { excerpt } organization { id } event { name groups { description count organization { id } } } }
      }
    }`,
    {},
    KEYS.curator,
  );
  expect(graph.errors).toBeUndefined();
  expect(graph.data).toMatchObject({
    place: { designations: [{ designation: { id: 'term/designation/national-science-center' } }] },
    organization: {
      alternativeNames: expect.arrayContaining([
        { value: 'Beijing Genomics Institute' },
      ]) as unknown,
    },
    person: {
      statements: [
        {
          kind: 'PLEDGED',
          quote: { excerpt: 'the university would deepen joint education with BGI' },
          organization: { id: 'org/ahmu' },
          event: {
            name: 'Forum on precision medicine',
            groups: [{ description: 'experts', count: 40, organization: { id: 'org/tmi-anhui' } }],
          },
        },
      ],
    },
  });
});

it('drafts each worked example (seed/examples 04-09) against the graph of the ones before it, and each draft passes the dry run', async () => {
  const examples = join(PROJECT_ROOT, 'seed', 'examples');
  for (const name of [
    '04-ahmu-new-year-meeting-2011',
    '05-erasmus-public-health-kick-off-2016',
    '06-bgi-delegation-visits-ahmu-2018-06',
    '07-bgi-macao-genomics-2019',
    '08-shanghai-tenth-genetic-center-2021',
    '09-hefei-health-big-data-forum-2023',
  ]) {
    const text = readFileSync(join(examples, `${name.replace(/^\d+-/, '')}.txt`), 'utf8');
    const { data, errors } = await draft(text);
    expect({ name, errors }).toEqual({ name, errors: undefined });
    const document = (data as unknown as DraftAnswer).draftDocument.document;
    const dry = await postWithToken(baseUrl, IMPORT, { document, dryRun: true }, KEYS.curator);
    expect({ name, errors: dry.errors }).toEqual({ name, errors: undefined });
    // Then the curators' own document goes in, as the guide imports them one after another.
    const loaded = loadDocumentFile(join(examples, `${name}.yaml`));
    await importDocument(t.db, loaded.content, loaded);
  }
});
