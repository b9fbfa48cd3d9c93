import type { Label, Rel } from '../db/labelsAndTypes';

/** A quotation of the source, located in its stored text. */
export interface ExcerptRecord {
  id: string;
  sourceId: string;
  text: string;
  start: number;
  end: number;
}

/** Alternative names of an entity, in the three stored forms (see `encodeNames`). */
export interface NameSet {
  /** `KIND|language|value` entries, the full record. */
  entries: string[];
  /** The values alone (indexed for search). */
  values: string[];
  /** Normalised keys of the display name and every alternative name (alias resolution). */
  matchKeys: string[];
}

/** A stored property value: text, or a whole number (stored as a Neo4j integer). */
export type PropertyValue = string | number | null;

/** Create or update one node. Lists (names, evidence) are merged with what is stored. */
export interface NodeUpsert {
  label: Label;
  id: string;
  props: Record<string, PropertyValue>;
  /** Date properties as `YYYY-MM-DD` (stored as Neo4j dates). */
  dates: Record<string, string>;
  names: NameSet;
  evidenceIds: string[];
  /** Properties this write removes (a date that is no longer an EDTF form, a custom kind). */
  clear?: string[];
  /**
   * List properties united with what is stored and kept sorted, so that the stored list does
   * not depend on the order documents arrive in (a position's `attestations`).
   */
  sets?: Record<string, string[]>;
  /**
   * Names that become alternative names of the entity unless they are its stored display name:
   * the names of definitions under an id a merge redirected to this entity (the merge decided
   * which display name stays).
   */
  aliasNames?: string[];
  /** Where the entity is defined in the document, e.g. `people[2]`. */
  path: string;
}

/**
 * Additions to an entity the document does not define: names, external ids and evidence from an
 * `amend` entry, or (a mention) the excerpt of a fact that names it, added only when the entity
 * holds no excerpt of this source yet. Written with MATCH: the entity must exist.
 */
export interface NodeAmendment {
  label: Label;
  id: string;
  props: Record<string, string>;
  names: NameSet;
  evidenceIds: string[];
  /** A mention: add the evidence only if no excerpt of `sourceId` is there yet. */
  mention: boolean;
  sourceId: string;
  path: string;
}

/** Create or update one relationship, identified by its endpoints, type and key properties. */
export interface RelationshipUpsert {
  type: Rel;
  fromLabel: Label;
  fromId: string;
  toLabel: Label;
  toId: string;
  /** Properties that identify the relationship among parallel ones (e.g. `role`). */
  key: Record<string, string>;
  props: Record<string, string | null>;
  evidenceIds: string[];
  path: string;
}

/** A reference the document made by name or alias and the id it resolved to. */
export interface ResolvedAlias {
  path: string;
  reference: string;
  id: string;
}

/** Something a curator should look at, though the document is valid. */
export interface ImportWarning {
  path: string;
  message: string;
}

/** An id of the document that a merge replaced, and the id of the entity it stands for. */
export interface Redirected {
  id: string;
  to: string;
}

/** A term a plan refers to by id in a property, and the built-in value it counted as. */
export interface TermUse {
  id: string;
  broader: string | null;
}

/** Everything one document will write, validated and resolved. */
export interface ImportPlan {
  source: NodeUpsert;
  excerpts: ExcerptRecord[];
  nodes: NodeUpsert[];
  amendments: NodeAmendment[];
  relationships: RelationshipUpsert[];
  resolvedAliases: ResolvedAlias[];
  warnings: ImportWarning[];
  /**
   * The document's ids (definitions and references) that merges redirected when it was planned:
   * the write checks, under its locks, that they still point where the plan assumed.
   */
  redirected: Redirected[];
  /**
   * The terms the plan stores by id in properties (a role on a relationship, a custom kind on a
   * node), with the built-in value each counted as when it was planned (copied into the facts
   * as `roleBroader` or `kind`): the write checks, under its locks, that each still exists and
   * counts as the same value.
   */
  termsUsed: TermUse[];
}
