import { randomUUID } from 'node:crypto';
import { setImmediate as yieldToIo } from 'node:timers/promises';

import type { Viewer } from '../auth/authenticate';
import type { Database } from '../db/database';
import type { Label } from '../db/labelsAndTypes';
import type { EntityDirectory } from '../domain/entityDirectory';
import type { ImportPlan } from '../domain/importPlan';
import { recordAudit } from '../repositories/auditRepository';
import { graphDirectory } from '../repositories/entityDirectoryRepository';
import type { WriteCounts } from '../repositories/importWriteRepository';
import { writePlans } from '../repositories/importWriteRepository';
import { planDocument } from './plan/planDocument';

/** Bulk batches write hundreds of thousands of facts; as long as a single import may take. */
const BATCH_TIMEOUT_MS = 300_000;
/** Nodes, relationships and excerpts per transaction: large enough to amortise round trips. */
const DEFAULT_BATCH_SIZE = 40_000;
const MAX_PARALLEL_BATCHES = 2;

export interface BulkImportOptions {
  /** Names the documents in messages: `<name>[<index>]`. */
  name: string;
  /** Planned items (nodes + relationships + excerpts) per write transaction. */
  batchSize?: number;
  /** Recorded in the audit trail, one entry per batch. */
  viewer: Viewer;
  /** Validate and plan every document, write nothing. */
  dryRun?: boolean;
  /** Called after each committed batch. */
  onProgress?: (progress: BulkImportProgress) => void;
}

/** Running totals of a bulk import. */
export interface BulkImportProgress extends WriteCounts {
  documents: number;
  batches: number;
  /** Relationships the documents state (written or already there), excerpts' QUOTES included. */
  relationships: number;
  nodes: number;
  elapsedMs: number;
}

/**
 * Imports a stream of documents through the curated-document path: each is validated and planned
 * exactly as `importDocument` does it, then plans are written in batches, one write transaction
 * and one batched `UNWIND` statement per label and relationship type each. Planning overlaps
 * writing, and two independent batches are written at once. Every batch is atomic and
 * idempotent, so a failed or interrupted load is completed by running it again; an invalid
 * document stops the load before its batch is written.
 */
export async function bulkImport(
  db: Database,
  documents: Iterable<unknown>,
  options: BulkImportOptions,
): Promise<BulkImportProgress> {
  const started = Date.now();
  const directory = new GrowingDirectory(graphDirectory(db));
  const batchSize = options.batchSize ?? DEFAULT_BATCH_SIZE;
  const progress: BulkImportProgress = {
    documents: 0,
    batches: 0,
    relationships: 0,
    nodes: 0,
    nodesCreated: 0,
    relationshipsCreated: 0,
    propertiesSet: 0,
    elapsedMs: 0,
  };

  const write = async (plans: ImportPlan[]) => {
    if (options.dryRun) return;
    const first = plans[0]?.source.id ?? '';
    const last = plans[plans.length - 1]?.source.id ?? '';
    const auditId = `audit/${randomUUID()}`;
    const changes = await db.writeTransaction(async (tx) => {
      const counts = await writePlans(tx, plans);
      await recordAudit(tx, {
        id: auditId,
        actor: options.viewer.actor,
        role: options.viewer.role,
        operation: 'bulkImport',
        target: first === last ? first : `${first} .. ${last}`,
        summary: `${plans.length} documents of ${options.name}; created ${counts.nodesCreated} nodes and ${counts.relationshipsCreated} relationships`,
      });
      return counts;
    }, BATCH_TIMEOUT_MS);
    progress.batches += 1;
    progress.nodesCreated += changes.nodesCreated;
    progress.relationshipsCreated += changes.relationshipsCreated;
    progress.propertiesSet += changes.propertiesSet;
    progress.elapsedMs = Date.now() - started;
    options.onProgress?.({ ...progress });
  };

  // Up to two batches are written at once (Neo4j runs each transaction on one core), unless a
  // batch refers to an entity of a batch still being written: then it waits for that commit.
  const inFlight = new Map<number, Promise<void>>();
  // An object, so the checks below see what the write callbacks set.
  const state: { failure: { error: unknown } | null } = { failure: null };
  const settle = async () => {
    await Promise.all([...inFlight.values()].map((p) => p.catch(() => undefined)));
  };
  const schedule = async (plans: ImportPlan[], number: number) => {
    while (inFlight.size >= MAX_PARALLEL_BATCHES) {
      await Promise.race(inFlight.values()).catch(() => undefined);
    }
    if (state.failure) return;
    const waitFor = [...directory.batchesReferencedBy(plans, number)]
      .map((n) => inFlight.get(n))
      .filter((p): p is Promise<void> => p !== undefined);
    const done = Promise.all(waitFor).then(() => write(plans));
    inFlight.set(number, done);
    // Handled here, rethrown once the load stops planning: an unawaited rejection would crash.
    done.then(
      () => inFlight.delete(number),
      (error: unknown) => {
        inFlight.delete(number);
        state.failure ??= { error };
      },
    );
  };

  let batch: ImportPlan[] = [];
  let batchNumber = 0;
  let size = 0;
  let index = 0;
  try {
    for (const document of documents) {
      if (state.failure) break;
      const plan = await planDocument(document, {
        file: `${options.name}[${index}]`,
        directory,
      });
      index += 1;
      directory.add(plan, batchNumber);
      batch.push(plan);
      const items = plan.nodes.length + 1 + plan.relationships.length + plan.excerpts.length;
      size += items;
      progress.documents += 1;
      progress.nodes += plan.nodes.length + 1 + plan.excerpts.length;
      progress.relationships += plan.relationships.length + plan.excerpts.length;
      if (size >= batchSize) {
        await schedule(batch, batchNumber);
        batch = [];
        batchNumber += 1;
        size = 0;
      }
      // Planning is synchronous work on resolved promises: let the driver's I/O for the
      // batches being written run in between.
      if (index % 16 === 0) await yieldToIo();
    }
    if (batch.length > 0 && !state.failure) await schedule(batch, batchNumber);
  } finally {
    // Never leave a write running behind the caller (who may close the driver next).
    await settle();
  }
  if (state.failure) throw state.failure.error;
  progress.elapsedMs = Date.now() - started;
  return progress;
}

/**
 * The graph, plus every entity planned so far in this load (not yet written, or in a batch being
 * written): later documents may refer to them without a round trip.
 */
class GrowingDirectory implements EntityDirectory {
  /** Per label, each planned id and the number of the batch that writes it. */
  private readonly planned = new Map<Label, Map<string, number>>();

  constructor(private readonly graph: EntityDirectory) {}

  add(plan: ImportPlan, batch: number): void {
    for (const node of plan.nodes) {
      let ids = this.planned.get(node.label);
      if (!ids) {
        ids = new Map();
        this.planned.set(node.label, ids);
      }
      if (!ids.has(node.id)) ids.set(node.id, batch);
    }
  }

  /** The other batches that write an entity these plans link to or write again. */
  batchesReferencedBy(plans: ImportPlan[], batch: number): Set<number> {
    const found = new Set<number>();
    const note = (label: Label, id: string) => {
      const other = this.planned.get(label)?.get(id);
      if (other !== undefined && other !== batch) found.add(other);
    };
    for (const plan of plans) {
      for (const node of plan.nodes) note(node.label, node.id);
      for (const amendment of plan.amendments) note(amendment.label, amendment.id);
      for (const rel of plan.relationships) {
        note(rel.fromLabel, rel.fromId);
        note(rel.toLabel, rel.toId);
      }
    }
    return found;
  }

  async existingIds(label: Label, ids: string[]): Promise<Set<string>> {
    const planned = this.planned.get(label) ?? new Map<string, number>();
    const found = new Set(ids.filter((id) => planned.has(id)));
    const rest = ids.filter((id) => !found.has(id));
    if (rest.length > 0) for (const id of await this.graph.existingIds(label, rest)) found.add(id);
    return found;
  }

  idsByMatchKey(label: Label, keys: string[]): Promise<Map<string, string[]>> {
    return this.graph.idsByMatchKey(label, keys);
  }

  redirects(ids: string[]): Promise<Map<string, string>> {
    return this.graph.redirects?.(ids) ?? Promise.resolve(new Map<string, string>());
  }

  knownNames(label: Label): Promise<{ id: string; name: string }[]> {
    return this.graph.knownNames(label);
  }
}
