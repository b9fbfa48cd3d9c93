import type { Database } from '../../db/database';
import type { EntityLookup } from '../../domain/knownEntity';
import { findDraftReferences } from '../../repositories/draftLookupRepository';

/** A draft's look-up against the running database: one read for all its names. */
export function graphLookup(db: Database, description = 'the database'): EntityLookup {
  return { description, find: (keys, ids) => findDraftReferences(db, keys, ids) };
}
