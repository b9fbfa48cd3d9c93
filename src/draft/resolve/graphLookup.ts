import type { Database } from '../../db/database';
import { findDraftReferences } from '../../repositories/draftLookupRepository';
import type { EntityLookup } from './knownEntity';

/** A draft's look-up against the running database: one read for all its names. */
export function graphLookup(db: Database, description = 'the database'): EntityLookup {
  return { description, find: (keys, ids) => findDraftReferences(db, keys, ids) };
}
