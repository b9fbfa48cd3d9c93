import { GraphQLError } from 'graphql';

import { requireRole } from '../auth/requireRole';
import type { Context } from '../context';
import { documentFromInput, INPUT_FILE } from '../curation/documentFromInput';
import type { EntityDocument } from '../curation/entityDocuments';
import {
  aliasDocument,
  endPositionDocument,
  organizationDocument,
  personDocument,
  positionDocument,
  programDocument,
  termDocument,
} from '../curation/entityDocuments';
import { mergeEntities } from '../curation/mergeEntities';
import { retractSource } from '../curation/retractSource';
import { ErrorCode } from '../errors';
import type {
  AuditEntryConnectionResolvers,
  MutationResolvers,
  QueryResolvers,
} from '../generated/graphql';
import { DocumentInvalidError } from '../import/documentInvalidError';
import type { ImportOptions, ImportResult } from '../import/importDocument';
import { importDocument } from '../import/importDocument';
import type { AuditEntryModel, NodeModel } from '../models';
import { findAuditPage, toAuditEntry } from '../repositories/auditRepository';
import type { Diff } from '../repositories/importDiffRepository';
import { checkPage } from './argumentLimits';
import { nodeOfRow } from './loadEntities';
import { mapPage, pageResolvers } from './pageResolvers';

const WRITERS = ['curator', 'admin'] as const;

/** A diff with its counts, as the `Diff` type shows it. */
function diffPayload(diff: Diff) {
  const count = <T extends { change: string }>(items: T[]) => ({
    created: items.filter((i) => i.change === 'CREATED').length,
    updated: items.filter((i) => i.change === 'UPDATED').length,
    unchanged: items.filter((i) => i.change === 'UNCHANGED').length,
    deleted: items.filter((i) => i.change === 'DELETED').length,
  });
  return {
    ...diff,
    entityCounts: count(diff.entities),
    relationshipCounts: count(diff.relationships),
  };
}

/** Runs an import for a mutation; an invalid document becomes BAD_USER_INPUT listing every problem. */
async function importForMutation(
  ctx: Context,
  input: { source: { id: string; text?: string | null } },
  options: {
    dryRun: boolean;
    operation: string;
    target?: string;
    mustExist?: { id: string; argument: string }[];
    readBack?: ImportOptions['readBack'];
  },
): Promise<ImportResult & { diff: Diff }> {
  const viewer = requireRole(ctx, WRITERS);
  try {
    const document = await documentFromInput(ctx.db, input);
    const result = await importDocument(ctx.db, document, {
      file: INPUT_FILE,
      dryRun: options.dryRun,
      diff: true,
      viewer,
      operation: options.operation,
      target: options.target,
      // Its text came from the graph: the write checks, under its lock, that it is still there.
      sourceMustExist: !input.source.text,
      mustExist: options.mustExist,
      readBack: options.readBack,
    });
    return { ...result, diff: result.diff ?? { entities: [], relationships: [] } };
  } catch (error) {
    if (error instanceof DocumentInvalidError) {
      throw new GraphQLError(error.message, {
        extensions: { code: ErrorCode.BAD_USER_INPUT, problems: error.problems },
      });
    }
    throw error;
  }
}

/** The payload of an entity mutation. */
async function entityChange(ctx: Context, entity: EntityDocument, operation: string) {
  const result = await importForMutation(ctx, entity.document, {
    dryRun: false,
    operation,
    target: entity.entityId || undefined,
    mustExist: entity.mustExist,
    // A merged id reads as the entity kept, which is the one written.
    readBack: (diff) =>
      entity.entityId || (diff?.entities.find((e) => e.type === 'Position')?.id ?? null),
  });
  const written = result.written;
  const node: NodeModel | null = written ? nodeOfRow(written.id, written.row) : null;
  if (!node || !result.audit) {
    throw new Error(`${operation} wrote ${written?.id ?? 'an entity'} but cannot read it back`);
  }
  return {
    node,
    diff: diffPayload(result.diff),
    resolvedReferences: result.resolvedAliases,
    change: result.audit,
  };
}

export const mutations: MutationResolvers = {
  importDocument: async (_root, { document, dryRun }, ctx) => {
    const result = await importForMutation(ctx, document, {
      dryRun: dryRun ?? false,
      operation: 'importDocument',
    });
    return {
      sourceId: result.sourceId,
      dryRun: result.dryRun,
      diff: diffPayload(result.diff),
      resolvedReferences: result.resolvedAliases,
      warnings: result.warnings,
      change: result.audit,
    };
  },
  mergeEntities: async (_root, { keep, merge }, ctx) => {
    const viewer = requireRole(ctx, WRITERS);
    const result = await mergeEntities(ctx.db, keep, merge, viewer);
    const kept = nodeOfRow(result.keptId, result.kept);
    if (!kept) throw new Error(`merged into ${result.keptId} but cannot read it back`);
    return {
      kept,
      mergedId: result.mergedId,
      relationshipsMoved: result.relationshipsMoved,
      change: result.audit,
    };
  },
  retractSource: async (_root, { id, dryRun }, ctx) => {
    const viewer = requireRole(ctx, WRITERS);
    const result = await retractSource(ctx.db, id, { dryRun: dryRun ?? false, viewer });
    return {
      sourceId: result.sourceId,
      dryRun: result.dryRun,
      diff: diffPayload(result.diff),
      change: result.audit,
    };
  },
  upsertPerson: (_root, { input }, ctx) => entityChange(ctx, personDocument(input), 'upsertPerson'),
  upsertOrganization: (_root, { input }, ctx) =>
    entityChange(ctx, organizationDocument(input), 'upsertOrganization'),
  upsertProgram: (_root, { input }, ctx) =>
    entityChange(ctx, programDocument(input), 'upsertProgram'),
  upsertTerm: (_root, { input }, ctx) => entityChange(ctx, termDocument(input), 'upsertTerm'),
  addPosition: (_root, { input }, ctx) => entityChange(ctx, positionDocument(input), 'addPosition'),
  endPosition: async (_root, { input }, ctx) => {
    requireRole(ctx, WRITERS);
    return entityChange(ctx, await endPositionDocument(ctx.db, input), 'endPosition');
  },
  addAlias: async (_root, { input }, ctx) => {
    requireRole(ctx, WRITERS);
    return entityChange(ctx, await aliasDocument(ctx.db, input), 'addAlias');
  },
};

export const auditQueries: Pick<QueryResolvers, 'auditLog'> = {
  auditLog: async (_root, args, ctx) => {
    requireRole(ctx, ['admin']);
    return mapPage(await findAuditPage(ctx.db, checkPage(ctx, args)), toAuditEntry);
  },
};

export const AuditEntryConnection: AuditEntryConnectionResolvers = pageResolvers<AuditEntryModel>();
