import type {
  Draft,
  DraftExcerpt,
  DraftFact,
  EntityFact,
  EntityKind,
  LinkFact,
  LinkKind,
} from '../draftTypes';

/** The document sections of the entity kinds, in the order the guide writes them. */
export const SECTIONS: Record<EntityKind, string> = {
  place: 'places',
  organization: 'organizations',
  person: 'people',
  diseaseArea: 'diseaseAreas',
  aspect: 'aspects',
  program: 'programs',
  event: 'events',
};

const SECTION_ORDER = [
  'places',
  'organizations',
  'people',
  'positions',
  'diseaseAreas',
  'aspects',
  'programs',
  'events',
];

/** Field order of each entity kind; links go in at their field's place. */
const ENTITY_FIELDS: Record<EntityKind, string[]> = {
  place: ['id', 'name', 'kind', 'aliases', 'within', 'evidence'],
  organization: ['id', 'name', 'kind', 'acronym', 'aliases', 'unitOf', 'locatedIn', 'evidence'],
  person: ['id', 'name', 'honorific', 'aliases', 'evidence'],
  diseaseArea: ['id', 'name', 'aliases', 'evidence'],
  aspect: ['id', 'name', 'aliases', 'evidence'],
  program: [
    'id',
    'name',
    'kind',
    'status',
    'start',
    'principle',
    'description',
    'partOf',
    'parties',
    'people',
    'aspects',
    'diseaseAreas',
    'places',
    'evidence',
  ],
  event: [
    'id',
    'name',
    'kind',
    'date',
    'description',
    'partOf',
    'places',
    'hosts',
    'visited',
    'participants',
    'produced',
    'evidence',
  ],
};

/**
 * Where each kind of link goes: the field of its owner (or the `positions` section), whether the
 * field holds one link or a list, and the link's own fields in order (from `refs` or `value`).
 */
export const LINK_PLACES: Record<LinkKind, { field: string; single: boolean; fields: string[] }> = {
  position: {
    field: 'positions',
    single: false,
    fields: ['person', 'title', 'organization', 'attestedOn', 'evidence'],
  },
  placeWithin: { field: 'within', single: true, fields: ['place', 'evidence'] },
  unitOf: { field: 'unitOf', single: true, fields: ['organization', 'relation', 'evidence'] },
  locatedIn: { field: 'locatedIn', single: false, fields: ['place', 'evidence'] },
  party: { field: 'parties', single: false, fields: ['organization', 'role', 'evidence'] },
  programPerson: {
    field: 'people',
    single: false,
    fields: ['person', 'role', 'onBehalfOf', 'evidence'],
  },
  programArea: { field: 'diseaseAreas', single: false, fields: ['area', 'wording', 'evidence'] },
  programAspect: { field: 'aspects', single: false, fields: ['aspect', 'wording', 'evidence'] },
  programPlace: { field: 'places', single: false, fields: ['place', 'evidence'] },
  programPartOf: { field: 'partOf', single: true, fields: ['program', 'evidence'] },
  eventPlace: { field: 'places', single: false, fields: ['place', 'evidence'] },
  host: { field: 'hosts', single: false, fields: ['organization', 'evidence'] },
  visited: { field: 'visited', single: false, fields: ['organization', 'evidence'] },
  participant: {
    field: 'participants',
    single: false,
    fields: ['person', 'role', 'onBehalfOf', 'evidence'],
  },
  produced: { field: 'produced', single: false, fields: ['program', 'evidence'] },
  eventPartOf: { field: 'partOf', single: true, fields: ['event', 'evidence'] },
};

/** An excerpt of the format: the quote, with its occurrence when an earlier one exists. */
export type EvidenceItem = string | { quote: string; occurrence: number };

/** The format's evidence for excerpts: each quote with the occurrence its offset is. */
export function evidenceOf(text: string, excerpts: DraftExcerpt[]): EvidenceItem[] {
  const items: EvidenceItem[] = [];
  const seen = new Set<string>();
  for (const excerpt of excerpts) {
    const key = `${excerpt.start}:${excerpt.end}`;
    if (seen.has(key)) continue;
    seen.add(key);
    let occurrence = 1;
    for (
      let at = text.indexOf(excerpt.quote);
      at >= 0 && at < excerpt.start;
      at = text.indexOf(excerpt.quote, at + 1)
    ) {
      occurrence += 1;
    }
    items.push(occurrence === 1 ? excerpt.quote : { quote: excerpt.quote, occurrence });
  }
  return items;
}

/** A document assembled from facts, with where each fact landed (for comments and the page). */
export interface AssembledDocument {
  document: Record<string, unknown>;
  /** Fact key -> path in the document (`people[2]`, `programs[0].parties[1]`). */
  paths: Map<string, (string | number)[]>;
  /** Facts left out, with why (a dropped entity they depend on, an owner already in the graph). */
  omitted: Map<string, string>;
}

function ordered(record: Record<string, unknown>, order: string[]): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const field of order) {
    const value = record[field];
    if (value === undefined || value === null || (Array.isArray(value) && value.length === 0))
      continue;
    out[field] = value;
  }
  return out;
}

/**
 * Assembles the import document from the facts kept: new entities are defined, known ones only
 * referred to by id, each link goes into its owner, and a link whose entities are gone is left
 * out. Pure: the same facts always give the same document.
 */
export function assembleDocument(
  draft: Draft,
  facts: DraftFact[] = draft.facts,
): AssembledDocument {
  const entities = new Map<string, EntityFact>();
  for (const fact of facts) if (fact.type === 'entity') entities.set(fact.key, fact);
  const paths = new Map<string, (string | number)[]>();
  const omitted = new Map<string, string>();

  const source: Record<string, unknown> = {
    id: draft.source.id,
    title: draft.source.title,
    kind: 'ARTICLE',
    date: draft.source.date ?? undefined,
    language: 'en',
    ...(draft.source.textFile !== undefined
      ? { textFile: draft.source.textFile }
      : { text: draft.source.text ?? draft.text }),
  };

  const defined = new Map<string, Record<string, unknown>>();
  const sections = new Map<string, Record<string, unknown>[]>();
  for (const fact of entities.values()) {
    if (fact.existing) continue;
    const section = SECTIONS[fact.kind];
    const list = sections.get(section) ?? [];
    sections.set(section, list);
    const entry: Record<string, unknown> = {
      ...fact.value,
      id: fact.id,
      evidence: evidenceOf(draft.text, fact.excerpts),
    };
    paths.set(fact.key, [section, list.length]);
    list.push(entry);
    defined.set(fact.key, entry);
  }

  const positions: Record<string, unknown>[] = [];
  for (const fact of facts) {
    if (fact.type !== 'link') continue;
    const missing = Object.entries(fact.refs).find(([, key]) => !entities.has(key));
    if (missing) {
      omitted.set(fact.key, `its ${missing[0]} was dropped`);
      continue;
    }
    const place = LINK_PLACES[fact.kind];
    const fields: Record<string, unknown> = {
      ...fact.value,
      evidence: evidenceOf(draft.text, fact.excerpts),
    };
    for (const [field, key] of Object.entries(fact.refs)) fields[field] = entities.get(key)?.id;
    const link = ordered(fields, place.fields);
    if (fact.owner === null) {
      paths.set(fact.key, ['positions', positions.length]);
      positions.push(link);
      continue;
    }
    const owner = entities.get(fact.owner);
    const entry = defined.get(fact.owner);
    if (!owner || !entry) {
      omitted.set(
        fact.key,
        owner ? `${owner.id} is already in the graph` : 'its owner was dropped',
      );
      continue;
    }
    const ownerPath = paths.get(fact.owner) ?? [];
    if (place.single) {
      entry[place.field] = link;
      paths.set(fact.key, [...ownerPath, place.field]);
    } else {
      const list = (entry[place.field] as Record<string, unknown>[] | undefined) ?? [];
      entry[place.field] = list;
      paths.set(fact.key, [...ownerPath, place.field, list.length]);
      list.push(link);
    }
  }
  if (positions.length > 0) sections.set('positions', positions);

  const document: Record<string, unknown> = {
    source: ordered(source, ['id', 'title', 'kind', 'date', 'language', 'textFile', 'text']),
  };
  for (const section of SECTION_ORDER) {
    const list = sections.get(section);
    if (!list || list.length === 0) continue;
    const kind = (Object.keys(SECTIONS) as EntityKind[]).find((k) => SECTIONS[k] === section);
    document[section] = kind ? list.map((entry) => ordered(entry, ENTITY_FIELDS[kind])) : list;
  }
  return { document, paths, omitted };
}

/** The link facts of a draft that point at or sit in `key`, for dropping them together. */
export function dependentsOf(facts: DraftFact[], key: string): LinkFact[] {
  return facts.filter(
    (fact): fact is LinkFact =>
      fact.type === 'link' && (fact.owner === key || Object.values(fact.refs).includes(key)),
  );
}
