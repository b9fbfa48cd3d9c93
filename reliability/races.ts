import type { Database } from '../src/db/database';
import { Label, labelOfId } from '../src/db/labelsAndTypes';
import type { DocumentInput } from '../src/import/documentSchema';
import { importDocument } from '../src/import/importDocument';
import { toMutationDocument } from './documents';
import { openRaceGate, releasedTogether } from './raceGate';

/*
 * Write races of issues 12 and 17, each run for real: the writers are held at a starting gate inside
 * Neo4j (a transaction holding the locks they need) and released together, then the outcome
 * is compared with the same writes run one after another. Correct means: the graph, every
 * answer and the audit trail are exactly those of some serial order, every excerpt is
 * verbatim, nothing is duplicated and no redirect points at nothing. Every race works on ids
 * of its own (a prefix per run), so it can run on any graph, and `deleteRaceData` removes what
 * the runs wrote (the audit trail keeps its record).
 */

/** A GraphQL answer as a race reads it. */
export interface RaceAnswer {
  data?: Record<string, unknown> | null;
  errors?: { message: string; extensions?: Record<string, unknown> }[];
}

/** Where races send their writes (as a curator) and read their checks. */
export interface RaceEnv {
  db: Database;
  post(query: string, variables: Record<string, unknown>): Promise<RaceAnswer>;
  /** Writes the server runs at once (MAX_CONCURRENT_WRITES): more wait in its line, not in Neo4j. */
  maxConcurrent: number;
}

/** One write of a race. Writes with the same `label` are interchangeable. */
interface RaceOp {
  label: string;
  query: string;
  variables: Record<string, unknown>;
}

/** A race: what it sets up, which nodes its gate holds, its writes and the serial orders to compare. */
export interface Race {
  name: string;
  /** What it proves (the item). */
  item: string;
  fixtures(prefix: string): DocumentInput[];
  gate(prefix: string): { label: Label; id: string }[];
  ops(prefix: string): RaceOp[];
  /** Serial orders (indexes into `ops`) one of which the race must end like. */
  orders: number[][];
}

/** The result of one run of a race. */
export interface RaceRun {
  race: string;
  requests: number;
  succeeded: number;
  /** Typed refusals (CONFLICT, NOT_FOUND, BAD_USER_INPUT) that a serial order gives too. */
  refused: number;
  /** The codes of those refusals. */
  refusals: string[];
  /** Writers seen queued behind the gate before it opened. */
  queued: number;
  /** Everything that was not as in a serial order; empty when the run was correct. */
  problems: string[];
}

const MERGE = `mutation Merge($keep: ID!, $merge: ID!) {
  mergeEntities(keep: $keep, merge: $merge) { kept { id } mergedId relationshipsMoved change { operation target summary } }
}`;
const IMPORT = `mutation Import($document: DocumentInput!) {
  importDocument(document: $document) {
    sourceId
    diff {
      entityCounts { created updated unchanged deleted }
      relationshipCounts { created updated unchanged deleted }
      entities { id type change fields }
      relationships { type from to qualifier change }
    }
    resolvedReferences { path reference id }
    change { operation target summary }
  }
}`;
const RETRACT = `mutation Retract($id: ID!) {
  retractSource(id: $id) {
    sourceId
    diff { entities { id type change fields } relationships { type from to qualifier change } }
    change { operation target summary }
  }
}`;
const UPSERT_PERSON = `mutation Upsert($input: UpsertPersonInput!) {
  upsertPerson(input: $input) {
    node { id ... on Person { name alternativeNames { value } } }
    diff { entities { id type change fields } }
    resolvedReferences { path reference id }
    change { operation target summary }
  }
}`;

const ADD_ALIAS = `mutation AddAlias($input: AddAliasInput!) {
  addAlias(input: $input) {
    node { id ... on Organization { name alternativeNames { value } } }
    diff { entities { id type change fields } }
    resolvedReferences { path reference id }
    change { operation target summary }
  }
}`;

const FIXTURE_TEXT =
  'Alice Ang, Bob Bo, Cai Chen and Dan Du lead the Tri Program of Uni One and Uni Two. ' +
  'Alice Ang teaches at Uni One. Bob Bo teaches at Uni Two. ' +
  'Cai Chen spoke at the Tri Meeting, hosted by Uni One, for Uni Two.';

/** The ids of the fixture of prefix `p`. */
export const raceIds = (p: string) => ({
  source: `source/${p}-fixture`,
  uniOne: `org/${p}-uni-one`,
  uniTwo: `org/${p}-uni-two`,
  alice: `person/${p}-alice`,
  bob: `person/${p}-bob`,
  cai: `person/${p}-cai`,
  dan: `person/${p}-dan`,
  program: `program/${p}-tri`,
  meeting: `event/${p}-meeting`,
});

/** People, organizations, a program and an event, all referred to by id (names repeat across runs). */
export function raceFixture(p: string): DocumentInput {
  const id = raceIds(p);
  const person = (key: 'alice' | 'bob' | 'cai' | 'dan', name: string) => ({
    id: id[key],
    name,
    evidence: [name],
  });
  const lead = ['Alice Ang, Bob Bo, Cai Chen and Dan Du lead the Tri Program'];
  return {
    source: { id: id.source, title: `Race fixture ${p}`, text: FIXTURE_TEXT },
    organizations: [
      { id: id.uniOne, name: 'Uni One', kind: 'UNIVERSITY', evidence: ['Uni One'] },
      { id: id.uniTwo, name: 'Uni Two', kind: 'UNIVERSITY', evidence: ['Uni Two'] },
    ],
    people: [
      person('alice', 'Alice Ang'),
      person('bob', 'Bob Bo'),
      person('cai', 'Cai Chen'),
      person('dan', 'Dan Du'),
    ],
    positions: [
      {
        person: id.alice,
        organization: id.uniOne,
        title: 'Teacher',
        evidence: ['Alice Ang teaches at Uni One'],
      },
      {
        person: id.bob,
        organization: id.uniTwo,
        title: 'Teacher',
        evidence: ['Bob Bo teaches at Uni Two'],
      },
    ],
    programs: [
      {
        id: id.program,
        name: 'Tri Program',
        kind: 'COLLABORATION',
        status: 'ACTIVE',
        parties: [
          { organization: id.uniOne, role: 'PARTNER', evidence: ['Tri Program of Uni One'] },
          { organization: id.uniTwo, role: 'PARTNER', evidence: ['Uni One and Uni Two'] },
        ],
        people: (['alice', 'bob', 'cai', 'dan'] as const).map((key) => ({
          person: id[key],
          role: 'LEADS' as const,
          evidence: lead,
        })),
        evidence: ['the Tri Program'],
      },
    ],
    events: [
      {
        id: id.meeting,
        name: 'Tri Meeting',
        kind: 'MEETING',
        hosts: [{ organization: id.uniOne, evidence: ['the Tri Meeting, hosted by Uni One'] }],
        participants: [
          {
            person: id.cai,
            role: 'PARTICIPANT',
            onBehalfOf: id.uniTwo,
            evidence: ['Cai Chen spoke at the Tri Meeting'],
          },
        ],
        evidence: ['the Tri Meeting'],
      },
    ],
  };
}

const merge = (keep: string, merged: string): RaceOp => ({
  label: `merge ${merged} into ${keep}`,
  query: MERGE,
  variables: { keep, merge: merged },
});

const importOp = (label: string, document: DocumentInput): RaceOp => ({
  label,
  query: IMPORT,
  variables: { document: toMutationDocument(document) },
});

/** A new source whose texts differ: each version quotes its own words at its own offsets. */
function sourceVersion(p: string, version: number): DocumentInput {
  const pad = ' '.repeat(version * 7);
  const text = `Version ${version}.${pad} Eve Ek of Uni Three signed the Quad Pact, said Eve Ek.`;
  return {
    source: { id: `source/${p}-new`, title: `Version ${version}`, text },
    organizations: [
      { id: `org/${p}-uni-three`, name: 'Uni Three', kind: 'UNIVERSITY', evidence: ['Uni Three'] },
    ],
    people: [
      {
        id: `person/${p}-eve`,
        name: 'Eve Ek',
        evidence: ['Eve Ek of Uni Three', { quote: 'Eve Ek', occurrence: 2 }],
      },
    ],
    programs: [
      {
        id: `program/${p}-quad`,
        name: 'Quad Pact',
        kind: 'AGREEMENT',
        status: 'ACTIVE',
        parties: [
          { organization: `org/${p}-uni-three`, role: 'SIGNATORY', evidence: ['signed the Quad'] },
        ],
        evidence: [`Version ${version}.`, 'the Quad Pact'],
      },
    ],
  };
}

/** Documents of their own sources that all define the same new entities (and one of their own). */
function overlapping(p: string, i: number): DocumentInput {
  const text = `Hub College and Spoke Lab run the Wheel Project. Paper ${i} adds Part ${i}.`;
  return {
    source: { id: `source/${p}-paper-${i}`, title: `Paper ${i}`, text },
    organizations: [
      { id: `org/${p}-hub`, name: 'Hub College', kind: 'UNIVERSITY', evidence: ['Hub College'] },
      { id: `org/${p}-spoke`, name: 'Spoke Lab', kind: 'RESEARCH_INSTITUTE', evidence: ['Spoke'] },
    ],
    programs: [
      {
        id: `program/${p}-wheel`,
        name: 'Wheel Project',
        kind: 'COLLABORATION',
        status: 'ACTIVE',
        parties: [
          {
            organization: `org/${p}-hub`,
            role: 'PARTNER',
            evidence: ['Hub College and Spoke Lab'],
          },
        ],
        evidence: ['the Wheel Project'],
      },
      {
        id: `program/${p}-part-${i}`,
        name: `Part ${i}`,
        kind: 'OTHER',
        status: 'PLANNED',
        partOf: { program: `program/${p}-wheel`, evidence: [`Paper ${i} adds Part ${i}`] },
        evidence: [`Part ${i}`],
      },
    ],
  };
}

/** The mutation form of a document written in it already (roles as `roleTerm`, quotes as objects). */
const rawImportOp = (label: string, document: Record<string, unknown>): RaceOp => ({
  label,
  query: IMPORT,
  variables: { document },
});

/** A second program of Uni One, for merges of programs. */
function duoProgram(p: string): DocumentInput {
  return {
    source: { id: `source/${p}-duo`, title: 'Duo', text: 'The Duo Program of Uni One.' },
    programs: [
      {
        id: `program/${p}-duo`,
        name: 'Duo Program',
        kind: 'COLLABORATION',
        status: 'ACTIVE',
        parties: [
          {
            organization: raceIds(p).uniOne,
            role: 'PARTNER',
            evidence: ['Duo Program of Uni One'],
          },
        ],
        evidence: ['The Duo Program'],
      },
    ],
  };
}

/** A new source restating Alice's position at Uni One, attested in its own year. */
function attestation(p: string, i: number): DocumentInput {
  const year = 2019 + i;
  return {
    source: {
      id: `source/${p}-attest-${i}`,
      title: `Attestation ${i}`,
      text: `In ${year}, Alice Ang was a teacher at Uni One.`,
    },
    positions: [
      {
        person: raceIds(p).alice,
        organization: raceIds(p).uniOne,
        title: 'Teacher',
        attestedOn: String(year),
        evidence: ['Alice Ang was a teacher at Uni One'],
      },
    ],
  };
}

/** A new source defining the role term `chair` (as counting as `broader`) and using it. */
function chairDefinition(p: string, i: number, broader: string): Record<string, unknown> {
  const term = `term/event-role/${p}-chair`;
  return {
    source: {
      id: `source/${p}-chair-${i}`,
      title: `Chair ${i}`,
      text: `Alice Ang chaired the Tri Meeting (note ${i}).`,
    },
    terms: [{ id: term, name: 'Chair', broader, evidence: [{ quote: 'chaired' }] }],
    events: [
      {
        id: raceIds(p).meeting,
        name: 'Tri Meeting',
        kind: 'MEETING',
        participants: [
          {
            person: raceIds(p).alice,
            roleTerm: term,
            evidence: [{ quote: 'Alice Ang chaired the Tri Meeting' }],
          },
        ],
        evidence: [{ quote: 'the Tri Meeting' }],
      },
    ],
  };
}

/** Each write first, the others after it in their order: enough where only the first matters. */
const eachFirst = (n: number): number[][] =>
  Array.from({ length: n }, (_, first) => [
    first,
    ...Array.from({ length: n }, (_, i) => i).filter((i) => i !== first),
  ]);

/** Every order of `n` writes. */
function permutations(n: number): number[][] {
  if (n <= 1) return [[0].slice(0, n)];
  return permutations(n - 1).flatMap((order) =>
    Array.from({ length: n }, (_, at) => [...order.slice(0, at), n - 1, ...order.slice(at)]),
  );
}

/** The races, by name. */
export const RACES: Race[] = [
  {
    name: 'merge-chain',
    item: '2: A<-B and C<-A at once',
    fixtures: (p) => [raceFixture(p)],
    gate: (p) =>
      [raceIds(p).alice, raceIds(p).bob, raceIds(p).cai].map((id) => ({ label: Label.Person, id })),
    ops: (p) => [merge(raceIds(p).alice, raceIds(p).bob), merge(raceIds(p).cai, raceIds(p).alice)],
    orders: permutations(2),
  },
  {
    name: 'merge-swap',
    item: '2: A<-B and B<-A at once',
    fixtures: (p) => [raceFixture(p)],
    gate: (p) => [raceIds(p).alice, raceIds(p).bob].map((id) => ({ label: Label.Person, id })),
    ops: (p) => [merge(raceIds(p).alice, raceIds(p).bob), merge(raceIds(p).bob, raceIds(p).alice)],
    orders: permutations(2),
  },
  {
    name: 'merge-fan-in',
    item: '2: two merges into one person, and of the organization a participation names',
    fixtures: (p) => [raceFixture(p)],
    gate: (p) => [
      ...[raceIds(p).alice, raceIds(p).bob, raceIds(p).cai].map((id) => ({
        label: Label.Person,
        id,
      })),
      { label: Label.Organization, id: raceIds(p).uniOne },
      { label: Label.Organization, id: raceIds(p).uniTwo },
    ],
    ops: (p) => [
      merge(raceIds(p).alice, raceIds(p).bob),
      merge(raceIds(p).alice, raceIds(p).cai),
      merge(raceIds(p).uniOne, raceIds(p).uniTwo),
    ],
    // The organizations' merge commutes with the people's: the likely orders first.
    orders: [
      [0, 1, 2],
      [1, 0, 2],
      [2, 0, 1],
      [2, 1, 0],
      [0, 2, 1],
      [1, 2, 0],
    ],
  },
  {
    name: 'new-source-texts',
    item: '3: four imports of one new source with different texts',
    fixtures: () => [],
    gate: (p) => [{ label: Label.Source, id: `source/${p}-new` }],
    ops: (p) => [0, 1, 2, 3].map((v) => importOp(`version ${v}`, sourceVersion(p, v))),
    orders: eachFirst(4),
  },
  {
    name: 'identical-imports',
    item: '6: ten identical imports of a new source',
    fixtures: () => [],
    gate: (p) => [{ label: Label.Source, id: `source/${p}-new` }],
    ops: (p) => Array.from({ length: 10 }, () => importOp('the import', sourceVersion(p, 0))),
    orders: [Array.from({ length: 10 }, (_, i) => i)],
  },
  {
    name: 'overlapping-imports',
    item: '6: four sources defining the same new entities',
    fixtures: () => [],
    gate: (p) => [{ label: Label.Organization, id: `org/${p}-hub` }],
    ops: (p) => [0, 1, 2, 3].map((i) => importOp(`paper ${i}`, overlapping(p, i))),
    orders: eachFirst(4),
  },
  {
    name: 'upsert-vs-merge',
    item: '5: upsertPerson(M) while M is merged into K',
    fixtures: (p) => [raceFixture(p)],
    gate: (p) => [raceIds(p).alice, raceIds(p).bob].map((id) => ({ label: Label.Person, id })),
    ops: (p) => [
      merge(raceIds(p).alice, raceIds(p).bob),
      {
        label: 'upsert bob',
        query: UPSERT_PERSON,
        variables: {
          input: {
            sourceId: raceIds(p).source,
            person: {
              id: raceIds(p).bob,
              name: 'Bobby Bo',
              honorific: 'Dr.',
              evidence: [{ quote: 'Bob Bo teaches' }],
            },
          },
        },
      },
    ],
    orders: permutations(2),
  },
  {
    name: 'import-vs-merge',
    item: '5: an import linking M while M is merged into K',
    fixtures: (p) => [raceFixture(p)],
    gate: (p) => [raceIds(p).alice, raceIds(p).bob].map((id) => ({ label: Label.Person, id })),
    ops: (p) => [
      merge(raceIds(p).alice, raceIds(p).bob),
      importOp('link bob', {
        source: { id: `source/${p}-link`, title: 'Link', text: 'Bob Bo leads the Bo Lab.' },
        people: [{ id: raceIds(p).bob, name: 'Bob Bo', evidence: ['Bob Bo'] }],
        programs: [
          {
            id: `program/${p}-bo-lab`,
            name: 'Bo Lab',
            kind: 'CENTER',
            status: 'ACTIVE',
            people: [{ person: raceIds(p).bob, role: 'LEADS', evidence: ['Bob Bo leads'] }],
            evidence: ['the Bo Lab'],
          },
        ],
      }),
    ],
    orders: permutations(2),
  },
  {
    name: 'retract-vs-import',
    item: 'retraction while another source restates its facts',
    fixtures: (p) => [raceFixture(p)],
    gate: (p) => [
      { label: Label.Source, id: raceIds(p).source },
      { label: Label.Person, id: raceIds(p).cai },
    ],
    ops: (p) => [
      { label: 'retract', query: RETRACT, variables: { id: raceIds(p).source } },
      importOp('restate cai', {
        source: { id: `source/${p}-restate`, title: 'Restated', text: 'Cai Chen is back.' },
        people: [{ id: raceIds(p).cai, name: 'Cai Chen', evidence: ['Cai Chen'] }],
      }),
    ],
    orders: permutations(2),
  },
  {
    name: 'retract-twice',
    item: 'two retractions of one source',
    fixtures: (p) => [raceFixture(p)],
    gate: (p) => [{ label: Label.Source, id: raceIds(p).source }],
    ops: (p) => [
      { label: 'retract', query: RETRACT, variables: { id: raceIds(p).source } },
      { label: 'retract', query: RETRACT, variables: { id: raceIds(p).source } },
    ],
    orders: [[0, 1]],
  },
  {
    name: 'amend-vs-merge',
    item: '17: an amend section and addAlias (an amend entry) on an organization being merged',
    fixtures: (p) => [raceFixture(p)],
    gate: (p) => [
      { label: Label.Organization, id: raceIds(p).uniOne },
      { label: Label.Organization, id: raceIds(p).uniTwo },
      { label: Label.Source, id: `source/${p}-amend` },
      { label: Label.Source, id: raceIds(p).source },
    ],
    ops: (p) => [
      merge(raceIds(p).uniOne, raceIds(p).uniTwo),
      importOp('amend uni two', {
        source: {
          id: `source/${p}-amend`,
          title: 'Amend',
          text: 'Uni Two, also called U2, is Q4242 on Wikidata.',
        },
        amend: [
          {
            organization: raceIds(p).uniTwo,
            aliases: [{ value: 'U2' }],
            wikidataId: 'Q4242',
            evidence: ['Uni Two, also called U2'],
          },
        ],
      }),
      {
        label: 'add alias to uni two',
        query: ADD_ALIAS,
        variables: {
          input: {
            sourceId: raceIds(p).source,
            entityId: raceIds(p).uniTwo,
            alias: { value: 'Uni 2' },
            evidence: [{ quote: 'Uni Two' }],
          },
        },
      },
    ],
    orders: permutations(3),
  },
  {
    name: 'amend-vs-retract',
    item: "17: an amend section while its entity's only source is retracted",
    fixtures: (p) => [raceFixture(p)],
    gate: (p) => [
      { label: Label.Source, id: raceIds(p).source },
      { label: Label.Person, id: raceIds(p).dan },
      { label: Label.Source, id: `source/${p}-dan` },
    ],
    ops: (p) => [
      { label: 'retract', query: RETRACT, variables: { id: raceIds(p).source } },
      importOp('amend dan', {
        source: { id: `source/${p}-dan`, title: 'Dan', text: 'D. Du is what Dan Du signs.' },
        amend: [{ person: raceIds(p).dan, aliases: [{ value: 'D. Du' }], evidence: ['D. Du'] }],
      }),
    ],
    orders: permutations(2),
  },
  {
    name: 'attestations',
    item: '17: three new sources attest one position (and mention its person and organization) at once',
    fixtures: (p) => [raceFixture(p)],
    gate: (p) => [0, 1, 2].map((i) => ({ label: Label.Source, id: `source/${p}-attest-${i}` })),
    ops: (p) => [0, 1, 2].map((i) => importOp(`attest ${i}`, attestation(p, i))),
    orders: eachFirst(3),
  },
  {
    name: 'statement-vs-merges',
    item: '17: a statement and a participant group while their program and organization are merged',
    fixtures: (p) => [raceFixture(p), duoProgram(p)],
    gate: (p) => [
      { label: Label.Organization, id: raceIds(p).uniOne },
      { label: Label.Organization, id: raceIds(p).uniTwo },
      { label: Label.Program, id: `program/${p}-duo` },
      { label: Label.Program, id: raceIds(p).program },
      { label: Label.Source, id: `source/${p}-said` },
    ],
    ops: (p) => [
      merge(`program/${p}-duo`, raceIds(p).program),
      merge(raceIds(p).uniOne, raceIds(p).uniTwo),
      rawImportOp('statement and group', {
        source: {
          id: `source/${p}-said`,
          title: 'Said',
          text:
            'At the Tri Meeting, Dan Du, for Uni Two, hoped that the Tri Program would grow. ' +
            'Twelve experts of Uni Two attended.',
        },
        events: [
          {
            id: raceIds(p).meeting,
            name: 'Tri Meeting',
            kind: 'MEETING',
            groups: [
              {
                description: 'experts',
                count: 12,
                role: 'PARTICIPANT',
                onBehalfOf: raceIds(p).uniTwo,
                evidence: [{ quote: 'Twelve experts of Uni Two attended' }],
              },
            ],
            evidence: [{ quote: 'the Tri Meeting' }],
          },
        ],
        statements: [
          {
            speaker: raceIds(p).dan,
            onBehalfOf: raceIds(p).uniTwo,
            kind: 'HOPED',
            quote: { quote: 'the Tri Program would grow' },
            event: raceIds(p).meeting,
            about: [{ program: raceIds(p).program }],
            evidence: [{ quote: 'Dan Du, for Uni Two, hoped' }],
          },
        ],
      }),
    ],
    orders: permutations(3),
  },
  {
    name: 'term-definitions',
    item: '17: two imports define the same new role term as counting as different values',
    fixtures: (p) => [raceFixture(p)],
    gate: (p) => [0, 1].map((i) => ({ label: Label.Source, id: `source/${p}-chair-${i}` })),
    ops: (p) => [
      rawImportOp('chair as leader', chairDefinition(p, 0, 'LEADER')),
      rawImportOp('chair as host', chairDefinition(p, 1, 'HOST')),
    ],
    orders: permutations(2),
  },
];

/** Replaces every occurrence of the run's prefix, so runs under different prefixes compare. */
const normalize = (text: string, prefix: string) => text.split(prefix).join('{prefix}');

/** An answer as compared: its data, or its error code with what the error names. */
function answerKey(answer: RaceAnswer, prefix: string): string {
  const error = answer.errors?.[0];
  if (!error) return normalize(JSON.stringify(answer.data ?? null), prefix);
  const ext = error.extensions ?? {};
  const problems = Array.isArray(ext.problems)
    ? (ext.problems as { path?: unknown }[]).map((problem) => String(problem.path))
    : [];
  return normalize(
    JSON.stringify({
      error: ext.code,
      argument: ext.argument,
      mergedInto: ext.mergedInto,
      problems,
    }),
    prefix,
  );
}

/** True for answers a serial order can give: data, or a typed refusal. */
const REFUSALS = new Set(['CONFLICT', 'NOT_FOUND', 'BAD_USER_INPUT']);

/** The graph a run wrote (every node of its prefix and their relationships), prefix normalized. */
async function subgraph(db: Database, prefix: string): Promise<string[]> {
  const rows = await db.read(
    `MATCH (n) WHERE n.id CONTAINS $marker AND NOT n:AuditEntry
     OPTIONAL MATCH (n)-[r]->(m)
     WITH n, r, m ORDER BY type(r), m.id, r.role
     RETURN labels(n) AS labels, properties(n) AS props,
            collect([type(r), m.id, properties(r)]) AS rels
     ORDER BY props.id`,
    { marker: `/${prefix}-` },
  );
  return rows.map((row) => normalize(JSON.stringify(row, sortedKeys), prefix));
}

/**
 * Serializes maps with their keys sorted: Neo4j gives a node's properties in the order of its
 * property records, which is not part of the graph (two equal nodes may list them differently).
 */
function sortedKeys(_key: string, value: unknown): unknown {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return value;
  const entries = Object.entries(value as Record<string, unknown>);
  return Object.fromEntries(entries.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}

/** The audit entries a run wrote, as compared (prefix normalized, sorted). */
async function auditTrail(db: Database, prefix: string): Promise<string[]> {
  const rows = await db.read(
    `MATCH (a:${Label.AuditEntry}) WHERE a.target CONTAINS $marker
     RETURN a.operation AS operation, a.target AS target, a.summary AS summary`,
    { marker: `/${prefix}-` },
  );
  return rows.map((row) => normalize(JSON.stringify(row), prefix)).sort();
}

/**
 * What must hold of any graph: excerpts verbatim, no duplicate facts, no redirect to nothing
 * and no entity under an id a merge replaced.
 */
async function invariants(db: Database, prefix: string): Promise<string[]> {
  const marker = `/${prefix}-`;
  const problems: string[] = [];
  const [broken] = await db.read(
    `MATCH (x:${Label.Excerpt})-[:QUOTES]->(s:${Label.Source})
     WHERE s.id CONTAINS $marker AND substring(s.text, x.start, x.end - x.start) <> x.text
     RETURN count(x) AS n`,
    { marker },
  );
  if (Number(broken?.n) > 0) problems.push(`${String(broken?.n)} excerpts not verbatim`);
  const [duplicates] = await db.read(
    `MATCH (a)-[r]->(b) WHERE a.id CONTAINS $marker
     WITH a, b, type(r) AS type, r.role AS role, count(*) AS copies WHERE copies > 1
     RETURN count(*) AS n`,
    { marker },
  );
  if (Number(duplicates?.n) > 0) problems.push(`${String(duplicates?.n)} duplicated relationships`);
  const redirects = await db.read(
    `MATCH (r:${Label.Redirect}) WHERE r.id CONTAINS $marker RETURN r.id AS id, r.to AS to`,
    { marker },
  );
  const exists = async (id: string) => {
    const label = labelOfId(id);
    if (!label) return false;
    return (await db.read(`MATCH (n:${label} {id: $id}) RETURN n.id AS id`, { id })).length > 0;
  };
  for (const redirect of redirects) {
    const [from, to] = [String(redirect.id), String(redirect.to)];
    if (!(await exists(to))) problems.push(`${from} redirects to missing ${to}`);
    if (await exists(from)) problems.push(`${from} redirects, yet a shadow entity has its id`);
  }
  return problems.map((problem) => normalize(problem, prefix));
}

/** The fixtures of a race, imported directly (not raced). */
async function setUp(env: RaceEnv, race: Race, prefix: string): Promise<void> {
  for (const document of race.fixtures(prefix)) {
    await importDocument(env.db, document, { file: `${race.name}.yaml` });
  }
}

interface Observed {
  answers: string[];
  graph: string[];
  audit: string[];
}

/** Answers keyed by write label, sorted (interchangeable writes compare as a multiset). */
const answersOf = (ops: RaceOp[], keys: string[], prefix: string) =>
  keys.map((key, i) => `${normalize(ops[i]?.label ?? '', prefix)} => ${key}`).sort();

/**
 * Runs one round of a race under `prefix` (a slug unique to the run): gate, writes released
 * together, then the serial orders (each under a prefix of its own) until one ends the same.
 */
export async function runRace(env: RaceEnv, race: Race, prefix: string): Promise<RaceRun> {
  const raced = `${prefix}-p`;
  await setUp(env, race, raced);
  const ops = race.ops(raced);
  const gate = await openRaceGate(env.db, race.gate(raced));
  let queued: number;
  let settled: PromiseSettledResult<RaceAnswer>[];
  try {
    const writes = releasedTogether(ops.map((op) => () => env.post(op.query, op.variables)));
    queued = await gate.waitForQueue(Math.min(ops.length, env.maxConcurrent));
    await gate.release();
    settled = await writes;
  } finally {
    await gate.release();
  }
  const problems: string[] = [];
  const answers = settled.map((result) => {
    if (result.status === 'rejected') {
      problems.push(`a request failed: ${String(result.reason)}`);
      return { errors: [{ message: String(result.reason) }] };
    }
    return result.value;
  });
  let succeeded = 0;
  const refusals: string[] = [];
  for (const answer of answers) {
    const code = answer.errors?.[0]?.extensions?.code;
    if (!answer.errors) succeeded += 1;
    else if (typeof code === 'string' && REFUSALS.has(code)) refusals.push(code);
    else problems.push(`unexpected answer: ${answer.errors[0]?.message ?? ''} (${String(code)})`);
  }
  const observed: Observed = {
    answers: answersOf(
      ops,
      answers.map((answer) => answerKey(answer, raced)),
      raced,
    ),
    graph: await subgraph(env.db, raced),
    audit: await auditTrail(env.db, raced),
  };
  problems.push(...(await invariants(env.db, raced)));

  const mismatches: string[] = [];
  for (const [index, order] of race.orders.entries()) {
    const serial = `${prefix}-s${index}`;
    await setUp(env, race, serial);
    const serialOps = race.ops(serial);
    const keys: string[] = new Array<string>(serialOps.length).fill('');
    for (const i of order) {
      const op = serialOps[i];
      if (op) keys[i] = answerKey(await env.post(op.query, op.variables), serial);
    }
    const expected: Observed = {
      answers: answersOf(serialOps, keys, serial),
      graph: await subgraph(env.db, serial),
      audit: await auditTrail(env.db, serial),
    };
    const differs = (['answers', 'graph', 'audit'] as const).filter(
      (part) => JSON.stringify(observed[part]) !== JSON.stringify(expected[part]),
    );
    if (differs.length === 0) {
      mismatches.length = 0;
      break;
    }
    const only = (a: string[], b: string[]) => a.filter((x) => !b.includes(x)).slice(0, 2);
    // The first difference, so that a failure in CI says what went wrong.
    const part = differs[0] ?? 'graph';
    const detail = ` [raced: ${only(observed[part], expected[part]).join(' | ')}; serial: ${only(expected[part], observed[part]).join(' | ')}]`;
    mismatches.push(`order ${order.join(',')}: ${differs.join(', ')} differ${detail}`);
  }
  if (mismatches.length > 0) {
    problems.push(`ended like no serial order (${mismatches.join('; ')})`);
  }
  return {
    race: race.name,
    requests: ops.length,
    succeeded,
    refused: refusals.length,
    refusals,
    queued,
    problems,
  };
}

/** Deletes every node the runs under `token` wrote (the audit trail keeps its record). */
export async function deleteRaceData(db: Database, token: string): Promise<void> {
  await db.write(
    `MATCH (n) WHERE n.id CONTAINS $marker AND NOT n:${Label.AuditEntry} DETACH DELETE n`,
    { marker: `/${token}` },
  );
}
