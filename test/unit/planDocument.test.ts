import type { Label } from '../../src/db/labelsAndTypes';
import type { EntityDirectory, KnownName } from '../../src/domain/entityDirectory';
import { matchKey } from '../../src/domain/normalizeName';
import { DocumentInvalidError } from '../../src/import/documentInvalidError';
import type { DocumentInput } from '../../src/import/documentSchema';
import { planDocument } from '../../src/import/plan/planDocument';

/** Planning a document against a graph held in memory: validation and resolution, no Neo4j. */

const TEXT =
  'Prof. Zhang Wei, dean of the School of Public Health of AHMU, visited BGI in April 2018.';

interface KnownEntity extends KnownName {
  label: Label;
}

/** The graph as the importer sees it through its directory; a merge left `redirects`. */
function memoryDirectory(
  entities: KnownEntity[],
  redirects = new Map<string, string>(),
): EntityDirectory {
  const keysOf = (e: KnownEntity) => [e.name, ...(e.aliases ?? [])].map(matchKey);
  return {
    existingIds: (label, ids) =>
      Promise.resolve(
        new Set(ids.filter((id) => entities.some((e) => e.label === label && e.id === id))),
      ),
    idsByMatchKey: (label, keys) =>
      Promise.resolve(
        new Map(
          keys.map((key) => [
            key,
            entities.filter((e) => e.label === label && keysOf(e).includes(key)).map((e) => e.id),
          ]),
        ),
      ),
    redirects: (ids) =>
      Promise.resolve(
        new Map(ids.flatMap((id) => (redirects.has(id) ? [[id, redirects.get(id) ?? id]] : []))),
      ),
    knownNames: (label) =>
      Promise.resolve(
        entities
          .filter((e) => e.label === label)
          .map(({ id, name, aliases }) => ({ id, name, aliases })),
      ),
  };
}

const GRAPH: KnownEntity[] = [
  { label: 'Organization', id: 'org/ahmu', name: 'Anhui Medical University', aliases: ['AHMU'] },
  { label: 'Organization', id: 'org/bgi', name: 'BGI Group', aliases: ['BGI'] },
  { label: 'Person', id: 'person/zhang-wei-bgi', name: 'Zhang Wei' },
];

function document(): DocumentInput {
  return {
    source: { id: 'source/unit', title: 'Unit', kind: 'OTHER', text: TEXT },
    organizations: [
      {
        id: 'org/ahmu-sph',
        name: 'School of Public Health of AHMU',
        kind: 'DEPARTMENT',
        unitOf: {
          organization: 'AHMU',
          relation: 'school',
          evidence: ['School of Public Health of AHMU'],
        },
        evidence: ['School of Public Health of AHMU'],
      },
    ],
    people: [
      {
        id: 'person/zhang-wei',
        name: 'Zhang Wei',
        honorific: 'Prof.',
        evidence: ['Prof. Zhang Wei'],
      },
    ],
    positions: [
      {
        person: 'person/zhang-wei',
        title: 'Dean',
        organization: 'org/ahmu-sph',
        attestedOn: '2018-04',
        evidence: ['dean of the School of Public Health of AHMU'],
      },
    ],
  };
}

function edited(edit: (doc: DocumentInput) => void): DocumentInput {
  const doc = structuredClone(document());
  edit(doc);
  return doc;
}

/** The problems `planDocument` rejects a document with (fails if it plans it). */
async function problemsOf(input: unknown, directory = memoryDirectory(GRAPH)) {
  try {
    await planDocument(input, { file: 'unit.yaml', directory });
  } catch (error) {
    if (error instanceof DocumentInvalidError) return error.problems;
    throw error;
  }
  throw new Error('the document was planned');
}

describe('planDocument against an in-memory directory', () => {
  test('a small document becomes the writes it stands for', async () => {
    const plan = await planDocument(document(), {
      file: 'unit.yaml',
      directory: memoryDirectory(GRAPH),
    });
    expect(plan.source).toEqual({
      label: 'Source',
      id: 'source/unit',
      props: {
        title: 'Unit',
        kind: 'OTHER',
        publisher: null,
        url: null,
        language: null,
        text: TEXT,
      },
      dates: {},
      clear: [],
      names: { entries: [], values: [], matchKeys: [] },
      evidenceIds: [],
      path: 'source',
    });
    expect(plan.excerpts).toEqual([
      {
        id: 'source/unit#29-60',
        sourceId: 'source/unit',
        text: 'School of Public Health of AHMU',
        start: 29,
        end: 60,
      },
      {
        id: 'source/unit#0-15',
        sourceId: 'source/unit',
        text: 'Prof. Zhang Wei',
        start: 0,
        end: 15,
      },
      {
        id: 'source/unit#17-60',
        sourceId: 'source/unit',
        text: 'dean of the School of Public Health of AHMU',
        start: 17,
        end: 60,
      },
    ]);
    expect(plan.nodes).toEqual([
      {
        label: 'Organization',
        id: 'org/ahmu-sph',
        props: {
          name: 'School of Public Health of AHMU',
          acronym: null,
          rorId: null,
          wikidataId: null,
          kind: 'DEPARTMENT',
        },
        dates: {},
        clear: ['kindTerm'],
        names: { entries: [], values: [], matchKeys: ['school of public health of ahmu'] },
        evidenceIds: ['source/unit#29-60'],
        path: 'organizations[0]',
      },
      {
        label: 'Person',
        id: 'person/zhang-wei',
        props: { name: 'Zhang Wei', honorific: 'Prof.', wikidataId: null },
        dates: {},
        names: { entries: [], values: [], matchKeys: ['zhang wei'] },
        evidenceIds: ['source/unit#0-15'],
        path: 'people[0]',
      },
      {
        label: 'Position',
        id: 'position/zhang-wei/ahmu-sph/dean',
        props: { title: 'Dean' },
        dates: {},
        clear: [],
        sets: { attestations: ['source/unit|2018-04'] },
        names: { entries: [], values: [], matchKeys: [] },
        evidenceIds: ['source/unit#17-60'],
        path: 'positions[0]',
      },
    ]);
    expect(plan.relationships).toEqual([
      {
        type: 'HOLDS_POSITION',
        fromLabel: 'Person',
        fromId: 'person/zhang-wei',
        toLabel: 'Position',
        toId: 'position/zhang-wei/ahmu-sph/dean',
        key: {},
        props: {},
        evidenceIds: ['source/unit#17-60'],
        path: 'positions[0]',
      },
      {
        type: 'POSITION_AT',
        fromLabel: 'Position',
        fromId: 'position/zhang-wei/ahmu-sph/dean',
        toLabel: 'Organization',
        toId: 'org/ahmu-sph',
        key: {},
        props: {},
        evidenceIds: ['source/unit#17-60'],
        path: 'positions[0]',
      },
      {
        type: 'UNIT_OF',
        fromLabel: 'Organization',
        fromId: 'org/ahmu-sph',
        toLabel: 'Organization',
        toId: 'org/ahmu',
        key: {},
        props: { relation: 'school' },
        evidenceIds: ['source/unit#29-60'],
        path: 'organizations[0].unitOf',
      },
    ]);
    // The parent named by its acronym is in the graph: the fact is a mention of it.
    expect(plan.amendments).toEqual([
      {
        label: 'Organization',
        id: 'org/ahmu',
        props: {},
        names: { entries: [], values: [], matchKeys: [] },
        evidenceIds: ['source/unit#29-60'],
        mention: true,
        sourceId: 'source/unit',
        path: 'organizations[0].unitOf.organization',
      },
    ]);
    expect(plan.resolvedAliases).toEqual([
      { path: 'organizations[0].unitOf.organization', reference: 'AHMU', id: 'org/ahmu' },
    ]);
    expect(plan.warnings).toEqual([]);
    expect(plan.redirected).toEqual([]);
    expect(plan.termsUsed).toEqual([]);
  });

  test('a name that fits an entity of the document and one of the graph is ambiguous', async () => {
    const problems = await problemsOf(
      edited((doc) => {
        const [position] = doc.positions ?? [];
        if (position) position.person = 'Zhang Wei';
      }),
    );
    expect(problems).toEqual([
      {
        path: 'positions[0].person',
        message:
          'ambiguous reference "Zhang Wei": it names person/zhang-wei and person/zhang-wei-bgi; use the id',
      },
    ]);
  });

  test('a name only the document defines resolves to its entity, reported as an alias', async () => {
    const plan = await planDocument(
      edited((doc) => {
        const [position] = doc.positions ?? [];
        if (position) position.person = 'Zhang Wei';
      }),
      { file: 'unit.yaml', directory: memoryDirectory(GRAPH.filter((e) => e.label !== 'Person')) },
    );
    expect(plan.resolvedAliases).toEqual([
      { path: 'organizations[0].unitOf.organization', reference: 'AHMU', id: 'org/ahmu' },
      { path: 'positions[0].person', reference: 'Zhang Wei', id: 'person/zhang-wei' },
    ]);
    expect(plan.relationships[0]?.fromId).toBe('person/zhang-wei');
  });

  test('a misspelt id and a misspelt name get the closest known ids', async () => {
    const problems = await problemsOf(
      edited((doc) => {
        const [org] = doc.organizations ?? [];
        if (org?.unitOf) org.unitOf.organization = 'AMHU';
        const [position] = doc.positions ?? [];
        if (position) position.organization = 'org/ahmu-spj';
      }),
    );
    expect(problems).toEqual([
      {
        path: 'organizations[0].unitOf.organization',
        message:
          'unknown reference "AMHU": no organization has this id, name or alias; closest known ids: org/ahmu, org/bgi, org/ahmu-sph',
      },
      {
        path: 'positions[0].organization',
        message:
          'unknown reference "org/ahmu-spj": no organization has this id; closest known ids: org/ahmu-sph, org/ahmu, org/bgi',
      },
    ]);
  });

  test('a reference to an id of another type names both types', async () => {
    const problems = await problemsOf(
      edited((doc) => {
        const [position] = doc.positions ?? [];
        if (position) position.organization = 'person/zhang-wei';
      }),
    );
    expect(problems).toEqual([
      {
        path: 'positions[0].organization',
        message: 'expected an organization, but "person/zhang-wei" is the id of a person',
      },
    ]);
  });

  test('problems of dates, excerpts and ids are listed together, each at its path', async () => {
    const problems = await problemsOf(
      edited((doc) => {
        const [position] = doc.positions ?? [];
        if (position) position.attestedOn = '2018-13';
        doc.people?.push({ id: 'person/zhang-wei', name: 'Wei Zhang', evidence: ['Zhang Wei'] });
        const [person] = doc.people ?? [];
        if (person) person.evidence = ['Prof. Zhang Wei', 'Prof. Zhang Wie'];
      }),
    );
    expect(problems).toEqual([
      {
        path: 'people[0].evidence[1]',
        message:
          'excerpt not found verbatim in the source text: "Prof. Zhang Wie"; the closest passage, at 0-14, is "Prof. Zhang We": the excerpt has "i" the text does not',
      },
      {
        path: 'people[1].id',
        message: 'duplicate id "person/zhang-wei": already defined at people[0]',
      },
      { path: 'positions[0].attestedOn', message: '"2018-13" is not a calendar date' },
    ]);
  });

  test('a document that does not fit the schema is rejected with formatted paths', async () => {
    const problems = await problemsOf(
      edited((doc) => {
        const [person] = doc.people ?? [];
        if (person) person.evidence = [];
      }),
    );
    expect(problems.map((problem) => problem.path)).toEqual(['people[0].evidence']);
  });

  test('a text file cannot be read without a reader, and nothing else is checked then', async () => {
    const problems = await problemsOf(
      edited((doc) => {
        doc.source.text = undefined;
        doc.source.textFile = 'unit.txt';
      }),
    );
    expect(problems).toEqual([
      {
        path: 'source.textFile',
        message: 'a text file cannot be read here: give the source text inline as "text"',
      },
    ]);
  });

  test('a definition under an id a merge replaced defines the entity kept', async () => {
    const directory = memoryDirectory(
      GRAPH,
      new Map([['person/zhang-wei', 'person/zhang-wei-bgi']]),
    );
    const plan = await planDocument(document(), { file: 'unit.yaml', directory });
    expect(plan.nodes.find((node) => node.label === 'Person')).toEqual({
      label: 'Person',
      id: 'person/zhang-wei-bgi',
      props: { name: null, honorific: 'Prof.', wikidataId: null },
      dates: {},
      clear: undefined,
      names: { entries: [], values: [], matchKeys: ['zhang wei'] },
      evidenceIds: ['source/unit#0-15'],
      aliasNames: ['Zhang Wei'],
      path: 'people[0]',
    });
    expect(plan.nodes.map((node) => node.id)).toEqual([
      'org/ahmu-sph',
      'person/zhang-wei-bgi',
      'position/zhang-wei-bgi/ahmu-sph/dean',
    ]);
    expect(plan.redirected).toEqual([{ id: 'person/zhang-wei', to: 'person/zhang-wei-bgi' }]);
    expect(plan.resolvedAliases).toEqual([
      { path: 'people[0].id', reference: 'person/zhang-wei', id: 'person/zhang-wei-bgi' },
      { path: 'organizations[0].unitOf.organization', reference: 'AHMU', id: 'org/ahmu' },
      { path: 'positions[0].person', reference: 'person/zhang-wei', id: 'person/zhang-wei-bgi' },
    ]);
  });

  test('a new entity with the name of a known one is a warning', async () => {
    const directory: EntityDirectory = {
      ...memoryDirectory(GRAPH),
      similarNames: (label, names) =>
        Promise.resolve(
          new Map(
            names.map((name) => [
              name,
              GRAPH.filter((e) => e.label === label && matchKey(e.name) === matchKey(name)),
            ]),
          ),
        ),
    };
    const plan = await planDocument(document(), { file: 'unit.yaml', directory });
    expect(plan.warnings).toEqual([
      {
        path: 'people[0]',
        message:
          'new person "Zhang Wei" (person/zhang-wei) has the name of person/zhang-wei-bgi ("Zhang Wei"): if it is the same person, refer to person/zhang-wei-bgi instead of defining a new one',
      },
    ]);
  });
});
