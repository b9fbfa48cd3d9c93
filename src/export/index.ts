import type { Database } from '../db/database';
import { readKnowledgeSubgraph, readStoredGraph } from '../repositories/exportRepository';
import { exportCsv } from './csvExport';
import type { CsvExport } from './csvExport';
import { exportGraphml } from './graphmlExport';
import { DEFAULT_BASE_IRI, exportJsonLd } from './jsonldExport';

export { ARRAY_DELIMITER, CsvExportError, exportCsv } from './csvExport';
export type { CsvExport, ExportFile } from './csvExport';
export { exportGraphml } from './graphmlExport';
export { DEFAULT_BASE_IRI, exportJsonLd } from './jsonldExport';

/** The interchange formats of one file. */
export type InterchangeFormat = 'graphml' | 'jsonld';

/** Media types of the formats, for an HTTP answer. */
export const MEDIA_TYPE: Record<InterchangeFormat, string> = {
  graphml: 'application/graphml+xml; charset=utf-8',
  jsonld: 'application/ld+json; charset=utf-8',
};

/**
 * The entities with `ids` (the whole knowledge graph when null), the facts among them and the
 * evidence they cite, as GraphML or JSON-LD: what `kg export --format` writes, and what a
 * server-side export of the explorer's drawn subgraph can answer.
 */
export async function exportSubgraph(
  db: Database,
  format: InterchangeFormat,
  options: { ids?: readonly string[] | null; baseIri?: string } = {},
): Promise<string> {
  const graph = await readKnowledgeSubgraph(db, options.ids ?? null);
  return format === 'graphml'
    ? exportGraphml(graph)
    : exportJsonLd(graph, options.baseIri ?? DEFAULT_BASE_IRI);
}

/** The whole stored graph as neo4j-admin CSV files (see `exportCsv`). */
export async function exportStoredGraphCsv(db: Database): Promise<CsvExport> {
  return exportCsv(await readStoredGraph(db));
}
