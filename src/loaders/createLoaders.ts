import DataLoader from 'dataloader';

import type { Database } from '../db/database';
import type { Label } from '../db/labelsAndTypes';
import type { Row } from '../db/transaction';
import type { EntityContext } from '../domain/describeEntity';
import type { EvidenceModel, StatedFactsModel } from '../models';
import { findEntityContexts } from '../repositories/entityContextRepository';
import { findStatedFacts } from '../repositories/evidenceRepository';
import type { NeighbourRow } from '../repositories/graphRepository';
import {
  findExcerpts,
  findExcerptsBySource,
  findNeighbours,
  findNodesByIds,
  findPositions,
  findRedirectTargets,
  findStatementSubjects,
} from '../repositories/graphRepository';
import type { NeighbourName } from '../repositories/hops';
import { Neighbours } from '../repositories/hops';
import { toEvidence } from '../repositories/nodeMappers';

/** A position with the properties of its person and organization. */
export interface PositionRow {
  position: Row;
  person: Row;
  organization: Row;
}

/** The per-request DataLoaders: every nested field batches its ids into one statement. */
export interface Loaders {
  /** Node properties by id, for one label. */
  nodes(label: Label): DataLoader<string, Row | null>;
  /** Relationship + far node rows by id, for one hop of `Neighbours`. */
  neighbours(name: NeighbourName): DataLoader<string, NeighbourRow[]>;
  positionsByPerson: DataLoader<string, PositionRow[]>;
  positionsByOrganization: DataLoader<string, PositionRow[]>;
  excerpts: DataLoader<string, EvidenceModel | null>;
  excerptsBySource: DataLoader<string, EvidenceModel[]>;
  /** What each statement is about: label, node and link properties. */
  statementSubjects: DataLoader<string, { label: Label; rel: Row; node: Row }[]>;
  /** What tells an entity apart from others of its name (search hits), by entity id. */
  entityContexts: DataLoader<string, EntityContext | null>;
  /** The facts a quotation states, by excerpt id. */
  statedFacts: DataLoader<string, StatedFactsModel>;
  /** The id each id names now: the entity a merge kept for a merged id, the id itself otherwise. */
  redirects: DataLoader<string, string>;
}

/** Creates fresh loaders; call once per request so caches never outlive it. */
export function createLoaders(db: Database): Loaders {
  const nodeLoaders = new Map<Label, DataLoader<string, Row | null>>();
  const neighbourLoaders = new Map<NeighbourName, DataLoader<string, NeighbourRow[]>>();
  return {
    nodes(label) {
      let loader = nodeLoaders.get(label);
      if (!loader) {
        loader = new DataLoader(async (ids) => {
          const found = await findNodesByIds(db, label, ids);
          return ids.map((id) => found.get(id) ?? null);
        });
        nodeLoaders.set(label, loader);
      }
      return loader;
    },
    neighbours(name) {
      let loader = neighbourLoaders.get(name);
      if (!loader) {
        loader = new DataLoader(async (ids) => {
          const found = await findNeighbours(db, Neighbours[name], ids);
          return ids.map((id) => found.get(id) ?? []);
        });
        neighbourLoaders.set(name, loader);
      }
      return loader;
    },
    positionsByPerson: new DataLoader(async (ids) => {
      const found = await findPositions(db, 'person', ids);
      return ids.map((id) => found.get(id) ?? []);
    }),
    positionsByOrganization: new DataLoader(async (ids) => {
      const found = await findPositions(db, 'organization', ids);
      return ids.map((id) => found.get(id) ?? []);
    }),
    excerpts: new DataLoader(async (ids) => {
      const found = await findExcerpts(db, ids);
      return ids.map((id) => {
        const row = found.get(id);
        return row ? toEvidence(row) : null;
      });
    }),
    redirects: new DataLoader(async (ids) => {
      const found = await findRedirectTargets(db, ids);
      return ids.map((id) => found.get(id) ?? id);
    }),
    excerptsBySource: new DataLoader(async (ids) => {
      const found = await findExcerptsBySource(db, ids);
      return ids.map((id) => (found.get(id) ?? []).map(toEvidence));
    }),
    statementSubjects: new DataLoader(async (ids) => {
      const found = await findStatementSubjects(db, ids);
      return ids.map((id) => found.get(id) ?? []);
    }),
    entityContexts: new DataLoader(async (ids) => {
      const found = await findEntityContexts(db, ids);
      return ids.map((id) => found.get(id) ?? null);
    }),
    statedFacts: new DataLoader(async (ids) => {
      const found = await findStatedFacts(db, ids);
      return ids.map((id) => found.get(id) ?? { entities: [], relationships: [] });
    }),
  };
}
