import type { Database } from './database';
import { ENTITY_LABELS, Label, SEARCHABLE_LABELS } from './graphModel';

/** Name of the full-text index over names, acronyms and aliases. */
export const NAME_INDEX = 'entityNames';

const ALL_LABELS = [
  ...ENTITY_LABELS,
  Label.Source,
  Label.Excerpt,
  Label.Redirect,
  Label.AuditEntry,
];

/** The schema statements, each idempotent (`IF NOT EXISTS`). */
export const MIGRATIONS: readonly string[] = [
  ...ALL_LABELS.map(
    (label) =>
      `CREATE CONSTRAINT ${label.toLowerCase()}_id IF NOT EXISTS FOR (n:${label}) REQUIRE n.id IS UNIQUE`,
  ),
  `CREATE FULLTEXT INDEX ${NAME_INDEX} IF NOT EXISTS FOR (n:${SEARCHABLE_LABELS.join('|')}) ON EACH [n.name, n.searchNames]`,
  `CREATE INDEX program_start IF NOT EXISTS FOR (n:${Label.Program}) ON (n.startDate)`,
  `CREATE INDEX program_status IF NOT EXISTS FOR (n:${Label.Program}) ON (n.status)`,
  `CREATE INDEX organization_kind IF NOT EXISTS FOR (n:${Label.Organization}) ON (n.kind)`,
  `CREATE INDEX event_date IF NOT EXISTS FOR (n:${Label.Event}) ON (n.dateDate)`,
  `CREATE INDEX audit_at IF NOT EXISTS FOR (n:${Label.AuditEntry}) ON (n.at)`,
  ...SEARCHABLE_LABELS.map(
    (label) =>
      `CREATE INDEX ${label.toLowerCase()}_name IF NOT EXISTS FOR (n:${label}) ON (n.name)`,
  ),
];

/** Applies every migration (safe to repeat) and waits until the indexes are online. */
export async function applyMigrations(db: Database): Promise<void> {
  for (const statement of MIGRATIONS) {
    await db.write(statement);
  }
  await db.write('CALL db.awaitIndexes(60)');
}
