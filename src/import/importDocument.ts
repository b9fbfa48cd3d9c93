import { randomUUID } from 'node:crypto';

import type { Viewer } from '../auth/authenticate';
import type { Database } from '../db/database';
import { CURATION_TIMEOUT_MS } from '../db/database';
import { Label, labelOfId } from '../db/labelsAndTypes';
import { GraphChangedError, retryConflicts } from '../db/retryConflicts';
import type { Row, Transaction } from '../db/transaction';
import type { ImportPlan, ImportWarning, ResolvedAlias } from '../domain/importPlan';
import { ErrorCode, userError } from '../errors';
import type { AuditEntryModel } from '../repositories/auditRepository';
import { recordAudit } from '../repositories/auditRepository';
import { graphDirectory } from '../repositories/entityDirectoryRepository';
import { nodesByIds } from '../repositories/graphRepository';
import type { Diff } from '../repositories/importDiffRepository';
import { diffPlan } from '../repositories/importDiffRepository';
import type { WriteCounts } from '../repositories/importWriteRepository';
import {
  claimNodes,
  claimSource,
  readSourceText,
  storedTermBroaders,
  writePlan,
} from '../repositories/importWriteRepository';
import type { LockedId } from '../repositories/lockRepository';
import { lockIds } from '../repositories/lockRepository';
import { DocumentInvalidError } from './documentInvalidError';
import { planDocument } from './plan/planDocument';

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
  /**
   * The source must be imported already (a document naming it by id alone, its text filled in
   * from the graph): checked under the write's lock, so a retraction meanwhile is noticed.
   */
  sourceMustExist?: boolean;
  /** Entities the write is about that must exist when it runs (checked under its locks). */
  mustExist?: { id: string; argument: string }[];
  /**
   * Picks the entity (by id; a merged id reads as the entity kept) whose stored properties the
   * result returns, read inside the write's transaction: what this write left, not what a write
   * committed after it did.
   */
  readBack?: (diff: Diff | null) => string | null;
}

/** An entity as the write that changed it left it: its properties, or null when not stored. */
export interface WrittenEntity {
  id: string;
  row: Row | null;
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
  /** The entity `readBack` picked, as of this write's commit (null without `readBack`). */
  written: WrittenEntity | null;
  resolvedAliases: ResolvedAlias[];
  /** What a curator should check though the document is valid. */
  warnings: ImportWarning[];
}

/**
 * Validates one document against the graph and writes it in one write transaction together
 * with its audit record: any error leaves the database as it was, and a second import of the
 * same document creates nothing. With `dryRun`, only validates and diffs.
 *
 * The plan is made from reads outside the write; the write then locks everything it depends
 * on (its source first, then every entity it defines or links and their redirects), checks
 * under those locks that the plan still holds, and computes its diff there, so concurrent
 * writers end as they would one after another and each reports what it really did. A plan
 * overtaken by another write (an entity merged or retracted meanwhile) is made again.
 */
export async function importDocument(
  db: Database,
  input: unknown,
  options: ImportOptions,
): Promise<ImportResult> {
  return retryConflicts(() => importOnce(db, input, options));
}

async function importOnce(
  db: Database,
  input: unknown,
  options: ImportOptions,
): Promise<ImportResult> {
  const plan = await planDocument(input, { ...options, directory: graphDirectory(db) });
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
    const diff = await db.readTransaction(async (tx) => {
      checkSourceText(plan, options, await readSourceText(tx, plan.source.id));
      return diffPlan(tx, plan);
    }, CURATION_TIMEOUT_MS);
    const changes = { nodesCreated: 0, relationshipsCreated: 0, propertiesSet: 0 };
    return { ...base, dryRun: true, changes, diff, audit: null, written: null };
  }
  const viewer = options.viewer ?? SYSTEM_VIEWER;
  const auditId = `audit/${randomUUID()}`;
  const target = redirectedId(plan, options.target) ?? plan.source.id;
  const committed = await db.writeTransaction(async (tx) => {
    const source = await claimSource(tx, plan.source.id);
    checkSourceText(plan, options, source.created ? null : source.text);
    const locked = await lockIds(tx, dependenciesOf(plan, options));
    checkPlanStillHolds(plan, locked);
    for (const { id, argument } of options.mustExist ?? []) {
      if (!locked.get(id)?.current) {
        throw userError(ErrorCode.NOT_FOUND, `Nothing has the id "${id}".`, { argument });
      }
    }
    const claimed = await claimNodes(
      tx,
      plan.nodes.filter((node) => locked.get(node.id)?.current !== node.id),
    );
    if (source.created) claimed.created.add(`${Label.Source}:${plan.source.id}`);
    await checkTermsStillHold(tx, plan, claimed.created);
    const diff = options.diff ? await diffPlan(tx, plan, claimed.created) : null;
    const counts = await writePlan(tx, plan);
    const changes = {
      ...counts,
      nodesCreated: counts.nodesCreated + claimed.nodesCreated + (source.created ? 1 : 0),
    };
    const audit = await recordAudit(tx, {
      id: auditId,
      actor: viewer.actor,
      role: viewer.role,
      operation: options.operation ?? 'importDocument',
      target,
      summary: summarize(plan, changes, diff),
    });
    const entity = options.readBack ? await readBack(tx, options.readBack(diff)) : null;
    return { diff, changes, audit, written: entity };
  }, CURATION_TIMEOUT_MS);
  return { ...base, dryRun: false, ...committed };
}

/** The stored properties of the entity `id` names, in the write's transaction. */
async function readBack(tx: Transaction, id: string | null): Promise<WrittenEntity | null> {
  if (!id) return null;
  const label = labelOfId(id);
  const row = label && label !== Label.Excerpt ? (await nodesByIds(tx, label, [id])).get(id) : null;
  return { id, row: row ?? null };
}

/** The id `id` stands for after the plan followed merges' redirects. */
function redirectedId(plan: ImportPlan, id: string | undefined): string | undefined {
  return plan.redirected.find((r) => r.id === id)?.to ?? id;
}

/**
 * Excerpt offsets point into the stored text, so an imported source's text may not change under
 * them: a new version is retracted first or imported under its own id. `stored` is the text
 * read under the source's lock (null for a source not imported yet).
 */
function checkSourceText(plan: ImportPlan, options: ImportOptions, stored: string | null): void {
  if (stored === null && options.sourceMustExist) {
    throw new DocumentInvalidError(options.file, [
      {
        path: 'source.text',
        message: `no imported source has the id "${plan.source.id}": give its full text to import it`,
      },
    ]);
  }
  if (stored !== null && stored !== plan.source.props.text) {
    throw new DocumentInvalidError(options.file, [
      {
        path: 'source.text',
        message: `differs from the text already imported as "${plan.source.id}": retract that source first, or import the new version under its own id`,
      },
    ]);
  }
}

/**
 * Every id whose state the plan decided on: what it defines, links, amends or mentions, the
 * terms it stores by id (roles, kinds), and the redirects it followed.
 */
function dependenciesOf(plan: ImportPlan, options: ImportOptions): string[] {
  const ids = new Set<string>();
  for (const node of plan.nodes) ids.add(node.id);
  for (const amendment of plan.amendments) ids.add(amendment.id);
  for (const term of plan.termsUsed) ids.add(term.id);
  for (const rel of plan.relationships) {
    ids.add(rel.fromId);
    ids.add(rel.toId);
    if (rel.props.onBehalfOf) ids.add(rel.props.onBehalfOf);
  }
  for (const { id, to } of plan.redirected) ids.add(id).add(to);
  for (const { id } of options.mustExist ?? []) ids.add(id);
  return [...ids];
}

const stale = (id: string) => new GraphChangedError(`"${id}" changed while being imported`);

/**
 * Under the write's locks: every id the plan links to, amends, mentions or stores as a role or
 * kind but does not define is still an entity of its own, nothing it defines has been merged
 * away, and every redirect it followed still points where it did. Otherwise another write got
 * there first: the plan is made again.
 */
function checkPlanStillHolds(plan: ImportPlan, locked: Map<string, LockedId>): void {
  const defined = new Set(plan.nodes.map((node) => node.id));
  for (const { id, to } of plan.redirected) {
    const state = locked.get(id);
    if (state?.redirectedTo !== to || state.current !== to) throw stale(id);
  }
  for (const id of defined) if (locked.get(id)?.redirectedTo) throw stale(id);
  const referenced = [
    ...plan.relationships.flatMap((rel) => [rel.fromId, rel.toId, rel.props.onBehalfOf]),
    ...plan.amendments.map((amendment) => amendment.id),
    ...plan.termsUsed.map((term) => term.id),
  ];
  for (const id of referenced) {
    if (!id || defined.has(id)) continue;
    const state = locked.get(id);
    if (state?.current !== id || state.redirectedTo !== null) throw stale(id);
  }
}

/**
 * Under the write's locks: each term the plan stores by id still counts as the built-in value
 * the plan copied into its facts, and each term it defines that is stored already (by an
 * import that committed meanwhile, not by this transaction) counts as the value it defines.
 * A term's value never changes once stored; a plan made before another import stored it is
 * made again (and then refused, as it would be one after the other).
 */
async function checkTermsStillHold(
  tx: Transaction,
  plan: ImportPlan,
  created: ReadonlySet<string>,
): Promise<void> {
  const expected = new Map<string, string | null>(
    plan.termsUsed.map((term) => [term.id, term.broader]),
  );
  for (const node of plan.nodes) {
    if (node.label !== Label.Term || created.has(`${Label.Term}:${node.id}`)) continue;
    expected.set(node.id, typeof node.props.broader === 'string' ? node.props.broader : null);
  }
  if (expected.size === 0) return;
  const stored = await storedTermBroaders(tx, [...expected.keys()]);
  for (const [id, broader] of expected) {
    if (!stored.has(id) || stored.get(id) !== broader) throw stale(id);
  }
}

/** Entities a summary names one by one; the rest are counted. */
const SUMMARY_ENTITIES = 20;

/** What the audit trail keeps of an import: its size, its counts and, with a diff, what changed. */
function summarize(plan: ImportPlan, changes: WriteCounts, diff: Diff | null): string {
  const counts =
    `${plan.source.id}: ${plan.nodes.length} entities, ${plan.relationships.length} relationships, ` +
    `${plan.excerpts.length} excerpts; created ${changes.nodesCreated} nodes and ${changes.relationshipsCreated} relationships`;
  const followed = plan.redirected.slice(0, SUMMARY_ENTITIES).map(({ id, to }) => `${id} -> ${to}`);
  const merged = followed.length > 0 ? `; merged ids followed: ${followed.join(', ')}` : '';
  if (!diff) return counts + merged;
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
    (more > 0 ? ` and ${String(more)} more` : '') +
    merged
  );
}
