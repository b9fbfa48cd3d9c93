/**
 * The drafting rules on short texts of the genre, written for these tests: people, titles and
 * positions in appositions and before names, organizations with their units, acronyms and
 * places, agreements and visits, id rules and matching against known entities, the document
 * and YAML a draft assembles into.
 */
import { parse } from 'yaml';

import { draftDocument } from '../../src/draft/draftDocument';
import type { Draft, EntityFact, LinkFact } from '../../src/draft/draftTypes';
import { assembleDocument, evidenceOf } from '../../src/draft/output/assembleDocument';
import { toDocumentInput } from '../../src/draft/output/documentInput';
import { draftYaml } from '../../src/draft/output/draftYaml';
import { personId, placeId, unitSlug } from '../../src/draft/resolve/ids';
import type { KnownEntity } from '../../src/domain/knownEntity';
import { statedDates } from '../../src/draft/text/articleDate';

const entities = (draft: Draft, kind: EntityFact['kind']) =>
  draft.facts.filter((f): f is EntityFact => f.type === 'entity' && f.kind === kind);
const links = (draft: Draft, kind: LinkFact['kind']) =>
  draft.facts.filter((f): f is LinkFact => f.type === 'link' && f.kind === kind);
const idOf = (draft: Draft, key: string | undefined) =>
  draft.facts.find((f) => f.key === key && f.type === 'entity')?.type === 'entity'
    ? (draft.facts.find((f) => f.key === key) as EntityFact).id
    : undefined;
/** Positions as "person | title | organization" ids. */
const positions = (draft: Draft) =>
  links(draft, 'position').map(
    (p) =>
      `${idOf(draft, p.refs.person)} | ${String(p.value.title)} | ${idOf(draft, p.refs.organization)}`,
  );

function known(
  id: string,
  label: KnownEntity['label'],
  name: string,
  extra: Partial<KnownEntity> = {},
): KnownEntity {
  return {
    id,
    label,
    name,
    matchKeys: [name.toLowerCase()],
    kind: null,
    acronym: null,
    parentId: null,
    positions: [],
    ...extra,
  };
}

const lookupOf = (list: KnownEntity[]) => ({
  description: 'test',
  find: () => Promise.resolve(list),
});

describe('people and positions', () => {
  it('reads appositions, several titles, titles before names and "of the hospital"', async () => {
    const draft = await draftDocument(
      'Visit of Xinhua University\n\n' +
        'On 3 May 2021, Prof. Gu Ming, dean of the School of Pharmacy of Xinhua University (XHU), and Dr. Anna Berg, head of the Department of Surgery, Riverside Hospital, met in Hefei. ' +
        'XHU President Luo Bin attended. Deputy Director He Ping of the hospital introduced the wards. ' +
        'Ms. Pan Yi, secretary and vice president of Riverside Hospital, also spoke.',
    );
    expect(
      entities(draft, 'person')
        .map((p) => p.value.name)
        .sort(),
    ).toEqual(['Anna Berg', 'Gu Ming', 'He Ping', 'Luo Bin', 'Pan Yi']);
    expect(positions(draft).sort()).toEqual([
      'person/berg-anna | Head | org/riverside-hospital-department-of-surgery',
      'person/gu-ming | Dean | org/xhu-school-of-pharmacy',
      'person/he-ping | Deputy Director | org/riverside-hospital',
      'person/luo-bin | President | org/xhu',
      'person/pan-yi | Secretary | org/riverside-hospital',
      'person/pan-yi | Vice President | org/riverside-hospital',
    ]);
    // The anaphor is marked for review; the date is the attestation.
    const he = links(draft, 'position').find((p) => p.label.startsWith('He Ping'));
    expect(he?.checks.join(' ')).toContain('does not name the organization');
    expect(he?.value.attestedOn).toBe('2021-05-03');
  });

  it('joins "Prof. Li jun" and "Prof. Li" to Li Jun, and keeps names inside organizations out', async () => {
    const draft = await draftDocument(
      'Title\n\nLi Jun, secretary of the Party Committee of Xinhua University, visited BGI. Prof. Li learned more. ' +
        'Led by Prof. Li jun, the delegation visited the Li Ka Shing Faculty of Medicine.',
    );
    const people = entities(draft, 'person');
    expect(people.map((p) => p.value.name)).toEqual(['Li Jun']);
    expect(people[0]?.value.aliases).toEqual(['Prof. Li jun']);
    expect(people[0]?.value.honorific).toBe('Prof.');
  });

  it('gives "Party Secretary X of Y" at the party committee of Y, with a check', async () => {
    const draft = await draftDocument(
      'Title\n\nParty Secretary Ren Jie of Xinhua University (XHU) opened the forum.',
    );
    expect(positions(draft)).toEqual(['person/ren-jie | Secretary | org/xhu-party-committee']);
    const committee = entities(draft, 'organization').find(
      (o) => o.id === 'org/xhu-party-committee',
    );
    expect(committee?.value.kind).toBe('PARTY_COMMITTEE');
    expect(committee?.checks[0]).toContain('party title');
  });
});

describe('organizations and places', () => {
  it('finds units, acronyms, parents written before, after and by a comma, and places', async () => {
    const draft = await draftDocument(
      'Title\n\nThe Second Affiliated Hospital of Xinhua University (XHU), the XHU Fuyang Hospital and the Department of Oncology, XHU ' +
        'signed with Gene Co., Ltd. in Wuhan, Hubei Province, and with BGI in Shenzhen.',
    );
    const orgs = Object.fromEntries(entities(draft, 'organization').map((o) => [o.id, o.value]));
    expect(Object.keys(orgs).sort()).toEqual([
      'org/bgi',
      'org/gene-co-ltd',
      'org/xhu',
      'org/xhu-department-of-oncology',
      'org/xhu-fuyang-hospital',
      'org/xhu-second-affiliated-hospital',
    ]);
    expect(orgs['org/xhu']).toMatchObject({
      name: 'Xinhua University',
      acronym: 'XHU',
      kind: 'UNIVERSITY',
    });
    expect(orgs['org/xhu-second-affiliated-hospital']).toMatchObject({
      kind: 'HOSPITAL',
      aliases: ['Second Affiliated Hospital of XHU'],
    });
    const unitOf = links(draft, 'unitOf').map((l) => `${l.label}`);
    expect(unitOf).toContain(
      'Second Affiliated Hospital of Xinhua University is a unit of Xinhua University (affiliated hospital)',
    );
    expect(unitOf).toContain(
      'Department of Oncology, XHU is a unit of Xinhua University (department)',
    );
    expect(
      entities(draft, 'place')
        .map((p) => p.id)
        .sort(),
    ).toEqual(['place/hubei', 'place/shenzhen', 'place/wuhan']);
    expect(links(draft, 'placeWithin').map((l) => l.label)).toEqual([
      'Wuhan lies in Hubei Province',
    ]);
    expect(links(draft, 'locatedIn').map((l) => l.label)).toContain('BGI is in Shenzhen');
  });

  it('reads a centre set up as a program, not an organization', async () => {
    const draft = await draftDocument(
      'Title\n\nOn June 1, 2020, Xinhua University and BGI signed a cooperation agreement. Under the agreement, the two sides will set up a Joint Center for Rare Diseases.',
    );
    expect(
      entities(draft, 'organization')
        .map((o) => o.value.name)
        .sort(),
    ).toEqual(['BGI', 'Xinhua University']);
    const programs = entities(draft, 'program').map(
      (p) => `${p.id} ${String(p.value.kind)} ${String(p.value.status)}`,
    );
    expect(programs).toEqual([
      // Signing says nothing of a status: none is written unless the text states one.
      'program/xinhua-university-bgi-agreement-2020 AGREEMENT undefined',
      'program/xinhua-university-bgi-joint-center-for-rare-diseases CENTER PLANNED',
    ]);
    expect(links(draft, 'programPartOf')).toHaveLength(1);
    expect(entities(draft, 'diseaseArea').map((a) => a.value.name)).toEqual(['Rare diseases']);
  });
});

describe('events', () => {
  it('makes the visit with its leader, members and hosts, and the signing within it', async () => {
    const draft = await draftDocument(
      'Title\n\nOn April 2, 2019, a delegation of Xinhua University led by Prof. Gu Ming, president of Xinhua University, visited BGI in Shenzhen. ' +
        'Mr. Zhao Lei, vice president of BGI, received the delegation. Prof. Gu Ming and Mr. Zhao Lei signed a memorandum of understanding.',
    );
    const events = entities(draft, 'event');
    expect(events.map((e) => `${e.id} ${String(e.value.kind)}`)).toEqual([
      'event/xinhua-university-delegation-visit-bgi-2019-04-02 VISIT',
      'event/xinhua-university-bgi-memorandum-signing-2019-04-02 SIGNING',
    ]);
    const roles = links(draft, 'participant').map(
      (p) => `${idOf(draft, p.refs.person)} ${String(p.value.role)}`,
    );
    expect(roles).toEqual(
      expect.arrayContaining([
        'person/gu-ming LEADER',
        'person/zhao-lei HOST',
        'person/gu-ming SIGNATORY',
        'person/zhao-lei SIGNATORY',
      ]),
    );
    expect(
      links(draft, 'programPerson')
        .map((p) => `${idOf(draft, p.refs.person)} for ${idOf(draft, p.refs.onBehalfOf)}`)
        .sort(),
    ).toEqual(['person/gu-ming for org/xinhua-university', 'person/zhao-lei for org/bgi']);
  });
});

describe('ids and matching', () => {
  it('follows the guide: family name first, units after their parent, places without "Province"', () => {
    expect(personId('Li Jun')).toBe('person/li-jun');
    expect(personId('Ingrid Holmberg')).toBe('person/holmberg-ingrid');
    expect(personId('Nils Ekström')).toBe('person/ekstrom-nils');
    expect(placeId('Anhui Province')).toBe('place/anhui');
    expect(
      unitSlug('ahmu', 'CPC Party Committee of Anhui Medical University', [
        'Anhui Medical University',
        'AHMU',
      ]),
    ).toBe('ahmu-party-committee');
    expect(unitSlug('ahmu', 'AHMU Fuyang Hospital', ['Anhui Medical University', 'AHMU'])).toBe(
      'ahmu-fuyang-hospital',
    );
  });

  it('refers to known entities by id, tells namesakes apart by their organizations and lists the alternatives', async () => {
    const graph = [
      known('org/xhu', 'Organization', 'Xinhua University', {
        matchKeys: ['xinhua university', 'xhu'],
        acronym: 'XHU',
      }),
      known('org/xhu-second-hospital', 'Organization', 'Second Hospital of XHU', {
        matchKeys: ['second hospital of xhu', 'second hospital of xinhua university'],
        parentId: 'org/xhu',
      }),
      known('person/wang-yu', 'Person', 'Wang Yu', {
        positions: [{ title: 'Director', organizationId: 'org/xhu-second-hospital' }],
      }),
      known('person/wang-yu-2', 'Person', 'Wang Yu', {
        positions: [{ title: 'Dean', organizationId: 'org/other' }],
      }),
      known('org/gene', 'Organization', 'Gene', { matchKeys: ['gene'] }),
      known('org/gene-2', 'Organization', 'Gene', { matchKeys: ['gene'] }),
    ];
    const draft = await draftDocument(
      'Title\n\nProf. Wang Yu, director of the Second Hospital of Xinhua University, visited GENE in 2020.',
      { lookup: lookupOf(graph) },
    );
    const wang = entities(draft, 'person')[0];
    expect(wang).toMatchObject({ id: 'person/wang-yu', existing: true });
    expect(wang?.candidates.map((c) => c.id)).toEqual([
      'person/wang-yu',
      'person/wang-yu-2',
      'person/wang-yu-3',
    ]);
    expect(
      entities(draft, 'organization').find(
        (o) => o.value.name === 'Second Hospital of Xinhua University',
      ),
    ).toMatchObject({
      id: 'org/xhu-second-hospital',
      existing: true,
    });
    const gene = entities(draft, 'organization').find((o) => o.value.name === 'GENE');
    expect(gene?.checks.join(' ')).toContain('uncertain match');
    // The YAML names the alternatives of the uncertain match.
    expect(draftYaml(draft, 'test')).toMatch(/alternatives: org\/gene-2/);
  });
});

describe('assembling the document', () => {
  it('drops the links of a dropped entity, numbers repeated excerpts and renders importable YAML', async () => {
    const text =
      'Title\n\nProf. Gu Ming, dean of the School of Pharmacy of Xinhua University, met Prof. Gu Ming.';
    const draft = await draftDocument(text, { date: '2021' });
    const school = entities(draft, 'organization').find((o) =>
      String(o.value.name).startsWith('School'),
    );
    const kept = draft.facts.filter((f) => f.key !== school?.key);
    const { document, omitted } = assembleDocument(draft, kept);
    expect(document.positions).toBeUndefined();
    expect([...omitted.values()]).toContain('its organization was dropped');
    expect(
      evidenceOf(text, [
        { quote: 'Prof. Gu Ming', start: text.lastIndexOf('Prof. Gu Ming'), end: text.length - 1 },
      ]),
    ).toEqual([{ quote: 'Prof. Gu Ming', occurrence: 2 }]);
    const yaml = draftYaml(draft, 'test');
    expect(yaml).toContain("attestedOn: '2021'");
    const parsed = parse(yaml) as Record<string, unknown>;
    expect(parsed.source).toMatchObject({ title: 'Title', date: '2021', text });
    expect(toDocumentInput({ evidence: ['a'], aliases: ['b'], x: ['c'] })).toEqual({
      evidence: [{ quote: 'a' }],
      aliases: [{ value: 'b' }],
      x: ['c'],
    });
  });

  it('reads the dates of the genre', () => {
    const dates = statedDates(
      'From September 22 to 24, 2019, they met. On September 23, they signed. Shanghai, 6 November 2020 — and 2021-01-02.',
    );
    expect(dates.map((d) => d.date)).toEqual([
      '2019-09-22/2019-09-24',
      '2019-09-23',
      '2020-11-06',
      '2021-01-02',
    ]);
    expect(dates[0]?.lastDay).toBe('2019-09-24');
  });
});
