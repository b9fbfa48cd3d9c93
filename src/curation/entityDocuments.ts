import type { Database } from '../db/database';
import { Label, labelOfId } from '../db/labelsAndTypes';
import { str } from '../db/rowValues';
import { ErrorCode, badUserInput, userError } from '../errors';
import type {
  AddAliasInput,
  AddPositionInput,
  EndPositionInput,
  UpsertOrganizationInput,
  UpsertPersonInput,
  UpsertProgramInput,
  UpsertTermInput,
} from '../generated/graphql';
import { findNodesByIds } from '../repositories/graphRepository';

/**
 * Each entity mutation is a one-entity document quoting an imported source, so it is validated,
 * diffed, written and audited exactly like an import.
 */
export interface EntityDocument {
  /** The document to import (its source given by id). */
  document: { source: { id: string }; [section: string]: unknown };
  /** The entity the mutation is about. */
  entityId: string;
  /** Entities that must still exist when the write runs (read here, checked under its locks). */
  mustExist?: { id: string; argument: string }[];
}

const source = (sourceId: string) => ({ id: sourceId });

export function personDocument(input: UpsertPersonInput): EntityDocument {
  return {
    document: { source: source(input.sourceId), people: [input.person] },
    entityId: input.person.id,
  };
}

export function organizationDocument(input: UpsertOrganizationInput): EntityDocument {
  return {
    document: { source: source(input.sourceId), organizations: [input.organization] },
    entityId: input.organization.id,
  };
}

export function programDocument(input: UpsertProgramInput): EntityDocument {
  return {
    document: { source: source(input.sourceId), programs: [input.program] },
    entityId: input.program.id,
  };
}

export function termDocument(input: UpsertTermInput): EntityDocument {
  const section = input.vocabulary === 'DISEASE_AREA' ? 'diseaseAreas' : 'aspects';
  return {
    document: { source: source(input.sourceId), [section]: [input.term] },
    entityId: input.term.id,
  };
}

/** A new position; its id is derived the way imports derive it unless given. */
export function positionDocument(input: AddPositionInput): EntityDocument {
  return {
    document: { source: source(input.sourceId), positions: [input.position] },
    entityId: input.position.id ?? '',
  };
}

/** The stored position, restated with its end date. */
export async function endPositionDocument(
  db: Database,
  input: EndPositionInput,
): Promise<EntityDocument> {
  const stored = (await findNodesByIds(db, Label.Position, [input.positionId])).get(
    input.positionId,
  );
  if (!stored) {
    throw userError(ErrorCode.NOT_FOUND, `No position has the id "${input.positionId}".`, {
      argument: 'positionId',
    });
  }
  return {
    document: {
      source: source(input.sourceId),
      positions: [
        {
          id: input.positionId,
          person: str(stored.personId),
          organization: str(stored.organizationId),
          title: str(stored.title),
          end: input.end,
          evidence: input.evidence,
        },
      ],
    },
    entityId: input.positionId,
    mustExist: [{ id: input.positionId, argument: 'positionId' }],
  };
}

/** The key of an `amend` entry naming an entity of each label. */
const AMEND_KEYS: Partial<Record<Label, string>> = {
  [Label.Person]: 'person',
  [Label.Organization]: 'organization',
  [Label.Program]: 'program',
  [Label.Event]: 'event',
  [Label.Place]: 'place',
  [Label.DiseaseArea]: 'area',
  [Label.CooperationAspect]: 'aspect',
};

/**
 * One more alternative name for a stored entity (or the one a merge kept for its id): an
 * `amend` entry, nothing else restated.
 */
export async function aliasDocument(db: Database, input: AddAliasInput): Promise<EntityDocument> {
  const label = labelOfId(input.entityId);
  const key = label ? AMEND_KEYS[label] : undefined;
  if (!label || !key) {
    throw badUserInput(
      `Aliases can be added to people, organizations, programs, events, places, disease areas and aspects; "${input.entityId}" is none of these.`,
      'entityId',
    );
  }
  // A merged id reads as the entity kept; the import follows it the same way and says so.
  const stored = (await findNodesByIds(db, label, [input.entityId])).get(input.entityId);
  if (!stored) {
    throw userError(ErrorCode.NOT_FOUND, `No ${label} has the id "${input.entityId}".`, {
      argument: 'entityId',
    });
  }
  return {
    document: {
      source: source(input.sourceId),
      amend: [{ [key]: input.entityId, aliases: [input.alias], evidence: input.evidence }],
    },
    entityId: input.entityId,
    mustExist: [{ id: input.entityId, argument: 'entityId' }],
  };
}
