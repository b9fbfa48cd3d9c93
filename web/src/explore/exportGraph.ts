import Papa from 'papaparse';

import type { Entity } from './entity';
import { ENTITY_TYPES, entityDates, entityName } from './entity';
import type { DrawnEdge } from './graphView';

/** The drawn subgraph as JSON: the view's link, its entities and its relationships with words and evidence. */
export function graphJson(view: string, drawn: { entities: Entity[]; edges: DrawnEdge[] }): string {
  return JSON.stringify(
    {
      view,
      exportedAt: new Date().toISOString(),
      nodes: drawn.entities.map((entity) => ({
        id: entity.id,
        type: entity.__typename,
        name: entityName(entity),
        dates: entityDates(entity) || null,
      })),
      edges: drawn.edges.map((edge) => ({
        id: edge.id,
        source: edge.source.id,
        target: edge.target.id,
        relationship: edge.relationship,
        qualifier: edge.qualifier,
        words: edge.words,
        position: edge.position?.id ?? null,
        evidence: edge.evidence.map((item) => ({
          id: item.id,
          excerpt: item.excerpt,
          source: item.source.id,
        })),
      })),
    },
    null,
    2,
  );
}

/** The drawn entities as CSV: id, type, name, dates. */
export function nodesCsv(entities: Entity[]): string {
  return Papa.unparse({
    fields: ['id', 'type', 'name', 'dates'],
    data: entities.map((entity) => [
      entity.id,
      ENTITY_TYPES[entity.__typename].label,
      entityName(entity),
      entityDates(entity),
    ]),
  });
}

/** The drawn relationships as CSV: both ends by id and name, the type, the words, the evidence count. */
export function edgesCsv(edges: DrawnEdge[]): string {
  return Papa.unparse({
    fields: [
      'source',
      'source name',
      'relationship',
      'qualifier',
      'words',
      'target',
      'target name',
      'quotations',
    ],
    data: edges.map((edge) => [
      edge.source.id,
      entityName(edge.source),
      edge.relationship,
      edge.qualifier ?? '',
      edge.words,
      edge.target.id,
      entityName(edge.target),
      edge.evidence.length,
    ]),
  });
}

/** Has the browser save `content` as a file named `name`. */
export function download(name: string, content: Blob | string, type = 'text/plain'): void {
  const blob = typeof content === 'string' ? new Blob([content], { type }) : content;
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  // Revoked later: the browser reads the blob after the click returns.
  window.setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
