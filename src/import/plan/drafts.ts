import type { Label, Rel } from '../../db/labelsAndTypes';
import type { NodeUpsert } from '../../domain/importPlan';
import type { AlternativeNameInput } from '../documentSchema';
import type { Endpoint } from './endpoint';

/** A fact between two entities, as written: its endpoints are not resolved yet. */
export interface RelationshipDraft {
  type: Rel;
  from: Endpoint;
  to: Endpoint;
  key: Record<string, string>;
  props: Record<string, string | null>;
  onBehalfOf: Endpoint | null;
  /** A role given as a built-in value or a term: stored as the key `role`. */
  role: Endpoint | null;
  evidenceIds: string[];
  path: string;
}

/** A position: its id derives from its person and organization, so it waits for resolution. */
export interface PositionDraft {
  id: string | undefined;
  person: Endpoint;
  organization: Endpoint;
  title: string;
  dates: Record<string, string>;
  props: Record<string, string>;
  clear: string[];
  attestation: string;
  evidenceIds: string[];
  path: string;
}

/** A kind given as a built-in value or a term, stored on the node once resolved. */
export interface KindDraft {
  node: NodeUpsert;
  kind: Endpoint;
}

/** An `amend` entry: names, properties and evidence for an entity the document refers to. */
export interface AmendmentDraft {
  target: Endpoint;
  aliases: AlternativeNameInput[];
  props: Record<string, string>;
  evidenceIds: string[];
  path: string;
}

/** Where the document defines an id, and the keys references may name it by. */
export interface Definition {
  path: string;
  /** Compact match keys of its names (see `compactKeys`). */
  keys: string[];
  /** For terms: the built-in value the term counts as. */
  broader?: string | null;
}

/** The ids a document defines, per label. */
export class Definitions {
  private readonly byLabel = new Map<Label, Map<string, Definition>>();

  /** The definitions of one label (a live map: what is added later is in it). */
  of(label: Label): Map<string, Definition> {
    const definitions = this.byLabel.get(label) ?? new Map<string, Definition>();
    this.byLabel.set(label, definitions);
    return definitions;
  }
}

/** What the walk over a document collects before any reference is resolved. */
export interface DocumentDrafts {
  definitions: Definitions;
  /** Nodes the document defines; positions join them once their ids can be derived. */
  nodes: NodeUpsert[];
  relationships: RelationshipDraft[];
  positions: PositionDraft[];
  kinds: KindDraft[];
  amendments: AmendmentDraft[];
}

/** An empty collection, for the walk to fill. */
export function emptyDrafts(): DocumentDrafts {
  return {
    definitions: new Definitions(),
    nodes: [],
    relationships: [],
    positions: [],
    kinds: [],
    amendments: [],
  };
}

/** Every reference the drafts make, in the order they are resolved (and their problems listed). */
export function endpointsOf(drafts: DocumentDrafts): Endpoint[] {
  const all: Endpoint[] = [];
  for (const draft of drafts.relationships) {
    all.push(draft.from, draft.to);
    if (draft.onBehalfOf) all.push(draft.onBehalfOf);
    if (draft.role) all.push(draft.role);
  }
  for (const position of drafts.positions) all.push(position.person, position.organization);
  for (const kind of drafts.kinds) all.push(kind.kind);
  for (const amendment of drafts.amendments) all.push(amendment.target);
  return all;
}
