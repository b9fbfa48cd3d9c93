import type { Label } from '../db/graphModel';

/** What the importer needs to know about entities already in the graph. */
export interface EntityDirectory {
  /** The subset of `ids` that exist with this label. */
  existingIds(label: Label, ids: string[]): Promise<Set<string>>;
  /** For each normalised name key, the ids of entities of this label that have it. */
  idsByMatchKey(label: Label, keys: string[]): Promise<Map<string, string[]>>;
  /** For ids a merge replaced, the id of the entity they were merged into. */
  redirects?(ids: string[]): Promise<Map<string, string>>;
  /** Ids and display names of this label, to suggest the closest to an unknown reference. */
  knownNames(label: Label): Promise<{ id: string; name: string }[]>;
}

/** A directory of an empty graph (for validating a document on its own). */
export const EMPTY_DIRECTORY: EntityDirectory = {
  existingIds: () => Promise.resolve(new Set()),
  idsByMatchKey: () => Promise.resolve(new Map()),
  knownNames: () => Promise.resolve([]),
};
