import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { Label, Rel } from '../../src/db/labelsAndTypes';
import type { EntityDirectory } from '../../src/domain/entityDirectory';
import type { DocumentProblem } from '../../src/import/documentInvalidError';
import { DocumentInvalidError } from '../../src/import/documentInvalidError';
import type { DocumentInput } from '../../src/import/documentSchema';
import { importDocument } from '../../src/import/importDocument';
import { importFiles } from '../../src/import/importFiles';
import { loadDocumentFile } from '../../src/import/loadDocumentFile';
import { planDocument } from '../../src/import/plan/planDocument';
import { graphDirectory } from '../../src/repositories/entityDirectoryRepository';
import { writePlan } from '../../src/repositories/importWriteRepository';
import type { TestServer } from '../utils/testServer';
import { graphCounts, graphFingerprint, startTestServer } from '../utils/testServer';

/**
 * Every kind of bad document a curator can write: the exact message they see (file, path in the
 * document, what is wrong), and a graph left exactly as it was.
 */

const TEXT =
  'Worked example, not a real article. Prof. Zhang Wei, dean of the School of Public Health of AHMU, ' +
  'met Prof. Li in Hefei in April 2018. Prof. Zhang Wei and Prof. Li agreed to meet again.';

/** A valid document that adds a dean to AHMU; each test breaks one thing in a fresh copy. */
function validDocument(): DocumentInput {
  return {
    source: {
      id: 'source/validation-example',
      title: 'Worked example: validation',
      kind: 'OTHER',
      text: TEXT,
    },
    organizations: [
      {
        id: 'org/ahmu-school-of-public-health',
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
        evidence: ['Prof. Zhang Wei, dean of the School of Public Health of AHMU'],
      },
    ],
    positions: [
      {
        person: 'person/zhang-wei',
        title: 'Dean',
        organization: 'org/ahmu-school-of-public-health',
        attestedOn: '2018-04',
        evidence: ['Prof. Zhang Wei, dean of the School of Public Health of AHMU'],
      },
    ],
  };
}

/** A copy of the valid document changed by `edit`. */
function broken(edit: (doc: DocumentInput) => void): DocumentInput {
  const doc = structuredClone(validDocument());
  edit(doc);
  return doc;
}

/** The first element of a list the valid document is known to have. */
function first<T>(list: T[] | undefined): T {
  const item = list?.[0];
  if (item === undefined) throw new Error('the valid document lost an element');
  return item;
}

let t: TestServer;

beforeAll(async () => {
  t = await startTestServer();
  await t.seed();
});

afterAll(() => t.stop());

/** Runs `work`, which must throw a DocumentInvalidError; the graph must not change. */
async function expectRejected(
  work: () => Promise<unknown>,
  problems: DocumentProblem[],
  file = 'test.yaml',
): Promise<DocumentInvalidError> {
  const before = await graphFingerprint(t.db);
  const countsBefore = await graphCounts(t.db);
  let caught: unknown = null;
  try {
    await work();
  } catch (error) {
    caught = error;
  }
  expect(caught).toBeInstanceOf(DocumentInvalidError);
  const error = caught as DocumentInvalidError;
  expect(error.file).toBe(file);
  expect(error.problems).toEqual(problems);
  expect(error.message).toBe(
    `${file}: ${problems.length} problem${problems.length === 1 ? '' : 's'}, nothing was imported:\n` +
      problems.map((p) => `  ${file}: ${p.path}: ${p.message}`).join('\n'),
  );
  expect(await graphCounts(t.db)).toEqual(countsBefore);
  expect(await graphFingerprint(t.db)).toBe(before);
  return error;
}

/** Imports an in-memory document that must be rejected with exactly `problems`. */
function expectInvalid(document: unknown, problems: DocumentProblem[]) {
  return expectRejected(() => importDocument(t.db, document, { file: 'test.yaml' }), problems);
}

test('the valid document the other cases break imports, and attaches to AHMU by acronym', async () => {
  // Planned only: importing it would change the graph the other tests compare against.
  const plan = await planDocument(validDocument(), {
    file: 'test.yaml',
    directory: graphDirectory(t.db),
  });
  expect(plan.resolvedAliases).toEqual([
    { path: 'organizations[0].unitOf.organization', reference: 'AHMU', id: 'org/ahmu' },
  ]);
  expect(plan.nodes.map((n) => n.id)).toEqual([
    'org/ahmu-school-of-public-health',
    'person/zhang-wei',
    'position/zhang-wei/ahmu-school-of-public-health/dean',
  ]);
});

test('a misspelt kind names the field and lists the allowed values', async () => {
  await expectInvalid(
    broken((doc) => {
      Object.assign(first(doc.organizations), { kind: 'UNIVERSTY' });
    }),
    [
      {
        path: 'organizations[0].kind',
        message:
          'Invalid option: expected one of "UNIVERSITY"|"HOSPITAL"|"DEPARTMENT"|"COMPANY"|"RESEARCH_INSTITUTE"|"GENE_BANK"|"GOVERNMENT_BODY"|"PARTY_COMMITTEE"|"OTHER"',
      },
    ],
  );
});

describe('evidence', () => {
  test('an empty evidence list is refused: every fact needs an excerpt', async () => {
    await expectInvalid(
      broken((doc) => {
        first(doc.people).evidence = [];
      }),
      [
        {
          path: 'people[0].evidence',
          message: 'every fact needs at least one excerpt of the source that states it',
        },
      ],
    );
  });

  test('a missing evidence field is refused, on a relationship as on an entity', async () => {
    await expectInvalid(
      broken((doc) => {
        const unitOf = first(doc.organizations).unitOf as { evidence?: unknown };
        delete unitOf.evidence;
        delete (first(doc.positions) as { evidence?: unknown }).evidence;
      }),
      [
        {
          path: 'organizations[0].unitOf.evidence',
          message:
            'missing "evidence": every fact needs at least one excerpt of the source that states it',
        },
        {
          path: 'positions[0].evidence',
          message:
            'missing "evidence": every fact needs at least one excerpt of the source that states it',
        },
      ],
    );
  });

  test('an excerpt that is not verbatim in the source is quoted back with the closest passage', async () => {
    await expectInvalid(
      broken((doc) => {
        // a doubled space and a changed case: both are real differences from the text
        first(doc.people).evidence = ['Prof. Zhang  Wei', 'prof. zhang wei'];
      }),
      [
        {
          path: 'people[0].evidence[0]',
          message:
            'excerpt not found verbatim in the source text: "Prof. Zhang  Wei"; the closest passage, at 36-51, is "Prof. Zhang Wei": the excerpt has one space too many',
        },
        {
          path: 'people[0].evidence[1]',
          message:
            'excerpt not found verbatim in the source text: "prof. zhang wei"; the closest passage, at 36-51, is "Prof. Zhang Wei": the text has a capital "P" where the excerpt has "p"; the text has a capital "Z" where the excerpt has "z"; the text has a capital "W" where the excerpt has "w"',
        },
      ],
    );
  });

  test('a curly apostrophe copied as a straight one is named', async () => {
    await expectInvalid(
      {
        source: {
          id: 'source/validation-apostrophe',
          title: 'Worked example: apostrophes',
          kind: 'OTHER',
          text: 'Worked example. Shanghai Tenth People\u2019s Hospital signed it.',
        },
        organizations: [
          {
            id: 'org/shanghai-tenth-peoples-hospital-example',
            name: 'Shanghai Tenth People\u2019s Hospital',
            kind: 'HOSPITAL',
            evidence: ["Shanghai Tenth People's Hospital"],
          },
        ],
      },
      [
        {
          path: 'organizations[0].evidence[0]',
          message:
            'excerpt not found verbatim in the source text: "Shanghai Tenth People\'s Hospital"; the closest passage, at 16-48, is "Shanghai Tenth People\u2019s Hospital": the text has a curly apostrophe (\u2019) where the excerpt has a straight apostrophe',
        },
      ],
    );
  });

  test('a long excerpt is clipped to 80 characters in the message', async () => {
    const quote = `${TEXT.slice(0, 90)} (paraphrased)`;
    await expectInvalid(
      broken((doc) => {
        first(doc.people).evidence = [quote];
      }),
      [
        {
          path: 'people[0].evidence[0]',
          message:
            `excerpt not found verbatim in the source text: "${quote.slice(0, 77)}..."; ` +
            `the closest passage, at 0-100, is "${TEXT.slice(0, 77)}...": ` +
            'the text has "f AHMU, m" where the excerpt has " (paraphras"; the excerpt has "d)" the text does not',
        },
      ],
    );
  });

  test('an occurrence the source does not have is refused', async () => {
    await expectInvalid(
      broken((doc) => {
        first(doc.people).evidence = [
          { quote: 'Prof. Zhang Wei', occurrence: 2 },
          { quote: 'Prof. Zhang Wei', occurrence: 3 },
        ];
      }),
      [
        {
          path: 'people[0].evidence[1]',
          message: 'excerpt does not occur 3 times in the source text: "Prof. Zhang Wei"',
        },
      ],
    );
  });

  test('a source text file cannot be read for an in-memory document', async () => {
    await expectInvalid(
      broken((doc) => {
        doc.source = { ...doc.source, text: undefined, textFile: 'missing.txt' };
        doc.organizations = [];
        doc.people = [];
        doc.positions = [];
      }),
      [
        {
          path: 'source.textFile',
          message: 'a text file cannot be read here: give the source text inline as "text"',
        },
      ],
    );
  });

  test('a source with both inline text and a text file is refused', async () => {
    await expectInvalid(
      broken((doc) => {
        doc.source = { ...doc.source, textFile: 'example.txt' };
      }),
      [
        {
          path: 'source',
          message: 'give the source text either inline as "text" or as a "textFile" path, not both',
        },
      ],
    );
  });
});

describe('references', () => {
  test('a dangling id lists the closest known ids', async () => {
    await expectInvalid(
      broken((doc) => {
        first(doc.organizations).unitOf = {
          organization: 'org/ahmx',
          relation: 'school',
          evidence: ['School of Public Health of AHMU'],
        };
      }),
      [
        {
          path: 'organizations[0].unitOf.organization',
          message:
            // Aliases count too (point 17): "CNGB" is as close as "org/tmi-anhui"; ids break the tie.
            'unknown reference "org/ahmx": no organization has this id; closest known ids: org/ahmu, org/bgi, org/national-gene-bank',
        },
      ],
    );
  });

  test('a dangling name lists the closest known ids, those of the document included', async () => {
    await expectInvalid(
      broken((doc) => {
        first(doc.positions).person = 'Zhang Wie';
      }),
      [
        {
          path: 'positions[0].person',
          message:
            'unknown reference "Zhang Wie": no person has this id, name or alias; closest known ids: person/zhang-wei, person/wang-jian, person/wang-kai',
        },
      ],
    );
  });

  test('a person id where an organization is expected', async () => {
    await expectInvalid(
      broken((doc) => {
        first(doc.positions).organization = 'person/li-jun';
      }),
      [
        {
          path: 'positions[0].organization',
          message: 'expected an organization, but "person/li-jun" is the id of a person',
        },
      ],
    );
  });

  test('an organization id where a person is expected', async () => {
    await expectInvalid(
      broken((doc) => {
        first(doc.positions).person = 'org/ahmu';
      }),
      [
        {
          path: 'positions[0].person',
          message: 'expected a person, but "org/ahmu" is the id of an organization',
        },
      ],
    );
  });

  test('an organization cannot be a unit of itself', async () => {
    await expectInvalid(
      broken((doc) => {
        first(doc.organizations).unitOf = {
          organization: 'School of Public Health of AHMU',
          relation: 'school',
          evidence: ['School of Public Health of AHMU'],
        };
      }),
      [
        {
          path: 'organizations[0].unitOf',
          message: 'an organization cannot be linked to itself',
        },
      ],
    );
  });

  describe('an alias two entities share', () => {
    const twins: DocumentInput = {
      source: {
        id: 'source/validation-twins',
        title: 'Worked example: two professors called Zhang',
        kind: 'OTHER',
        text: 'Prof. Zhang Min and Prof. Zhang Hua, both called Prof. Zhang by their students.',
      },
      people: [
        {
          id: 'person/zhang-min',
          name: 'Zhang Min',
          aliases: ['Prof. Zhang'],
          evidence: ['Prof. Zhang Min'],
        },
        {
          id: 'person/zhang-hua',
          name: 'Zhang Hua',
          aliases: ['Prof. Zhang'],
          evidence: ['Prof. Zhang Hua'],
        },
      ],
    };

    afterAll(async () => {
      // leave the seed as the other tests expect it
      await t.db.write(
        `MATCH (n) WHERE n.id IN ['person/zhang-min', 'person/zhang-hua', 'source/validation-twins']
            OR n.sourceId = 'source/validation-twins'
         DETACH DELETE n`,
      );
    });

    test('within one document, the error names both ids', async () => {
      await expectInvalid(
        {
          ...twins,
          positions: [
            {
              person: 'Prof. Zhang',
              title: 'Professor',
              organization: 'AHMU',
              evidence: ['Prof. Zhang Min'],
            },
          ],
        },
        [
          {
            path: 'positions[0].person',
            message:
              'ambiguous reference "Prof. Zhang": it names person/zhang-hua and person/zhang-min; use the id',
          },
        ],
      );
    });

    test('across documents, once both are in the graph, the error names both ids', async () => {
      const imported = await importDocument(t.db, twins, { file: 'twins.yaml' });
      expect(imported.changes.nodesCreated).toBeGreaterThanOrEqual(3);
      await expectInvalid(
        broken((doc) => {
          first(doc.positions).person = 'zhang'; // normalised like "Prof. Zhang"
          first(doc.people).aliases = ['Zhang'];
        }),
        [
          {
            path: 'positions[0].person',
            message:
              'ambiguous reference "zhang": it names person/zhang-hua and person/zhang-min and person/zhang-wei; use the id',
          },
        ],
      );
      await expectInvalid(
        broken((doc) => {
          first(doc.positions).person = 'Prof. Zhang';
          doc.people = [];
        }),
        [
          {
            path: 'positions[0].person',
            message:
              'ambiguous reference "Prof. Zhang": it names person/zhang-hua and person/zhang-min; use the id',
          },
        ],
      );
    });
  });
});

test('an id defined twice in one document', async () => {
  await expectInvalid(
    broken((doc) => {
      doc.people = [
        ...(doc.people ?? []),
        { id: 'person/zhang-wei', name: 'Zhang W.', evidence: ['Prof. Zhang Wei'] },
      ];
    }),
    [
      {
        path: 'people[1].id',
        message: 'duplicate id "person/zhang-wei": already defined at people[0]',
      },
    ],
  );
});

test('the same position twice in one document', async () => {
  await expectInvalid(
    broken((doc) => {
      doc.positions = [first(doc.positions), { ...first(doc.positions), person: 'Zhang Wei' }];
    }),
    [
      {
        path: 'positions[1]',
        message:
          'duplicate position "position/zhang-wei/ahmu-school-of-public-health/dean": the same person, organization and title appear twice',
      },
    ],
  );
});

test('an id that breaks the naming convention shows an example of a good one', async () => {
  await expectInvalid(
    broken((doc) => {
      first(doc.people).id = 'person/Zhang_Wei';
    }),
    [
      {
        path: 'people[0].id',
        message:
          'must be "person/" followed by lower-case words joined by "-" (e.g. "person/example-name")',
      },
    ],
  );
});

/** Dates take EDTF forms too (point 2), and the message says so. */
const DATE_SHAPE =
  'must be a date: YYYY, YYYY-MM or YYYY-MM-DD, or an EDTF date such as 2011~, 201X or 2018-06-19/2018-06-23 (see seed/README.md, section 6)';

describe('dates', () => {
  test('a day that is not in the calendar', async () => {
    await expectInvalid(
      broken((doc) => {
        first(doc.positions).start = '2018-02-30';
        first(doc.positions).end = '2019-02-29'; // 2019 is not a leap year
        first(doc.positions).attestedOn = '2018-13';
      }),
      [
        { path: 'positions[0].start', message: '"2018-02-30" is not a calendar date' },
        { path: 'positions[0].end', message: '"2019-02-29" is not a calendar date' },
        { path: 'positions[0].attestedOn', message: '"2018-13" is not a calendar date' },
      ],
    );
  });

  test('a date written in words', async () => {
    await expectInvalid(
      broken((doc) => {
        first(doc.positions).start = 'April 2018';
        doc.source = { ...doc.source, date: '20/04/2018' };
      }),
      [
        { path: 'source.date', message: DATE_SHAPE },
        { path: 'positions[0].start', message: DATE_SHAPE },
      ],
    );
  });

  test('an end before the start, compared at the precision given', async () => {
    await expectInvalid(
      broken((doc) => {
        first(doc.positions).start = '2019';
        first(doc.positions).end = '2018-12';
      }),
      [{ path: 'positions[0].end', message: 'ends (2018-12) before it starts (2019)' }],
    );
  });
});

test('a field the format does not have (a typo) is refused, not ignored', async () => {
  await expectInvalid(
    broken((doc) => {
      Object.assign(first(doc.people), { nickname: 'Wei' });
      Object.assign(first(doc.positions), { organisation: 'AHMU' });
    }),
    [
      { path: 'people[0]', message: 'Unrecognized key: "nickname"' },
      { path: 'positions[0]', message: 'Unrecognized key: "organisation"' },
    ],
  );
});

test('a document that is not a mapping', async () => {
  await expectInvalid(null, [
    { path: '(document)', message: 'Invalid input: expected object, received null' },
  ]);
});

describe('files', () => {
  let folder: string;

  beforeAll(() => {
    folder = mkdtempSync(join(tmpdir(), 'import-validation-'));
  });

  afterAll(() => rmSync(folder, { recursive: true, force: true }));

  test('a YAML syntax error names the file and the line', async () => {
    const file = join(folder, '03-broken.yaml');
    writeFileSync(
      file,
      'source:\n  id: source/broken\n  title: "Worked example: unterminated\npeople: []\n',
    );
    await expectRejected(
      () => importFiles(t.db, [file]),
      [
        {
          path: '(document)',
          message: 'cannot parse: Missing closing "quote at line 5, column 1',
        },
      ],
      file,
    );
  });

  test('a text file that does not exist beside the document', async () => {
    const file = join(folder, '04-no-text.yaml');
    writeFileSync(
      file,
      [
        'source:',
        '  id: source/no-text',
        '  title: "Worked example: no text"',
        '  kind: OTHER',
        '  textFile: no-such-file.txt',
        '',
      ].join('\n'),
    );
    await expectRejected(
      () => importFiles(t.db, [file]),
      [
        {
          path: 'source.textFile',
          message: 'cannot read "no-such-file.txt" (relative to the document)',
        },
      ],
      file,
    );
  });

  test('loadDocumentFile reads the text file relative to the document', () => {
    const file = join(folder, '05-ok.yaml');
    writeFileSync(join(folder, 'note.txt'), 'A note.');
    writeFileSync(file, 'source: { id: source/ok, title: ok, textFile: note.txt }\n');
    const loaded = loadDocumentFile(file);
    expect(loaded.file).toBe(file);
    expect(loaded.content).toEqual({
      source: { id: 'source/ok', title: 'ok', textFile: 'note.txt' },
    });
    expect(loaded.readTextFile('note.txt')).toBe('A note.');
    expect(loaded.readTextFile('absent.txt')).toBeNull();
  });
});

describe('a failure in the last statement of the write', () => {
  test('rolls back every node and relationship written before it', async () => {
    // The document produces a program that the directory claims exists but the graph lacks: it
    // passes validation, and the write fails at its last statement (the PRODUCED relationship).
    const document = broken((doc) => {
      doc.events = [
        {
          id: 'event/zhang-wei-meets-li-jun-2018-04',
          name: 'Zhang Wei meets Li Jun',
          kind: 'MEETING',
          date: '2018-04',
          places: [{ place: 'Hefei', evidence: ['met Prof. Li in Hefei in April 2018'] }],
          participants: [
            {
              person: 'Prof. Li',
              role: 'PARTICIPANT',
              evidence: ['met Prof. Li in Hefei'],
            },
          ],
          produced: [{ program: 'program/vanished', evidence: ['agreed to meet again'] }],
          evidence: ['met Prof. Li in Hefei in April 2018'],
        },
      ];
    });
    const graph = graphDirectory(t.db);
    const directory: EntityDirectory = {
      ...graph,
      existingIds: async (label, ids) => {
        const found = await graph.existingIds(label, ids);
        if (label === Label.Program && ids.includes('program/vanished'))
          found.add('program/vanished');
        return found;
      },
    };
    const plan = await planDocument(document, { file: 'test.yaml', directory });
    const last = plan.relationships[plan.relationships.length - 1];
    expect([last?.type, last?.toId]).toEqual([Rel.PRODUCED, 'program/vanished']);

    const before = await graphFingerprint(t.db);
    const countsBefore = await graphCounts(t.db);
    t.resetQueryCount();
    await expect(t.db.writeTransaction((tx) => writePlan(tx, plan))).rejects.toThrow(
      'PRODUCED: 1 relationship(s) lost an endpoint during the import; nothing was written',
    );
    // source, excerpts, 4 node labels, 6 relationship types: the failing one was sent last
    expect(t.queries).toHaveLength(12);
    expect(t.queries[t.queries.length - 1]).toContain(`[r:${Rel.PRODUCED}]`);
    expect(await graphCounts(t.db)).toEqual(countsBefore);
    expect(await graphFingerprint(t.db)).toBe(before);
    const [row] = await t.db.read(
      `RETURN EXISTS { (:${Label.Person} {id: 'person/zhang-wei'}) } AS person,
              EXISTS { (:${Label.Source} {id: 'source/validation-example'}) } AS source`,
    );
    expect(row).toEqual({ person: false, source: false });
  });
});
