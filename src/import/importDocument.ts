import { randomUUID } from 'node:crypto';

import { Neo4jError } from 'neo4j-driver';

import type { Viewer } from '../auth/authenticate';
import { CURATION_TIMEOUT_MS } from '../db/database';
import type { Database } from '../db/database';
import { Label } from '../db/graphModel';
import type { AuditEntryModel } from '../repositories/auditRepository';
import { recordAudit } from '../repositories/auditRepository';
import type { Diff } from './diffPlan';
import { diffPlan } from './diffPlan';
import { DocumentInvalidError } from './documentInvalidError';
import { graphDirectory } from './graphDirectory';
import type { ImportPlan, ImportWarning, ResolvedAlias } from './importPlan';
import { planDocument } from './planDocument';
import type { WriteCounts } from './writePlan';
import { writePlan } from './writePlan';

/** Two imports creating the same new node race on its uniqueness constraint: the loser retries. */
const CONSTRAINT_RETRIES = 5;

/** Who writes when no request does (seed at start-up, scripts). */
export const SYSTEM_VIEWER: Viewer = { actor: 'system', role: 'admin' };

export interface ImportOptions {
  /** Name of the document in messages. */
  file: string;
  /** Reads `source.textFile` relative to the document (files only). */
  readTextFile?: (path: string) => string | null;
  /** Validate and diff only; write nothing. */
  dryRun?: boolean;
  /** Compute the entity-by-entity diff (always on for a dry run). */
  diff?: boolean;
  /** Recorded in the audit trail; the system when absent. */
  viewer?: Viewer;
  /** The operation named in the audit trail. */
  operation?: string;
  /** What the audit trail names as changed; the source when absent (entity mutations name the entity). */
  target?: string;
}

/** What one imported document held and what writing it changed. */
export interface ImportResult {
  file: string;
  sourceId: string;
  dryRun: boolean;
  entities: number;
  relationships: number;
  excerpts: number;
  changes: WriteCounts;
  diff: Diff | null;
  audit: AuditEntryModel | null;
  resolvedAliases: ResolvedAlias[];
  /** What a curator should check though the document is valid. */
  warnings: ImportWarning[];
}

/**
 * Validates one document against the graph and writes it in one write transaction together
 * with its audit record: any error leaves the database as it was, and a second import of the
 * same document creates nothing. With `dryRun`, only validates and diffs.
 */
export async function importDocument(
  db: Database,
  input: unknown,
  options: ImportOptions,
): Promise<ImportResult> {
  const plan = await planDocument(input, { ...options, directory: graphDirectory(db) });
  await checkSourceTextUnchanged(db, plan, options.file);
  const base = {
    file: options.file,
    sourceId: plan.source.id,
    entities: plan.nodes.length,
    relationships: plan.relationships.length,
    excerpts: plan.excerpts.length,
    resolvedAliases: plan.resolvedAliases,
    warnings: plan.warnings,
  };
  if (options.dryRun) {
    const diff = await db.readTransaction((tx) => diffPlan(db, tx, plan), CURATION_TIMEOUT_MS);
    const changes = { nodesCreated: 0, relationshipsCreated: 0, propertiesSet: 0 };
    return { ...base, dryRun: true, changes, diff, audit: null };
  }
  const viewer = options.viewer ?? SYSTEM_VIEWER;
  const auditId = `audit/${randomUUID()}`;
  const written = await retryOnConstraintRace(() =>
    db.writeTransaction(async (tx) => {
      const diff = options.diff ? await diffPlan(db, tx, plan) : null;
      const changes = await writePlan(db, tx, plan);
      const audit = await recordAudit(db, tx, {
        id: auditId,
        actor: viewer.actor,
        role: viewer.role,
        operation: options.operation ?? 'importDocument',
        target: options.target ?? plan.source.id,
        summary: summarize(plan, changes, diff),
      });
      return { diff, changes, audit };
    }, CURATION_TIMEOUT_MS),
  );
  return { ...base, dryRun: false, ...written };
}

/**
 * Excerpt offsets point into the stored text, so an imported source's text may not change under
 * them: a new version is retracted first or imported under its own id.
 */
async function checkSourceTextUnchanged(
  db: Database,
  plan: ImportPlan,
  file: string,
): Promise<void> {
  const [stored] = await db.read(`MATCH (s:${Label.Source} {id: $id}) RETURN s.text AS text`, {
    id: plan.source.id,
  });
  if (stored && stored.text !== plan.source.props.text) {
    throw new DocumentInvalidError(file, [
      {
        path: 'source.text',
        message: `differs from the text already imported as "${plan.source.id}": retract that source first, or import the new version under its own id`,
      },
    ]);
  }
}

/** Entities a summary names one by one; the rest are counted. */
const SUMMARY_ENTITIES = 20;

/** What the audit trail keeps of an import: its size, its counts and, with a diff, what changed. */
function summarize(plan: ImportPlan, changes: WriteCounts, diff: Diff | null): string {
  const counts =
    `${plan.source.id}: ${plan.nodes.length} entities, ${plan.relationships.length} relationships, ` +
    `${plan.excerpts.length} excerpts; created ${changes.nodesCreated} nodes and ${changes.relationshipsCreated} relationships`;
  if (!diff) return counts;
  const changed = diff.entities.filter((entity) => entity.change !== 'UNCHANGED');
  const named = changed
    .slice(0, SUMMARY_ENTITIES)
    .map(
      (entity) =>
        `${entity.id} ${entity.change.toLowerCase()}` +
        (entity.change === 'UPDATED' && entity.fields.length > 0
          ? ` (${entity.fields.join(', ')})`
          : ''),
    );
  const more = changed.length - named.length;
  return (
    `${counts}; entities changed: ${named.length > 0 ? named.join(', ') : 'none'}` +
    (more > 0 ? ` and ${String(more)} more` : '')
  );
}

async function retryOnConstraintRace<T>(work: () => Promise<T>): Promise<T> {
  for (let attempt = 1; ; attempt += 1) {
    try {
      return await work();
    } catch (error) {
      const race =
        error instanceof Neo4jError &&
        error.code === 'Neo.ClientError.Schema.ConstraintValidationFailed';
      if (!race || attempt >= CONSTRAINT_RETRIES) throw error;
      await new Promise((resolve) => setTimeout(resolve, 20 * attempt + Math.random() * 50));
    }
  }
}
