import type { DocumentInput } from '../import/documentSchema';
import type {
  SyntheticEvent,
  SyntheticOrganization,
  SyntheticPerson,
  SyntheticProgram,
  SyntheticWorld,
} from './syntheticWorld';
import { scaled } from './syntheticWorld';

type Organization = NonNullable<DocumentInput['organizations']>[number];
type Person = NonNullable<DocumentInput['people']>[number];
type Position = NonNullable<DocumentInput['positions']>[number];
type Program = NonNullable<DocumentInput['programs']>[number];
type Event = NonNullable<DocumentInput['events']>[number];

/** Organizations per organization-profile document. */
const ORGANIZATIONS_PER_DOCUMENT = 10;
/** Staff-news documents at scale 1 (people are spread evenly over them). */
const STAFF_DOCUMENTS = 1_799;

const KIND_WORDS: Record<string, string> = {
  UNIVERSITY: 'university',
  HOSPITAL: 'hospital',
  DEPARTMENT: 'department',
  COMPANY: 'company',
  RESEARCH_INSTITUTE: 'research institute',
  GENE_BANK: 'gene bank',
  GOVERNMENT_BODY: 'government body',
  PARTY_COMMITTEE: 'party committee',
};
const PROGRAM_ROLE_VERBS = { SIGNED: 'signed', LEADS: 'leads', REPRESENTS: 'represents' } as const;

/** How many documents `syntheticDocuments(world)` yields. */
export function countSyntheticDocuments(world: SyntheticWorld): number {
  return (
    1 +
    Math.ceil(world.organizations.length / ORGANIZATIONS_PER_DOCUMENT) +
    Math.ceil(world.people.length / peoplePerStaffDocument(world)) +
    world.programs.length +
    world.events.length
  );
}

function peoplePerStaffDocument(world: SyntheticWorld): number {
  return Math.ceil(world.people.length / scaled(STAFF_DOCUMENTS, world.scale));
}

/**
 * Writes a synthetic world up as import documents, one per source, in an order where every
 * reference points at an entity an earlier document (or the same one) defined: the reference
 * vocabulary, organization profiles, staff news with careers, program news, event reports.
 * Each fact quotes a sentence of its source's text, exactly as a curator's document would.
 * Lazy, so a large scale never holds all documents in memory.
 */
export function* syntheticDocuments(world: SyntheticWorld): Generator<DocumentInput> {
  let serial = 0;
  const sourceId = () => {
    serial += 1;
    return `source/synthetic-${world.seed}-${String(serial).padStart(6, '0')}`;
  };
  yield referenceDocument(world, sourceId());

  for (let i = 0; i < world.organizations.length; i += ORGANIZATIONS_PER_DOCUMENT) {
    const slice = world.organizations.slice(i, i + ORGANIZATIONS_PER_DOCUMENT);
    yield organizationDocument(world, sourceId(), slice);
  }

  const perDocument = peoplePerStaffDocument(world);
  for (let i = 0; i < world.people.length; i += perDocument) {
    const slice = world.people.slice(i, i + perDocument);
    yield staffDocument(world, sourceId(), slice, 2000 + ((i / perDocument) % 25));
  }

  for (const program of world.programs) yield programDocument(world, sourceId(), program);
  for (const event of world.events) yield eventDocument(world, sourceId(), event);
}

/** Collects a source text sentence by sentence; each sentence is the excerpt of its fact. */
class Text {
  private readonly sentences: string[] = [];
  private readonly seen = new Set<string>();

  /** Adds a sentence (once) and returns it, for use as an excerpt. */
  say(sentence: string): string {
    if (!this.seen.has(sentence)) {
      this.seen.add(sentence);
      this.sentences.push(sentence);
    }
    return sentence;
  }

  toString(): string {
    return this.sentences.join(' ');
  }
}

function source(id: string, title: string, date: string, text: Text): DocumentInput['source'] {
  return {
    id,
    title,
    kind: 'REPORT',
    publisher: 'Synthetic Cooperation News',
    date,
    language: 'en',
    text: text.toString(),
  };
}

function referenceDocument(world: SyntheticWorld, id: string): DocumentInput {
  const text = new Text();
  const places = world.places.map((place) => {
    const province = place.within === null ? undefined : world.places[place.within];
    const sentence = text.say(
      province ? `${place.name} is a city in ${province.name}.` : `${place.name} is a province.`,
    );
    return {
      id: place.id,
      name: place.name,
      kind: place.kind,
      ...(province ? { within: { place: province.id, evidence: [sentence] } } : {}),
      evidence: [sentence],
    };
  });
  const term = (t: { id: string; name: string; aliases: readonly string[] }, what: string) => {
    const sentence = text.say(`${t.name} (also: ${t.aliases.join(', ')}) is a ${what}.`);
    return { id: t.id, name: t.name, aliases: [...t.aliases], evidence: [sentence] };
  };
  const diseaseAreas = world.areas.map((a) => term(a, 'disease focus area'));
  const aspects = world.aspects.map((a) => term(a, 'cooperation aspect'));
  return {
    source: source(id, 'Reference vocabulary of places, disease areas and aspects', '2000', text),
    places,
    diseaseAreas,
    aspects,
  };
}

function organizationDocument(
  world: SyntheticWorld,
  id: string,
  slice: SyntheticOrganization[],
): DocumentInput {
  const text = new Text();
  const organizations = slice.map((org): Organization => {
    const city = world.places[org.city];
    const intro = text.say(
      `${org.name}${org.acronym ? ` (${org.acronym})` : ''} is a ${KIND_WORDS[org.kind] ?? 'organization'} based in ${city?.name ?? 'China'}.`,
    );
    const parent = org.parent === null ? undefined : world.organizations[org.parent];
    return {
      id: org.id,
      name: org.name,
      kind: org.kind,
      ...(org.acronym ? { acronym: org.acronym } : {}),
      ...(parent
        ? {
            unitOf: {
              organization: parent.id,
              relation: org.relation ?? 'unit',
              evidence: [
                text.say(`${org.name} is the ${org.relation ?? 'unit'} of ${parent.name}.`),
              ],
            },
          }
        : {}),
      ...(city ? { locatedIn: [{ place: city.id, evidence: [intro] }] } : {}),
      evidence: [intro],
    };
  });
  return {
    source: source(id, `Organization profiles: ${slice[0]?.name ?? ''} and others`, '2005', text),
    organizations,
  };
}

function staffDocument(
  world: SyntheticWorld,
  id: string,
  slice: SyntheticPerson[],
  year: number,
): DocumentInput {
  const text = new Text();
  const people: Person[] = [];
  const positions: Position[] = [];
  for (const person of slice) {
    people.push({
      id: person.id,
      name: person.name,
      honorific: person.honorific,
      aliases: [person.alias],
      evidence: [
        text.say(`${person.honorific} ${person.name} (${person.alias}) is profiled below.`),
      ],
    });
    for (const position of person.positions) {
      const org = world.organizations[position.organization];
      if (!org) continue;
      const sentence =
        position.end === null
          ? `${person.name} has been ${position.title} of ${org.name} since ${position.start}.`
          : `${person.name} served as ${position.title} of ${org.name} from ${position.start} to ${position.end}.`;
      positions.push({
        person: person.id,
        title: position.title,
        organization: org.id,
        start: String(position.start),
        ...(position.end === null ? {} : { end: String(position.end) }),
        evidence: [text.say(sentence)],
      });
    }
  }
  return {
    source: source(id, `Staff news: ${slice[0]?.name ?? ''} and colleagues`, String(year), text),
    people,
    positions,
  };
}

function programDocument(
  world: SyntheticWorld,
  id: string,
  program: SyntheticProgram,
): DocumentInput {
  const text = new Text();
  const intro = text.say(
    `The ${program.name} started in ${program.start}${program.end === null ? '' : ` and ended in ${program.end}`}.`,
  );
  const evidence = [intro];
  if (program.principle) {
    evidence.push(text.say(`It follows the principle of ${program.principle}.`));
  }
  const parent = program.parent === null ? undefined : world.programs[program.parent];
  const city = world.places[program.city];
  const entity: Program = {
    id: program.id,
    name: program.name,
    kind: program.kind,
    status: program.status,
    start: String(program.start),
    ...(program.end === null ? {} : { end: String(program.end) }),
    ...(program.principle ? { principle: program.principle } : {}),
    ...(parent
      ? {
          partOf: {
            program: parent.id,
            evidence: [text.say(`It is a line of work of the ${parent.name}.`)],
          },
        }
      : {}),
    parties: program.parties.flatMap(({ organization, role }) => {
      const org = world.organizations[organization];
      if (!org) return [];
      const sentence = `${org.name} takes part as ${role.toLowerCase()}.`;
      return [{ organization: org.id, role, evidence: [text.say(sentence)] }];
    }),
    people: program.people.flatMap(({ person, role, onBehalfOf }) => {
      const who = world.people[person];
      const org = world.organizations[onBehalfOf];
      if (!who || !org) return [];
      const sentence = `${who.honorific} ${who.name} ${PROGRAM_ROLE_VERBS[role]} it for ${org.name}.`;
      return [{ person: who.id, role, onBehalfOf: org.id, evidence: [text.say(sentence)] }];
    }),
    diseaseAreas: program.areas.flatMap(({ area, wording }) => {
      const term = world.areas[area];
      if (!term) return [];
      const sentence = `The work focuses on ${wording}.`;
      return [{ area: term.id, wording, evidence: [text.say(sentence)] }];
    }),
    aspects: program.aspects.flatMap(({ aspect, wording }) => {
      const term = world.aspects[aspect];
      if (!term) return [];
      const sentence = `Cooperation covers ${wording}.`;
      return [{ aspect: term.id, wording, evidence: [text.say(sentence)] }];
    }),
    ...(city
      ? { places: [{ place: city.id, evidence: [text.say(`It is based in ${city.name}.`)] }] }
      : {}),
    evidence,
  };
  return { source: source(id, program.name, String(program.start), text), programs: [entity] };
}

function eventDocument(world: SyntheticWorld, id: string, event: SyntheticEvent): DocumentInput {
  const text = new Text();
  const intro = text.say(`The ${event.name} took place on ${event.date}.`);
  const host = world.organizations[event.host];
  const visitor = world.organizations[event.visitor];
  const city = world.places[event.city];
  const parent = event.parent === null ? undefined : world.events[event.parent];
  const entity: Event = {
    id: event.id,
    name: event.name,
    kind: event.kind,
    date: event.date,
    ...(parent
      ? {
          partOf: {
            event: parent.id,
            evidence: [text.say(`It was part of the ${parent.name}.`)],
          },
        }
      : {}),
    ...(city
      ? { places: [{ place: city.id, evidence: [text.say(`It was held in ${city.name}.`)] }] }
      : {}),
    hosts: host ? [{ organization: host.id, evidence: [text.say(`${host.name} hosted it.`)] }] : [],
    ...(event.kind === 'VISIT' && host && visitor
      ? {
          visited: [
            {
              organization: host.id,
              evidence: [text.say(`The ${visitor.name} delegation visited ${host.name}.`)],
            },
          ],
        }
      : {}),
    participants: event.participants.flatMap(({ person, role, onBehalfOf }) => {
      const who = world.people[person];
      const org = world.organizations[onBehalfOf];
      if (!who || !org) return [];
      const sentence = `${who.name} of ${org.name} attended as ${role.toLowerCase()}.`;
      return [{ person: who.id, role, onBehalfOf: org.id, evidence: [text.say(sentence)] }];
    }),
    produced: event.produced.flatMap((p) => {
      const program = world.programs[p];
      if (!program) return [];
      const sentence = `It produced the ${program.name}.`;
      return [{ program: program.id, evidence: [text.say(sentence)] }];
    }),
    evidence: [intro],
  };
  return { source: source(id, event.name, event.date, text), events: [entity] };
}
