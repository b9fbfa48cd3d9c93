/**
 * The structured draft: a list of facts, each small enough to accept, edit or drop on its own,
 * from which the import document is assembled (output/assembleDocument.ts). Pure types with no
 * imports, shared by the server and the curator page (web/src/curate).
 */

/**
 * The sections of the import format that hold entities: a `term` is a role, kind or
 * designation of the curated vocabularies (`terms:`), a `statement` who said what
 * (`statements:`, its id computed by the importer).
 */
export type EntityKind =
  | 'term'
  | 'place'
  | 'organization'
  | 'person'
  | 'diseaseArea'
  | 'aspect'
  | 'program'
  | 'event'
  | 'statement';

/**
 * The facts that link entities, each named after the field of the format it fills. A new kind
 * of fact (a new field of the format) is a new member here and one line in assembleDocument's
 * table of where links go.
 */
export type LinkKind =
  | 'position'
  | 'placeWithin'
  | 'unitOf'
  | 'locatedIn'
  | 'party'
  | 'programPerson'
  | 'programArea'
  | 'programAspect'
  | 'programPlace'
  | 'programPartOf'
  | 'eventPlace'
  | 'host'
  | 'visited'
  | 'participant'
  | 'produced'
  | 'eventPartOf'
  | 'group'
  | 'eventProgram'
  | 'fundedBy'
  | 'eventArea'
  | 'eventAspect'
  | 'designation'
  | 'alias'
  | 'statementAbout';

/** A quotation of the article with where it stands (UTF-16 offsets, end exclusive). */
export interface DraftExcerpt {
  quote: string;
  start: number;
  end: number;
}

/** An id the curator may choose for an entity, with why it is offered. */
export interface DraftCandidate {
  id: string;
  /** The entity's name in the graph, or the name a new entity would get. */
  name: string;
  /** True when the graph already holds this id (the entity is then referred to, not defined). */
  existing: boolean;
  /** What matched: `name`, `alias`, `acronym`, `variant` (a reordered or shortened name), `new`. */
  match: string;
  /** How likely this is the entity meant, 0..1. */
  score: number;
  /** What the graph says about it (its kind, a position), to tell two candidates apart. */
  note?: string;
  /** For a known program or event: its stored kind, restated when the draft adds links to it. */
  kind?: string;
}

interface FactBase {
  /** Stable within one draft: `person:3`, `position:7`. */
  key: string;
  /** What a curator reads in the list: "Wang Yu", "Vice President at Fourth Affiliated ...". */
  label: string;
  /** How sure the extractor is, 0..1. */
  confidence: number;
  /** What a curator should check (rendered as `# check: ...` in the YAML). */
  checks: string[];
  /** Where the article states it; the first is the one the page highlights. */
  excerpts: DraftExcerpt[];
  /**
   * Fields of the format -> keys of the entity facts they point at. A link needs every entity
   * it names; a field with a value of its own (a role term's built-in `role`, a kind term's
   * `kind`) falls back to that value when its term is dropped, and a field listed in `optional`
   * is left out.
   */
  refs?: Record<string, string>;
  /** Fields of `refs` the fact does without (an `onBehalfOf`, a statement's `event`). */
  optional?: string[];
}

/** An entity the article names: defined in the document when new, referred to by id when known. */
export interface EntityFact extends FactBase {
  type: 'entity';
  kind: EntityKind;
  /** The chosen id (one of `candidates`). */
  id: string;
  /** True when `id` is already in the graph: the document refers to it instead of defining it. */
  existing: boolean;
  candidates: DraftCandidate[];
  /** The entity's fields in the format (id and evidence included), without its links. */
  value: Record<string, unknown>;
  /** For statements: the quotation, verbatim (the page highlights it apart). */
  quote?: DraftExcerpt;
}

/** A link between entities; its `refs` name entity facts by key, resolved to ids on assembly. */
export interface LinkFact extends FactBase {
  type: 'link';
  kind: LinkKind;
  /** The entity fact the link sits in (null for positions, a section of their own). */
  owner: string | null;
  /** Field of the format -> key of the entity fact it points at. */
  refs: Record<string, string>;
  /** The link's other fields (role, title, relation, wording, attestedOn, evidence). */
  value: Record<string, unknown>;
}

export type DraftFact = EntityFact | LinkFact;

/** The source part of a draft. */
export interface DraftSource {
  id: string;
  title: string;
  date: string | null;
  /** Either inline text or a path of the text file relative to the document. */
  text?: string;
  textFile?: string;
}

/** A draft: the source, its facts, and the document they assemble into. */
export interface Draft {
  source: DraftSource;
  facts: DraftFact[];
  /** The article text the excerpts quote. */
  text: string;
}
