/**
 * The allow-list of node labels and relationship types. Cypher text only ever interpolates
 * these constants; everything else travels as parameters.
 */
export const Label = {
  Person: 'Person',
  Organization: 'Organization',
  Program: 'Program',
  Event: 'Event',
  Place: 'Place',
  Source: 'Source',
  DiseaseArea: 'DiseaseArea',
  CooperationAspect: 'CooperationAspect',
  Position: 'Position',
  /** Who said, hoped or pledged what, about which programs and areas. */
  Statement: 'Statement',
  /** Unnamed participants of an event: "12 experts", with a count and whom they came for. */
  ParticipantGroup: 'ParticipantGroup',
  /** A curated term of a role or kind vocabulary, or a designation (`term/event-role/chair`). */
  Term: 'Term',
  Excerpt: 'Excerpt',
  /** Left by a merge: the merged id, pointing at the entity that was kept. */
  Redirect: 'Redirect',
  /** One recorded write (the audit trail). */
  AuditEntry: 'AuditEntry',
} as const;

export type Label = (typeof Label)[keyof typeof Label];

/** Labels of the entities that carry evidence and take part in paths. */
export const ENTITY_LABELS = [
  Label.Person,
  Label.Organization,
  Label.Program,
  Label.Event,
  Label.Place,
  Label.DiseaseArea,
  Label.CooperationAspect,
  Label.Position,
  Label.Statement,
  Label.ParticipantGroup,
  Label.Term,
] as const;

/**
 * Labels of shared vocabularies and places: paths through them ("both programs cover joint
 * education") are noise unless a connection asks for them.
 */
export const VOCABULARY_LABELS = [
  Label.DiseaseArea,
  Label.CooperationAspect,
  Label.Place,
  Label.Term,
] as const;

/**
 * Labels of the entities known by a name of their own: people, organizations, programs, events,
 * places and the two shared vocabularies. Search finds them by name and curators merge their
 * duplicates; the rest (positions, statements, participant groups, terms) hang off them.
 */
export const NAMED_ENTITY_LABELS = [
  Label.Person,
  Label.Organization,
  Label.Program,
  Label.Event,
  Label.Place,
  Label.DiseaseArea,
  Label.CooperationAspect,
] as const;

/** Labels indexed for full-text search over names and aliases. */
export const SEARCHABLE_LABELS = NAMED_ENTITY_LABELS;

/** Labels of the entities a curator can merge (sources are retracted, positions merge with their people). */
export const MERGEABLE_LABELS = NAMED_ENTITY_LABELS;

export const Rel = {
  /** (Person)->(Position) */
  HOLDS_POSITION: 'HOLDS_POSITION',
  /** (Position)->(Organization) */
  POSITION_AT: 'POSITION_AT',
  /** (Organization)->(Organization) {relation} */
  UNIT_OF: 'UNIT_OF',
  /** (Organization|Event|Program|Place)->(Place) */
  LOCATED_IN: 'LOCATED_IN',
  /** (Program)->(Organization|Place) {role, roleBroader} */
  HAS_PARTY: 'HAS_PARTY',
  /** (Person)->(Program) {role, roleBroader, onBehalfOf} */
  HAS_ROLE_IN: 'HAS_ROLE_IN',
  /** (Program)->(Program), (Event)->(Event) */
  PART_OF: 'PART_OF',
  /** (Program|Event)->(DiseaseArea) {wording} */
  FOCUSES_ON: 'FOCUSES_ON',
  /** (Program|Event)->(CooperationAspect) {wording} */
  COVERS_ASPECT: 'COVERS_ASPECT',
  /** (Person|ParticipantGroup)->(Event) {role, roleBroader, onBehalfOf} */
  PARTICIPATED_IN: 'PARTICIPATED_IN',
  /** (Event)->(Organization) */
  HOSTED_BY: 'HOSTED_BY',
  /** (Event)->(Organization) */
  VISITED: 'VISITED',
  /** (Event)->(Program) */
  PRODUCED: 'PRODUCED',
  /** (Event)->(Program) {relation}: the program an event belongs to */
  WITHIN_PROGRAM: 'WITHIN_PROGRAM',
  /** (Event)->(Program|Organization): who or what paid for the event */
  FUNDED_BY: 'FUNDED_BY',
  /** (Statement)->(Person) {onBehalfOf} */
  STATED_BY: 'STATED_BY',
  /** (Statement)->(Program|Organization|Event|Place|DiseaseArea|CooperationAspect) {wording} */
  ABOUT: 'ABOUT',
  /** (Statement)->(Event): where it was said */
  MADE_AT: 'MADE_AT',
  /** (Place|Organization)->(Term) {since}: "a national science center" */
  DESIGNATED_AS: 'DESIGNATED_AS',
  /** (Excerpt)->(Source): provenance, not a domain fact */
  QUOTES: 'QUOTES',
} as const;

export type Rel = (typeof Rel)[keyof typeof Rel];

/** The relationship types that state domain facts (everything but provenance). */
export const FACT_RELATIONSHIPS: readonly Rel[] = Object.values(Rel).filter(
  (type) => type !== Rel.QUOTES,
);

/** Id prefix of each label: `person/li-jun` is a Person. */
export const ID_PREFIX: Record<Label, string> = {
  Person: 'person/',
  Organization: 'org/',
  Program: 'program/',
  Event: 'event/',
  Place: 'place/',
  Source: 'source/',
  DiseaseArea: 'area/',
  CooperationAspect: 'aspect/',
  Position: 'position/',
  Statement: 'statement/',
  ParticipantGroup: 'group/',
  Term: 'term/',
  Excerpt: 'source/',
  Redirect: '',
  AuditEntry: 'audit/',
};

/** The label an id belongs to, from its prefix; null for an id of no known type. */
export function labelOfId(id: string): Label | null {
  if (id.includes('#')) return id.startsWith(ID_PREFIX.Source) ? Label.Excerpt : null;
  for (const [label, prefix] of Object.entries(ID_PREFIX) as [Label, string][]) {
    if (label === Label.Excerpt || label === Label.Redirect) continue;
    if (id.startsWith(prefix) && id.length > prefix.length) return label;
  }
  return null;
}

/** The properties that tell apart parallel relationships of one type between the same nodes. */
export const REL_KEY_PROPERTIES: Record<Rel, readonly string[]> = {
  HOLDS_POSITION: [],
  POSITION_AT: [],
  UNIT_OF: [],
  LOCATED_IN: [],
  HAS_PARTY: ['role'],
  HAS_ROLE_IN: ['role'],
  PART_OF: [],
  FOCUSES_ON: [],
  COVERS_ASPECT: [],
  PARTICIPATED_IN: ['role'],
  HOSTED_BY: [],
  VISITED: [],
  PRODUCED: [],
  WITHIN_PROGRAM: [],
  FUNDED_BY: [],
  STATED_BY: [],
  ABOUT: [],
  MADE_AT: [],
  DESIGNATED_AS: [],
  QUOTES: [],
};

/** Excerpt ids are the source id plus the quoted range: `source/x#120-180`. */
export function excerptId(sourceId: string, start: number, end: number): string {
  return `${sourceId}#${start}-${end}`;
}
