import { slugify } from '../domain/slugify';
import type { EventRole, ProgramPartyRole } from '../domain/vocabularies';
import { EVENT_KINDS } from '../domain/vocabularies';
import type { DocumentInput } from '../import/documentSchema';
import { Random, SkewedPicker } from './random';
import {
  ASPECTS,
  COMPANY_SUFFIXES,
  COMPANY_WORDS,
  DEPARTMENT_FIELDS,
  DISEASE_AREAS,
  FAMILY_NAMES,
  GIVEN_SYLLABLES,
  HONORIFICS,
  HOSPITAL_ORDINALS,
  INSTITUTE_FIELDS,
  PRINCIPLES,
  PROGRAM_KIND_NAMES,
  PROGRAM_SUBJECTS,
  PROVINCES,
  SUBSIDIARY_KINDS,
  TITLES,
  UNIVERSITY_PATTERNS,
} from './vocabulary';

type Document = Required<DocumentInput>;
/** The kinds the generator uses: those of the import format (less OTHER for organizations). */
export type OrganizationKind = Exclude<Document['organizations'][number]['kind'], 'OTHER'>;
export type ProgramKind = Document['programs'][number]['kind'];
export type ProgramStatus = Document['programs'][number]['status'];
export type EventKind = Document['events'][number]['kind'];

export interface SyntheticPlace {
  id: string;
  name: string;
  kind: 'PROVINCE' | 'CITY';
  /** Index of the province a city lies in. */
  within: number | null;
}

export interface SyntheticOrganization {
  id: string;
  name: string;
  kind: OrganizationKind;
  acronym: string | null;
  /** Index of the organization this one is a unit of (always a lower index). */
  parent: number | null;
  relation: string | null;
  city: number;
}

export interface SyntheticPosition {
  organization: number;
  title: string;
  start: number;
  /** Year the position ended; null while it is held. */
  end: number | null;
}

export interface SyntheticPerson {
  id: string;
  name: string;
  /** The name in given-name-first order, as English-language articles often write it. */
  alias: string;
  honorific: string;
  positions: SyntheticPosition[];
}

export interface SyntheticProgram {
  id: string;
  name: string;
  kind: ProgramKind;
  status: ProgramStatus;
  start: number;
  end: number | null;
  principle: string | null;
  /** Index of the agreement this program is a line of work of (always a lower index). */
  parent: number | null;
  parties: { organization: number; role: ProgramPartyRole }[];
  people: { person: number; role: 'SIGNED' | 'LEADS' | 'REPRESENTS'; onBehalfOf: number }[];
  areas: { area: number; wording: string }[];
  aspects: { aspect: number; wording: string }[];
  city: number;
}

export interface SyntheticEvent {
  id: string;
  name: string;
  kind: EventKind;
  date: string;
  host: number;
  visitor: number;
  participants: {
    person: number;
    role: EventRole;
    onBehalfOf: number;
  }[];
  produced: number[];
  parent: number | null;
  city: number;
}

/** The entities of a synthetic graph, before they are written up as documents. */
export interface SyntheticWorld {
  scale: number;
  seed: number;
  places: SyntheticPlace[];
  areas: { id: string; name: string; aliases: readonly string[] }[];
  aspects: { id: string; name: string; aliases: readonly string[] }[];
  organizations: SyntheticOrganization[];
  people: SyntheticPerson[];
  programs: SyntheticProgram[];
  events: SyntheticEvent[];
}

/** The entity counts at scale 1 (the sizes); other scales multiply them. */
export const SCALE_ONE = {
  universities: 120,
  companies: 100,
  institutes: 300,
  geneBanks: 20,
  governmentBodies: 130,
  people: 50_000,
  programs: 5_000,
  events: 3_000,
} as const;

const FIRST_YEAR = 1995;
const LAST_YEAR = 2025;

/** `n` at `scale`, at least 1. */
export const scaled = (n: number, scale: number) => Math.max(1, Math.round(n * scale));

/**
 * Builds a synthetic world with the real model's shape and skew: universities with hospitals,
 * departments and party committees, companies with subsidiaries, people whose careers move
 * between organizations, programs whose parties are drawn with a Zipf skew (a few hubs take part
 * in many), events that produce programs. A pure function of `scale` and `seed`.
 */
export function buildSyntheticWorld(scale: number, seed: number): SyntheticWorld {
  const random = new Random(seed);
  const ids = new UniqueIds();
  const places = buildPlaces();
  const cityCount = places.filter((p) => p.kind === 'CITY').length;
  const cities = places.flatMap((place, i) => (place.kind === 'CITY' ? [i] : []));
  const pickCity = () => cities[random.int(0, cityCount - 1)] ?? 0;

  const organizations = buildOrganizations(random, ids, scale, places, pickCity);
  const people = buildPeople(random, ids, scale, organizations);
  const staff = staffByOrganization(organizations.length, people);
  const programs = buildPrograms(random, ids, scale, organizations, people, staff, pickCity);
  const events = buildEvents(random, ids, scale, organizations, programs, staff, pickCity);
  return {
    scale,
    seed,
    places,
    areas: DISEASE_AREAS.map((a) => ({ id: `area/${slugify(a.name)}`, ...a })),
    aspects: ASPECTS.map((a) => ({ id: `aspect/${slugify(a.name)}`, ...a })),
    organizations,
    people,
    programs,
    events,
  };
}

function buildPlaces(): SyntheticPlace[] {
  const places: SyntheticPlace[] = [];
  for (const province of PROVINCES) {
    const provinceIndex = places.length;
    places.push({
      id: `place/${slugify(province.name)}-province`,
      name: `${province.name} Province`,
      kind: 'PROVINCE',
      within: null,
    });
    for (const city of province.cities) {
      places.push({
        id: `place/${slugify(city)}-city`,
        name: city,
        kind: 'CITY',
        within: provinceIndex,
      });
    }
  }
  return places;
}

function buildOrganizations(
  random: Random,
  ids: UniqueIds,
  scale: number,
  places: SyntheticPlace[],
  pickCity: () => number,
): SyntheticOrganization[] {
  const orgs: SyntheticOrganization[] = [];
  const add = (org: Omit<SyntheticOrganization, 'id'>) => {
    orgs.push({ ...org, id: ids.take(`org/${slugify(org.name)}`) });
    return orgs.length - 1;
  };
  const placeName = (i: number) => places[i]?.name ?? '';
  const provinceName = (i: number) =>
    (places[places[i]?.within ?? 0]?.name ?? '').replace(/ Province$/, '');

  for (let u = 0; u < scaled(SCALE_ONE.universities, scale); u += 1) {
    const city = pickCity();
    const name = random
      .pick(UNIVERSITY_PATTERNS)
      .replace('{city}', placeName(city))
      .replace('{province}', provinceName(city));
    const acronym = name
      .split(' ')
      .filter((w) => /^[A-Z]/.test(w))
      .map((w) => w[0])
      .join('');
    const parent = add({ name, kind: 'UNIVERSITY', acronym, parent: null, relation: null, city });
    add({
      name: `CPC Party Committee of ${name}`,
      kind: 'PARTY_COMMITTEE',
      acronym: null,
      parent,
      relation: 'party committee',
      city,
    });
    for (const ordinal of HOSPITAL_ORDINALS.slice(0, random.int(3, 6))) {
      add({
        name: `${ordinal} Affiliated Hospital of ${name}`,
        kind: 'HOSPITAL',
        acronym: null,
        parent,
        relation: 'affiliated hospital',
        city,
      });
    }
    for (const field of random.sample(DEPARTMENT_FIELDS, random.int(3, 5))) {
      add({
        name: `Department of ${field}, ${name}`,
        kind: 'DEPARTMENT',
        acronym: null,
        parent,
        relation: 'department',
        city,
      });
    }
  }
  for (let c = 0; c < scaled(SCALE_ONE.companies, scale); c += 1) {
    const city = pickCity();
    const name = `${random.pick(COMPANY_WORDS)} ${random.pick(COMPANY_SUFFIXES)}`;
    const parent = add({
      name,
      kind: 'COMPANY',
      acronym: null,
      parent: null,
      relation: null,
      city,
    });
    for (const subsidiary of random.sample(SUBSIDIARY_KINDS, random.int(0, 4))) {
      const subCity = pickCity();
      add({
        name: `${name} ${subsidiary.suffix.replace('{city}', placeName(subCity))}`,
        kind: 'COMPANY',
        acronym: null,
        parent,
        relation: subsidiary.relation,
        city: subCity,
      });
    }
  }
  for (let i = 0; i < scaled(SCALE_ONE.geneBanks, scale); i += 1) {
    const city = pickCity();
    add({
      name: `${placeName(city)} Gene Bank`,
      kind: 'GENE_BANK',
      acronym: null,
      parent: null,
      relation: null,
      city,
    });
  }
  for (let i = 0; i < scaled(SCALE_ONE.institutes, scale); i += 1) {
    const city = pickCity();
    add({
      name: `${placeName(city)} Institute of ${random.pick(INSTITUTE_FIELDS)}`,
      kind: 'RESEARCH_INSTITUTE',
      acronym: null,
      parent: null,
      relation: null,
      city,
    });
  }
  for (let i = 0; i < scaled(SCALE_ONE.governmentBodies, scale); i += 1) {
    const city = pickCity();
    add({
      name: `${placeName(city)} Health Commission`,
      kind: 'GOVERNMENT_BODY',
      acronym: null,
      parent: null,
      relation: null,
      city,
    });
  }
  return orgs;
}

function buildPeople(
  random: Random,
  ids: UniqueIds,
  scale: number,
  organizations: SyntheticOrganization[],
): SyntheticPerson[] {
  // Hubs (large universities and their hospitals, big companies) employ most people.
  const employers = new SkewedPicker(organizations.length, 0.8);
  const order = shuffledIndexes(random, organizations.length);
  const people: SyntheticPerson[] = [];
  for (let p = 0; p < scaled(SCALE_ONE.people, scale); p += 1) {
    const family = random.pick(FAMILY_NAMES);
    const given = capitalize(
      random.pick(GIVEN_SYLLABLES) + (random.chance(0.5) ? random.pick(GIVEN_SYLLABLES) : ''),
    );
    const name = `${family} ${given}`;
    const positions: SyntheticPosition[] = [];
    let year = random.int(FIRST_YEAR, LAST_YEAR - 8);
    const count = random.int(3, 6);
    const seen = new Set<string>();
    for (let k = 0; k < count && year <= LAST_YEAR; k += 1) {
      const organization = order[employers.draw(random)] ?? 0;
      const org = organizations[organization];
      const titles = TITLES[org?.kind ?? 'UNIVERSITY'] ?? ['Member'];
      // Careers climb: later positions draw from the senior end of the title list.
      const title = titles[Math.max(0, titles.length - 1 - k - random.int(0, 1))] ?? 'Member';
      const key = `${organization}/${title}`;
      if (seen.has(key)) continue;
      seen.add(key);
      const next = year + random.int(2, 6);
      const last = k === count - 1 || next > LAST_YEAR;
      positions.push({ organization, title, start: year, end: last ? null : next });
      year = next;
    }
    people.push({
      id: ids.take(`person/${slugify(name)}`),
      name,
      alias: `${given} ${family}`,
      honorific: random.pick(HONORIFICS),
      positions,
    });
  }
  return people;
}

function buildPrograms(
  random: Random,
  ids: UniqueIds,
  scale: number,
  organizations: SyntheticOrganization[],
  people: SyntheticPerson[],
  staff: number[][],
  pickCity: () => number,
): SyntheticProgram[] {
  const partners = new SkewedPicker(organizations.length, 1.0);
  const order = shuffledIndexes(random, organizations.length);
  const programs: SyntheticProgram[] = [];
  const kinds = Object.keys(PROGRAM_KIND_NAMES) as ProgramKind[];
  for (let i = 0; i < scaled(SCALE_ONE.programs, scale); i += 1) {
    const agreements = programs.length > 0 && random.chance(0.3) ? programs : null;
    const parentIndex = agreements ? random.int(Math.max(0, i - 50), i - 1) : null;
    const parent = parentIndex === null ? undefined : programs[parentIndex];
    const partyCount = random.int(2, 4);
    const partyOrgs = new Set<number>(parent ? parent.parties.map((p) => p.organization) : []);
    while (partyOrgs.size < partyCount) partyOrgs.add(order[partners.draw(random)] ?? 0);
    const parties = [...partyOrgs].slice(0, partyCount).map((organization, k) => ({
      organization,
      role: k < 2 ? ('SIGNATORY' as const) : random.pick(['PARTNER', 'HOST'] as const),
    }));
    const kind = random.pick(kinds);
    const subject = random.pick(PROGRAM_SUBJECTS);
    const start = random.int(2000, LAST_YEAR);
    const status = start > 2023 ? 'PLANNED' : random.pick(['ACTIVE', 'ACTIVE', 'ENDED'] as const);
    const names = parties.map((p) => shortName(organizations[p.organization]));
    const name = `${names[0]}-${names[1]} ${PROGRAM_KIND_NAMES[kind]} ${subject}`;
    const programPeople: SyntheticProgram['people'] = [];
    const chosen = new Set<number>();
    for (const party of parties) {
      const members = staff[party.organization] ?? [];
      if (members.length === 0) continue;
      const person = members[random.int(0, members.length - 1)] ?? 0;
      // One person acts for one party: the same signatory for two parties is not a thing.
      if (chosen.has(person)) continue;
      chosen.add(person);
      const role =
        party.role === 'SIGNATORY' ? 'SIGNED' : random.pick(['LEADS', 'REPRESENTS'] as const);
      programPeople.push({ person, role, onBehalfOf: party.organization });
    }
    programs.push({
      id: ids.take(`program/${slugify(name)}-${start}`),
      name,
      kind,
      status,
      start,
      end: status === 'ENDED' ? Math.min(LAST_YEAR, start + random.int(1, 6)) : null,
      principle: kind === 'AGREEMENT' ? random.pick(PRINCIPLES) : null,
      parent: parentIndex,
      parties,
      people: programPeople.filter((p) => people[p.person] !== undefined),
      areas: random.sample(DISEASE_AREAS, random.int(1, 3)).map((area) => ({
        area: DISEASE_AREAS.indexOf(area),
        wording: random.chance(0.5) ? random.pick(area.aliases) : area.name.toLowerCase(),
      })),
      aspects: random.sample(ASPECTS, random.int(1, 3)).map((aspect) => ({
        aspect: ASPECTS.indexOf(aspect),
        wording: random.chance(0.5) ? random.pick(aspect.aliases) : aspect.name.toLowerCase(),
      })),
      city: organizations[parties[0]?.organization ?? 0]?.city ?? pickCity(),
    });
  }
  return programs;
}

function buildEvents(
  random: Random,
  ids: UniqueIds,
  scale: number,
  organizations: SyntheticOrganization[],
  programs: SyntheticProgram[],
  staff: number[][],
  pickCity: () => number,
): SyntheticEvent[] {
  const events: SyntheticEvent[] = [];
  for (let i = 0; i < scaled(SCALE_ONE.events, scale); i += 1) {
    const program = programs[random.int(0, programs.length - 1)];
    const host = program?.parties[0]?.organization ?? 0;
    const visitor = program?.parties[1]?.organization ?? 0;
    const kind = random.pick(EVENT_KINDS);
    const year = Math.max(2000, (program?.start ?? 2010) - random.int(0, 1));
    const date = `${year}-${pad2(random.int(1, 12))}-${pad2(random.int(1, 28))}`;
    const participants: SyntheticEvent['participants'] = [];
    const seen = new Set<number>();
    const join = (
      organization: number,
      count: number,
      roles: SyntheticEvent['participants'][number]['role'][],
    ) => {
      const members = staff[organization] ?? [];
      for (let k = 0; k < count && members.length > 0; k += 1) {
        const person = members[random.int(0, members.length - 1)] ?? 0;
        if (seen.has(person)) continue;
        seen.add(person);
        participants.push({
          person,
          role: roles[Math.min(k, roles.length - 1)] ?? 'MEMBER',
          onBehalfOf: organization,
        });
      }
    };
    join(visitor, random.int(2, 6), ['LEADER', 'MEMBER']);
    join(host, random.int(1, 2), ['HOST']);
    const parent =
      events.length > 0 && random.chance(0.2) ? random.int(Math.max(0, i - 20), i - 1) : null;
    const hostName = shortName(organizations[host]);
    const visitorName = shortName(organizations[visitor]);
    const name =
      kind === 'VISIT'
        ? `${visitorName} delegation visits ${hostName}`
        : `${visitorName} and ${hostName} ${kind.toLowerCase()}`;
    events.push({
      id: ids.take(`event/${slugify(name)}-${date}`),
      name,
      kind,
      date,
      host,
      visitor,
      participants,
      produced: program && kind === 'SIGNING' ? [programs.indexOf(program)] : [],
      parent,
      city: organizations[host]?.city ?? pickCity(),
    });
  }
  return events;
}

/** For each organization, the people who ever held a position there. */
function staffByOrganization(count: number, people: SyntheticPerson[]): number[][] {
  const staff: number[][] = Array.from({ length: count }, () => []);
  people.forEach((person, p) => {
    for (const position of person.positions) staff[position.organization]?.push(p);
  });
  return staff;
}

function shortName(org: SyntheticOrganization | undefined): string {
  if (!org) return 'Unknown';
  return org.acronym && org.acronym.length > 1 ? org.acronym : (org.name.split(/[ ,]/)[0] ?? '');
}

function shuffledIndexes(random: Random, n: number): number[] {
  const order = Array.from({ length: n }, (_, i) => i);
  for (let i = n - 1; i > 0; i -= 1) {
    const j = random.int(0, i);
    [order[i], order[j]] = [order[j] ?? 0, order[i] ?? 0];
  }
  return order;
}

/** Hands out ids, numbering repeats (`person/wang-wei`, `person/wang-wei-2`, ...). */
class UniqueIds {
  private readonly counts = new Map<string, number>();

  take(base: string): string {
    const n = (this.counts.get(base) ?? 0) + 1;
    this.counts.set(base, n);
    return n === 1 ? base : `${base}-${n}`;
  }
}

const capitalize = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);
const pad2 = (n: number) => String(n).padStart(2, '0');
