import type { Database } from '../db/database';
import { Label } from '../db/labelsAndTypes';
import { map, str } from '../db/rowValues';
import type { Transaction } from '../db/transaction';
import type { Row } from '../db/transaction';
import { rowsOf } from '../db/transaction';
import type { AuditEntryModel, PageModel } from '../models';

export type { AuditEntryModel } from '../models';
import { CypherParams } from './cypherParams';
import { findPage } from './findPage';
import type { PageArgs } from './pagination';

/**
 * Records a write inside its own transaction (so a rolled-back write leaves no record). MERGE on
 * the entry's id keeps a retried transaction from recording twice.
 */
export async function recordAudit(
  tx: Transaction,
  entry: Omit<AuditEntryModel, 'at'>,
): Promise<AuditEntryModel> {
  const result = await tx.run(
    `MERGE (a:${Label.AuditEntry} {id: $id})
     ON CREATE SET a.at = datetime(), a.actor = $actor, a.role = $role, a.operation = $operation,
                   a.target = $target, a.summary = $summary
     RETURN a {.*} AS a`,
    { ...entry },
  );
  const [row] = rowsOf(result);
  return toAuditEntry(map(row?.a));
}

/** Reads an audit entry from stored properties. */
export function toAuditEntry(props: Row): AuditEntryModel {
  return {
    id: str(props.id),
    at: str(props.at),
    actor: str(props.actor),
    role: str(props.role),
    operation: str(props.operation),
    target: str(props.target),
    summary: str(props.summary),
  };
}

/** One page of the audit trail, newest first. */
export function findAuditPage(db: Database, args: PageArgs): Promise<PageModel<Row>> {
  return findPage(
    db,
    {
      label: Label.AuditEntry,
      where: 'true',
      params: new CypherParams(),
      order: [{ expression: 'n.at', direction: 'DESC' }],
    },
    args,
  );
}
