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
  term: 'terms',
  place: 'places',
  organization: 'organizations',
  person: 'people',
  diseaseArea: 'diseaseAreas',
  aspect: 'aspects',
  program: 'programs',
  event: 'events',
  statement: 'statements',
};

const SECTION_ORDER = [
  'terms',
  'places',
  'organizations',
  'people',
  'positions',
  'diseaseAreas',
  'aspects',
  'programs',
  'events',
  'statements',
  'amend',
];

/** Field order of each entity kind; links go in at their field's place. */
const ENTITY_FIELDS: Record<EntityKind, string[]> = {
  term: ['id', 'name', 'broader', 'aliases', 'description', 'evidence'],
  place: ['id', 'name', 'kind', 'aliases', 'within', 'designations', 'evidence'],
  organization: ['id', 'name', 'kind', 'acronym', 'aliases', 'unitOf', 'locatedIn', 'evidence'],
  person: ['id', 'name', 'honorific', 'aliases', 'evidence'],
  diseaseArea: ['id', 'name', 'aliases', 'evidence'],
  aspect: ['id', 'name', 'aliases', 'evidence'],
  program: [
    'id',
    'name',
    'kind',
    'status',
    'aliases',
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
    'aliases',
    'description',
    'partOf',
    'places',
    'hosts',
    'visited',
    'participants',
    'groups',
    'produced',
    'programs',
    'fundedBy',
    'diseaseAreas',
    'aspects',
    'evidence',
  ],
  statement: ['speaker', 'onBehalfOf', 'kind', 'quote', 'date', 'event', 'about', 'evidence'],
};

/**
 * Where each kind of link goes: the field of its owner (or the `positions` section), whether the
 * field holds one link or a list, and the link's own fields in order (from `refs` or `value`).
 * A `scalar` link adds its value alone to a list of strings (an alias).
 */
export const LINK_PLACES: Record<
  LinkKind,
  { field: string; single: boolean; fields: string[]; scalar?: string }
> = {
  position: {
    field: 'positions',
    single: false,
    fields: ['person', 'title', 'organization', 'attestedOn', 'evidence'],
  },
  placeWithin: { field: 'within', single: true, fields: ['place', 'evidence'] },
  unitOf: { field: 'unitOf', single: true, fields: ['organization', 'relation', 'evidence'] },
  locatedIn: { field: 'locatedIn', single: false, fields: ['place', 'evidence'] },
  party: {
    field: 'parties',
    single: false,
    fields: ['organization', 'place', 'role', 'evidence'],
  },
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
  group: {
    field: 'groups',
    single: false,
    fields: ['description', 'count', 'role', 'onBehalfOf', 'evidence'],
  },
  eventProgram: { field: 'programs', single: false, fields: ['program', 'relation', 'evidence'] },
  fundedBy: { field: 'fundedBy', single: false, fields: ['program', 'organization', 'evidence'] },
  eventArea: { field: 'diseaseAreas', single: false, fields: ['area', 'wording', 'evidence'] },
  eventAspect: { field: 'aspects', single: false, fields: ['aspect', 'wording', 'evidence'] },
  designation: {
    field: 'designations',
    single: false,
    fields: ['designation', 'since', 'evidence'],
  },
  alias: { field: 'aliases', single: false, fields: [], scalar: 'alias' },
  // The words of the quote that name the subject are its wording; the quote is its evidence.
  statementAbout: {
    field: 'about',
    single: false,
    fields: ['program', 'organization', 'event', 'place', 'area', 'aspect', 'wording'],
  },
};

/** The key an `amend` entry names its entity by, per entity kind (terms and statements have none). */
const AMEND_KEYS: Partial<Record<EntityKind, string>> = {
  person: 'person',
  organization: 'organization',
  program: 'program',
  event: 'event',
  place: 'place',
  diseaseArea: 'area',
  aspect: 'aspect',
};

/**
 * The links an `amend` entry can add to an entity already in the graph, and the field each
 * goes to there (a program's or event's places are its `locatedIn`).
 */
const AMEND_PLACES: Partial<Record<LinkKind, { field: string; single: boolean }>> = {
  alias: { field: 'aliases', single: false },
  unitOf: { field: 'unitOf', single: true },
  locatedIn: { field: 'locatedIn', single: false },
  eventPlace: { field: 'locatedIn', single: false },
  programPlace: { field: 'locatedIn', single: false },
  placeWithin: { field: 'within', single: true },
  designation: { field: 'designations', single: false },
};

/** Entity kinds a document may define again to add links an `amend` entry cannot hold. */
const RESTATABLE = new Set<EntityKind>(['program', 'event']);

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
  /** Fact key -> path in the document (`people[2]`, `programs[0].parties[1]`, `amend[0]`). */
  paths: Map<string, (string | number)[]>;
  /** Facts left out, with why (a dropped entity they depend on, an owner already in the graph). */
  omitted: Map<string, string>;
  /** Known programs and events defined again (their stored name and kind) to add links. */
  restated: Set<string>;
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
 * The fields of `refs` a fact cannot do without: those it names no fallback value for and does
 * not list as optional. Dropping the entity of such a field drops the fact.
 */
export function requiredRefs(fact: DraftFact): string[] {
  return Object.keys(fact.refs ?? {}).filter(
    (field) => !(fact.optional ?? []).includes(field) && fact.value[field] === undefined,
  );
}

/**
 * A fact's reference fields as ids of the kept entities: a dropped term falls back to the
 * fact's own value, a dropped optional entity is left out; the name of the first required field
 * whose entity is gone otherwise.
 */
function referenceFields(
  fact: DraftFact,
  entities: Map<string, EntityFact>,
): { fields: Record<string, string> } | { missing: string } {
  const fields: Record<string, string> = {};
  const required = requiredRefs(fact);
  for (const [field, key] of Object.entries(fact.refs ?? {})) {
    const entity = entities.get(key);
    if (entity) fields[field] = entity.id;
    else if (required.includes(field)) return { missing: field };
  }
  return { fields };
}

/**
 * Assembles the import document from the facts kept: new entities are defined, known ones
 * referred to by id; each link goes into its owner, into an `amend` entry when its owner is in
 * the graph already (an alias, a unit link, a place, a designation), or into a restated
 * definition of a known program or event (its name and kind as the graph has them) for the
 * links an amendment cannot hold; a fact whose entities are gone is left out. Pure: the same
 * facts always give the same document.
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

  // Entities whose required references are gone (a statement without its speaker) go too.
  for (const fact of [...entities.values()]) {
    const refs = referenceFields(fact, entities);
    if ('missing' in refs) {
      omitted.set(fact.key, `its ${refs.missing} was dropped`);
      entities.delete(fact.key);
    }
  }

  const links = facts.filter((f): f is LinkFact => f.type === 'link');
  const usable = new Map<string, Record<string, string>>();
  for (const link of links) {
    if (link.owner !== null && !entities.has(link.owner)) {
      omitted.set(link.key, 'its owner was dropped');
      continue;
    }
    const refs = referenceFields(link, entities);
    if ('missing' in refs) omitted.set(link.key, `its ${refs.missing} was dropped`);
    else usable.set(link.key, refs.fields);
  }
  // A known program or event is defined again when it gains links an amendment cannot hold.
  const restated = new Set<string>();
  for (const link of links) {
    const owner = link.owner === null ? undefined : entities.get(link.owner);
    if (usable.has(link.key) && owner?.existing && RESTATABLE.has(owner.kind))
      if (!AMEND_PLACES[link.kind]) restated.add(owner.key);
  }

  const defined = new Map<string, Record<string, unknown>>();
  const sections = new Map<string, Record<string, unknown>[]>();
  for (const fact of entities.values()) {
    if (fact.existing && !restated.has(fact.key)) continue;
    const section = SECTIONS[fact.kind];
    const list = sections.get(section) ?? [];
    sections.set(section, list);
    const refs = referenceFields(fact, entities);
    const chosen = fact.candidates.find((c) => c.id === fact.id);
    const entry: Record<string, unknown> = fact.existing
      ? // Restated: the graph's name and kind, so that nothing stored is replaced.
        {
          id: fact.id,
          name: chosen?.name ?? fact.value.name,
          kind: chosen?.kind ?? fact.value.kind,
          evidence: evidenceOf(draft.text, fact.excerpts),
        }
      : {
          ...fact.value,
          ...('fields' in refs ? refs.fields : {}),
          ...(fact.id !== '' ? { id: fact.id } : {}),
          ...(fact.quote ? { quote: evidenceOf(draft.text, [fact.quote])[0] } : {}),
          evidence: evidenceOf(draft.text, fact.excerpts),
        };
    paths.set(fact.key, [section, list.length]);
    list.push(entry);
    defined.set(fact.key, entry);
  }

  const positions: Record<string, unknown>[] = [];
  const amend: Record<string, unknown>[] = [];
  const amendOf = new Map<string, Record<string, unknown>>();
  for (const fact of links) {
    const refFields = usable.get(fact.key);
    if (!refFields) continue;
    const place = LINK_PLACES[fact.kind];
    const evidence = evidenceOf(draft.text, fact.excerpts);
    const fields: Record<string, unknown> = { ...fact.value, ...refFields, evidence };
    const link = ordered(fields, place.fields);
    const scalar = place.scalar ? fact.value[place.scalar] : undefined;
    if (fact.owner === null) {
      paths.set(fact.key, ['positions', positions.length]);
      positions.push(link);
      continue;
    }
    const owner = entities.get(fact.owner);
    if (!owner) continue;
    const entry = defined.get(fact.owner);
    if (!entry) {
      const amendKey = AMEND_KEYS[owner.kind];
      const amendment = AMEND_PLACES[fact.kind];
      if (!amendKey || !amendment) {
        omitted.set(fact.key, `${owner.id} is already in the graph`);
        continue;
      }
      let record = amendOf.get(owner.key);
      if (!record) {
        record = { [amendKey]: owner.id, evidence: [] };
        amendOf.set(owner.key, record);
        paths.set(owner.key, ['amend', amend.length]);
        amend.push(record);
      }
      const index = amend.indexOf(record);
      const known = record.evidence as EvidenceItem[];
      for (const item of evidence)
        if (!known.some((k) => JSON.stringify(k) === JSON.stringify(item))) known.push(item);
      const value = scalar ?? link;
      if (amendment.single) {
        record[amendment.field] = value;
        paths.set(fact.key, ['amend', index, amendment.field]);
      } else {
        const list = (record[amendment.field] as unknown[] | undefined) ?? [];
        record[amendment.field] = list;
        if (scalar === undefined)
          paths.set(fact.key, ['amend', index, amendment.field, list.length]);
        else paths.set(fact.key, ['amend', index]);
        if (!list.includes(value)) list.push(value);
      }
      continue;
    }
    const ownerPath = paths.get(fact.owner) ?? [];
    if (scalar !== undefined) {
      const list = (entry[place.field] as unknown[] | undefined) ?? [];
      if (!list.includes(scalar)) entry[place.field] = [...list, scalar];
      paths.set(fact.key, ownerPath);
    } else if (place.single) {
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
  if (amend.length > 0)
    sections.set(
      'amend',
      amend.map((entry) =>
        ordered(entry, [
          ...Object.values(AMEND_KEYS),
          'aliases',
          'unitOf',
          'locatedIn',
          'within',
          'designations',
          'evidence',
        ]),
      ),
    );

  const document: Record<string, unknown> = {
    source: ordered(source, ['id', 'title', 'kind', 'date', 'language', 'textFile', 'text']),
  };
  for (const section of SECTION_ORDER) {
    const list = sections.get(section);
    if (!list || list.length === 0) continue;
    const kind = (Object.keys(SECTIONS) as EntityKind[]).find((k) => SECTIONS[k] === section);
    document[section] = kind ? list.map((entry) => ordered(entry, ENTITY_FIELDS[kind])) : list;
  }
  return { document, paths, omitted, restated };
}

/** The facts of a draft that sit in `key` or cannot do without it, for dropping them together. */
export function dependentsOf(facts: DraftFact[], key: string): DraftFact[] {
  return facts.filter(
    (fact) =>
      fact.key !== key &&
      ((fact.type === 'link' && fact.owner === key) ||
        requiredRefs(fact).some((field) => fact.refs?.[field] === key)),
  );
}
