import type { Label } from '../db/labelsAndTypes';

/** An entity's id with its display name and other names, for suggestions and warnings. */
export interface KnownName {
  id: string;
  name: string;
  /** Aliases and acronyms (absent where the directory does not know them). */
  aliases?: string[];
}

/** What the importer needs to know about entities already in the graph. */
export interface EntityDirectory {
  /** The subset of `ids` that exist with this label. */
  existingIds(label: Label, ids: string[]): Promise<Set<string>>;
  /**
   * For each match key (`matchKey`: normalised, spaces removed), the ids of entities of this
   * label that have a name or alias with that key.
   */
  idsByMatchKey(label: Label, keys: string[]): Promise<Map<string, string[]>>;
  /** For ids a merge replaced, the id of the entity they were merged into. */
  redirects?(ids: string[]): Promise<Map<string, string>>;
  /** Ids, display names and aliases of this label, to suggest the closest to an unknown reference. */
  knownNames(label: Label): Promise<KnownName[]>;
  /** The built-in value each stored term counts as (`broader`), for the terms that exist. */
  termBroaders?(ids: string[]): Promise<Map<string, string | null>>;
  /**
   * Entities of this label whose name or an alias equals or nearly equals each of `names`
   * (by match key), for the warning about a new entity that may be a known one.
   */
  similarNames?(label: Label, names: string[]): Promise<Map<string, KnownName[]>>;
}

/** A directory of an empty graph (for validating a document on its own). */
export const EMPTY_DIRECTORY: EntityDirectory = {
  existingIds: () => Promise.resolve(new Set()),
  idsByMatchKey: () => Promise.resolve(new Map()),
  knownNames: () => Promise.resolve([]),
};
