import type { Database } from './database';
import { ENTITY_LABELS, FACT_RELATIONSHIPS, Label, SEARCHABLE_LABELS } from './labelsAndTypes';

/** Name of the full-text index over names, acronyms and aliases. */
export const NAME_INDEX = 'entityNames';

/**
 * Name of the full-text index over every name and alias as one token without spaces
 * (`searchKeys`), for whole-name matches: "lijun", "Cao Yun Xia", "Li Jnu".
 */
export const KEY_INDEX = 'entityKeys';

/**
 * Names of the indexes over the excerpt ids entities and relationships cite (`evidence`, and a
 * statement's `quote`): they answer "which facts does this quotation state?" without scanning
 * the graph. The keyword
 * analyzer keeps each id whole, so a query is one exact term.
 */
export const EVIDENCE_NODE_INDEX = 'entityEvidence';
export const EVIDENCE_RELATIONSHIP_INDEX = 'relationshipEvidence';

const KEYWORD_ANALYZER = "OPTIONS {indexConfig: {`fulltext.analyzer`: 'keyword'}}";

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
  `CREATE FULLTEXT INDEX ${KEY_INDEX} IF NOT EXISTS FOR (n:${SEARCHABLE_LABELS.join('|')}) ON EACH [n.searchKeys]`,
  `CREATE FULLTEXT INDEX ${EVIDENCE_NODE_INDEX} IF NOT EXISTS FOR (n:${ENTITY_LABELS.join('|')}) ON EACH [n.evidence, n.quote] ${KEYWORD_ANALYZER}`,
  `CREATE FULLTEXT INDEX ${EVIDENCE_RELATIONSHIP_INDEX} IF NOT EXISTS FOR ()-[r:${FACT_RELATIONSHIPS.join('|')}]-() ON EACH [r.evidence] ${KEYWORD_ANALYZER}`,
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

/** How long start-up waits for indexes to come online (seconds). */
const INDEX_WAIT_S = 600;

/** The name each schema statement creates (every statement names its index or constraint). */
function nameOf(statement: string): string {
  const name = /^CREATE (?:CONSTRAINT|FULLTEXT INDEX|INDEX) (\w+)/.exec(statement)?.[1];
  if (!name) throw new Error(`migration without a name: ${statement}`);
  return name;
}

/**
 * Applies the migrations the database lacks (safe to repeat) and waits until the indexes are
 * online. One read finds what exists, so a start-up against a migrated database sends no schema
 * writes at all.
 */
export async function applyMigrations(db: Database): Promise<void> {
  // A uniqueness constraint owns an index of its own name.
  const rows = await db.read('SHOW INDEXES YIELD name, owningConstraint');
  const existing = new Set(rows.flatMap((row) => [String(row.name), String(row.owningConstraint)]));
  for (const statement of MIGRATIONS) {
    if (!existing.has(nameOf(statement))) await db.write(statement);
  }
  // Entities imported before the key index existed get their keys once, when it is created.
  if (!existing.has(KEY_INDEX)) {
    for (const label of SEARCHABLE_LABELS) {
      await db.write(
        `MATCH (n:${label}) WHERE n.matchKeys IS NOT NULL AND n.searchKeys IS NULL
         SET n.searchKeys = reduce(s = '', k IN n.matchKeys | s + replace(k, ' ', '') + ' | ')`,
      );
    }
  }
  // An index new to a large graph fills in the background (the evidence indexes take about 8 s
  // for 60 000 nodes here): wait for it as long as curation may take, not a read's timeout.
  await db.writeTransaction(
    (tx) => tx.run(`CALL db.awaitIndexes(${INDEX_WAIT_S})`),
    (INDEX_WAIT_S + 10) * 1000,
  );
}
