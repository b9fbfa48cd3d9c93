/**
 * One small synthetic import document of chosen counts, for tests and the reliability
 * scenarios; `syntheticDocuments` writes a whole synthetic world up instead.
 */
import { EVENT_KINDS, PROGRAM_KINDS } from '../domain/vocabularies';
import type { DocumentInput } from '../import/documentSchema';

/** How much a synthetic document holds; every count may be 0. */
export interface SyntheticOptions {
  /** Distinguishes documents: ids are `org/<key>-org-007`, the source `source/<key>`. */
  key?: string;
  /** Organizations; the first is the hub every program has as a party. */
  organizations?: number;
  /** People, each holding one position at an organization. */
  people?: number;
  /** Programs, each with the hub and `partnersPerProgram` other organizations as parties. */
  programs?: number;
  /** Partners per program besides the hub (needs organizations > 1). */
  partnersPerProgram?: number;
  /** Events, each hosted by an organization, with a leader and a member. */
  events?: number;
  /** Publication date of the source (YYYY, YYYY-MM or YYYY-MM-DD); none when omitted. */
  sourceDate?: string;
}

// Name parts are picked out of id order (index * a step prime to the list length), and repeat,
// so name order differs from id order and equal names need the id as tie-breaker.
const ORG_WORDS = [
  'Zenith',
  'Harbor',
  'Aurora',
  'Meridian',
  'Cobalt',
  'Lumen',
  'Beacon',
  'Quarry',
  'Delta',
  'Orchid',
  'Summit',
  'Vertex',
  'Juniper',
  'Nimbus',
  'Falcon',
  'Granite',
  'Ember',
  'Willow',
  'Ionic',
  'Kestrel',
];
const ORG_KINDS = [
  'UNIVERSITY',
  'HOSPITAL',
  'RESEARCH_INSTITUTE',
  'COMPANY',
  'DEPARTMENT',
] as const;
const FAMILY_NAMES = ['Zhou', 'Chen', 'Wu', 'Sun', 'Ma', 'Hu', 'Guo', 'He', 'Lin', 'Gao', 'Xu'];
const GIVEN_NAMES = ['Wei', 'Fang', 'Lei', 'Na', 'Tao', 'Yan', 'Bo'];
const PROGRAM_WORDS = [
  'Genomics',
  'Screening',
  'Biobank',
  'Training',
  'Imaging',
  'Cohort',
  'Registry',
  'Pathology',
  'Sequencing',
  'Outreach',
  'Bioinformatics',
  'Vaccine',
  'Telemedicine',
];
const STATUSES = ['PLANNED', 'ACTIVE', 'ENDED'] as const;
const TERMS = ['Alpha', 'Beta', 'Gamma'];

const pad = (i: number) => String(i).padStart(3, '0');
const pick = <T>(list: readonly T[], i: number): T => list[i % list.length] as T;

/** Id of the i-th (0-based) organization of a synthetic document; the hub is 0. */
export const syntheticOrganizationId = (key: string, i: number) => `org/${key}-org-${pad(i)}`;
/** Id of the i-th person of a synthetic document. */
export const syntheticPersonId = (key: string, i: number) => `person/${key}-person-${pad(i)}`;
/** Id of the i-th program of a synthetic document. */
export const syntheticProgramId = (key: string, i: number) => `program/${key}-program-${pad(i)}`;
/** Id of the i-th event of a synthetic document. */
export const syntheticEventId = (key: string, i: number) => `event/${key}-event-${pad(i)}`;

/**
 * An import document with generated organizations, people (with positions), programs (with
 * parties, leaders, aspects and disease areas) and events, every fact quoting a sentence of the
 * document's inline source text. Deterministic: the same options give the same document.
 *
 * Each kind of fact quotes its own sentences (an organization and its unit link do not share
 * one), so a request's evidence loads cannot be served by what an earlier level already
 * loaded: statement counts depend on the shape of a query, not on which excerpts coincide.
 *
 * Shape, for tests that count: organization i > 0 with i % 4 === 0 is a unit of the hub; program
 * i has the hub (SIGNATORY) and partners 1 + ((i * partnersPerProgram + j) % (organizations - 1))
 * (PARTNER); every fifth program and every fourth event has no date.
 */
export function syntheticDocument(options: SyntheticOptions = {}): DocumentInput {
  const key = options.key ?? 'synthetic';
  const orgCount = options.organizations ?? 0;
  const peopleCount = options.people ?? 0;
  const programCount = options.programs ?? 0;
  const eventCount = options.events ?? 0;
  const partners = orgCount > 1 ? (options.partnersPerProgram ?? 1) : 0;
  const title = key.charAt(0).toUpperCase() + key.slice(1);

  const lines = [`${title} test document: generated facts for tests, not real ones.`];
  let counter = 0;
  /** Adds a sentence to the source text; returns it as evidence (unique by its number). */
  const cite = (text: string): [string] => {
    counter += 1;
    const sentence = `[${key} ${counter}] ${text}.`;
    lines.push(sentence);
    return [sentence];
  };

  const hub = syntheticOrganizationId(key, 0);
  const organizations = Array.from({ length: orgCount }, (_, i) => {
    const id = syntheticOrganizationId(key, i);
    const name =
      i === 0 ? `${title} Hub University` : `${title} ${pick(ORG_WORDS, i * 7)} Institute`;
    return {
      id,
      name,
      kind: i === 0 ? ('UNIVERSITY' as const) : pick(ORG_KINDS, i),
      ...(i > 0 && i % 4 === 0
        ? {
            unitOf: {
              organization: hub,
              relation: 'department',
              evidence: cite(`${id} is a department of ${hub}`),
            },
          }
        : {}),
      evidence: cite(`${name} (${id}) is an organization`),
    };
  });

  const people = Array.from({ length: peopleCount }, (_, i) => {
    const id = syntheticPersonId(key, i);
    const name = `${pick(FAMILY_NAMES, i * 5)} ${pick(GIVEN_NAMES, i * 3)}`;
    return { id, name, evidence: cite(`${name} (${id}) is a person`) };
  });

  const positions =
    orgCount > 0
      ? people.map((person, i) => ({
          person: person.id,
          title: i % 3 === 0 ? 'Director' : 'Researcher',
          organization: syntheticOrganizationId(key, i % orgCount),
          start: String(2000 + (i % 20)),
          ...(i % 6 === 5 ? { end: String(2021 + (i % 3)) } : {}),
          evidence: cite(`${person.id} works at ${syntheticOrganizationId(key, i % orgCount)}`),
        }))
      : [];

  const hasTerms = programCount > 0;
  const aspects = hasTerms
    ? TERMS.map((term, j) => ({
        id: `aspect/${key}-aspect-${j}`,
        name: `${title} ${term} aspect`,
        evidence: cite(`${term} is a cooperation aspect`),
      }))
    : [];
  const diseaseAreas = hasTerms
    ? TERMS.map((term, j) => ({
        id: `area/${key}-area-${j}`,
        name: `${title} ${term} disease`,
        evidence: cite(`${term} is a disease area`),
      }))
    : [];

  const programs = Array.from({ length: programCount }, (_, i) => {
    const id = syntheticProgramId(key, i);
    const name = `${title} ${pick(PROGRAM_WORDS, i * 5)} Programme`;
    const partyIds = Array.from({ length: partners }, (_, j) =>
      syntheticOrganizationId(key, 1 + ((i * partners + j) % (orgCount - 1))),
    );
    const year = 2000 + ((i * 7) % 25);
    const start = [String(year), `${year}-0${1 + (i % 9)}`, `${year}-0${1 + (i % 9)}-1${i % 9}`];
    const parties = cite(`${id} has its parties`);
    return {
      id,
      name,
      kind: pick(PROGRAM_KINDS, i),
      status: pick(STATUSES, i),
      ...(i % 5 === 4 ? {} : { start: pick(start, i) }),
      parties: [
        ...(orgCount > 0
          ? [{ organization: hub, role: 'SIGNATORY' as const, evidence: parties }]
          : []),
        ...[...new Set(partyIds)].map((organization) => ({
          organization,
          role: 'PARTNER' as const,
          evidence: parties,
        })),
      ],
      people:
        peopleCount > 0
          ? [
              {
                person: syntheticPersonId(key, i % peopleCount),
                role: 'LEADS' as const,
                ...(orgCount > 0 ? { onBehalfOf: hub } : {}),
                evidence: cite(`${id} is led by ${syntheticPersonId(key, i % peopleCount)}`),
              },
            ]
          : [],
      aspects: [
        {
          aspect: `aspect/${key}-aspect-${i % 3}`,
          wording: `aspect ${i % 3}`,
          evidence: cite(`${id} covers aspect ${i % 3}`),
        },
      ],
      diseaseAreas: [0, 1].map((j) => ({
        area: `area/${key}-area-${(i + j) % 3}`,
        wording: `area ${(i + j) % 3}`,
        evidence: cite(`${id} focuses on area ${(i + j) % 3}`),
      })),
      evidence: cite(`${name} (${id}) is a program`),
    };
  });

  const events = Array.from({ length: eventCount }, (_, i) => {
    const id = syntheticEventId(key, i);
    const name = `${title} ${pick(PROGRAM_WORDS, i * 3)} meeting`;
    const participants = cite(`${id} had a leader and a member`);
    return {
      id,
      name,
      kind: pick(EVENT_KINDS, i),
      ...(i % 4 === 3 ? {} : { date: `${2010 + (i % 15)}-0${1 + (i % 9)}-1${i % 9}` }),
      hosts:
        orgCount > 0
          ? [
              {
                organization: syntheticOrganizationId(key, i % orgCount),
                evidence: cite(`${id} was hosted by ${syntheticOrganizationId(key, i % orgCount)}`),
              },
            ]
          : [],
      participants:
        peopleCount > 1
          ? [
              {
                person: syntheticPersonId(key, i % peopleCount),
                role: 'LEADER' as const,
                evidence: participants,
              },
              {
                person: syntheticPersonId(key, (i + 1) % peopleCount),
                role: 'MEMBER' as const,
                evidence: participants,
              },
            ]
          : [],
      evidence: cite(`${name} (${id}) took place`),
    };
  });

  return {
    source: {
      id: `source/${key}`,
      title: `${title} generated test source`,
      kind: 'OTHER',
      ...(options.sourceDate ? { date: options.sourceDate } : {}),
      language: 'en',
      text: lines.join('\n'),
    },
    organizations,
    people,
    positions,
    aspects,
    diseaseAreas,
    programs,
    events,
  };
}
