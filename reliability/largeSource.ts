import { retractSource } from '../src/curation/retractSource';
import type { Database } from '../src/db/database';
import { importDocument, SYSTEM_VIEWER } from '../src/import/importDocument';

/** A source whose text is 960 000 characters, as in the amplification report of issue 12. */
export const LARGE_SOURCE_ID = 'source/reliability-large-text';

/** Its text length. */
export const LARGE_SOURCE_LENGTH = 960_000;

/** `{ a0: source(id) { text } a1: … }`: `aliases` copies of the large text. */
export function largeTextQuery(aliases: number): string {
  const fields = Array.from(
    { length: aliases },
    (_, i) => `a${i}: source(id: "${LARGE_SOURCE_ID}") { text }`,
  );
  return `{ ${fields.join(' ')} }`;
}

/**
 * Runs `work` with the large source in the graph: imported first (a second import creates
 * nothing) and retracted afterwards if this call added it.
 */
export async function withLargeSource<T>(db: Database, work: () => Promise<T>): Promise<T> {
  const imported = await importDocument(
    db,
    {
      source: {
        id: LARGE_SOURCE_ID,
        title: 'A very long report (reliability fixture)',
        kind: 'OTHER',
        text: 'cooperation '.repeat(LARGE_SOURCE_LENGTH / 12),
      },
    },
    { file: 'reliability-large-text.yaml' },
  );
  try {
    return await work();
  } finally {
    if (imported.changes.nodesCreated > 0) {
      await retractSource(db, LARGE_SOURCE_ID, { dryRun: false, viewer: SYSTEM_VIEWER });
    }
  }
}
