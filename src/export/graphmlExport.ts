import neo4j from 'neo4j-driver';
import { create } from 'xmlbuilder2';

import type { KnowledgeSubgraph } from '../repositories/exportRepository';

/** Properties kept for search and matching, not facts: left out of interchange formats. */
export const INTERNAL_PROPERTIES = new Set(['matchKeys', 'searchNames', 'names', 'evidence']);

type GraphmlType = 'string' | 'int' | 'long' | 'double' | 'boolean';

/** A value as GraphML data: its text and attribute type (lists joined with "; "). */
function graphmlValue(value: unknown): { text: string; type: GraphmlType } | null {
  if (value === null || value === undefined) return null;
  if (typeof value === 'boolean') return { text: String(value), type: 'boolean' };
  if (neo4j.isInt(value)) return { text: value.toString(), type: 'long' };
  if (typeof value === 'number') return { text: String(value), type: 'double' };
  if (Array.isArray(value)) {
    return value.length === 0
      ? null
      : { text: value.map((item) => graphmlValue(item)?.text ?? '').join('; '), type: 'string' };
  }
  // Strings, dates and datetimes (whose toString is ISO 8601).
  return { text: (value as { toString(): string }).toString(), type: 'string' };
}

/** The GraphML attributes of a node or an edge: its type, its own properties, its evidence count. */
function attributesOf(
  type: string,
  properties: Record<string, unknown>,
): [string, { text: string; type: GraphmlType }][] {
  const attributes: [string, { text: string; type: GraphmlType }][] = [
    ['type', { text: type, type: 'string' }],
  ];
  for (const key of Object.keys(properties).sort()) {
    if (INTERNAL_PROPERTIES.has(key) || key === 'id') continue;
    const value = graphmlValue(properties[key]);
    if (value) attributes.push([key, value]);
  }
  const evidence = properties.evidence;
  attributes.push([
    'evidenceCount',
    { text: String(Array.isArray(evidence) ? evidence.length : 0), type: 'int' },
  ]);
  return attributes;
}

/**
 * The entities and facts as GraphML (http://graphml.graphdrawing.org), which Gephi, Cytoscape and
 * yEd open: a directed graph whose nodes are the entities (id as node id, `label` the name or
 * title) and whose edges are the facts, each with its type, its properties (kinds, dates, roles,
 * qualifiers) and its number of supporting excerpts as typed `<data>` attributes.
 */
export function exportGraphml(graph: KnowledgeSubgraph): string {
  const nodes = [...graph.entities].sort((a, b) =>
    String(a.properties.id) < String(b.properties.id) ? -1 : 1,
  );
  const edges = [...graph.facts].sort((a, b) => {
    const x = `${a.fromId}\u0000${a.type}\u0000${a.toId}\u0000${JSON.stringify(graphmlValue(a.properties.role))}`;
    const y = `${b.fromId}\u0000${b.type}\u0000${b.toId}\u0000${JSON.stringify(graphmlValue(b.properties.role))}`;
    return x < y ? -1 : x > y ? 1 : 0;
  });
  const nodeAttributes = nodes.map((node) => {
    const props = node.properties;
    const label = props.name ?? props.title ?? props.id;
    return {
      id: String(props.id),
      attributes: [
        ['label', { text: String(label), type: 'string' as const }] as const,
        ...attributesOf(node.labels[0] ?? 'Node', props),
      ],
    };
  });
  const edgeAttributes = edges.map((edge, i) => ({
    id: `e${i}`,
    source: edge.fromId,
    target: edge.toId,
    attributes: [
      ['label', { text: edge.type, type: 'string' as const }] as const,
      ...attributesOf(edge.type, edge.properties),
    ],
  }));

  const keys = new Map<string, { for: 'node' | 'edge'; name: string; type: GraphmlType }>();
  const keyId = (scope: 'node' | 'edge', name: string, type: GraphmlType) => {
    const id = `${scope === 'node' ? 'n' : 'e'}_${name}`;
    const known = keys.get(id);
    // A property with values of two types (an int here, a text there) is kept as text.
    if (!known) keys.set(id, { for: scope, name, type });
    else if (known.type !== type) known.type = 'string';
    return id;
  };
  for (const n of nodeAttributes) for (const [name, v] of n.attributes) keyId('node', name, v.type);
  for (const e of edgeAttributes) for (const [name, v] of e.attributes) keyId('edge', name, v.type);

  const root = create({ version: '1.0', encoding: 'UTF-8' }).ele(
    'http://graphml.graphdrawing.org/xmlns',
    'graphml',
    {
      'xmlns:xsi': 'http://www.w3.org/2001/XMLSchema-instance',
      'xsi:schemaLocation':
        'http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd',
    },
  );
  for (const [id, key] of [...keys.entries()].sort(([a], [b]) => (a < b ? -1 : 1))) {
    root.ele('key', { id, for: key.for, 'attr.name': key.name, 'attr.type': key.type });
  }
  const graphElement = root.ele('graph', { id: 'cooperation-kg', edgedefault: 'directed' });
  for (const node of nodeAttributes) {
    const element = graphElement.ele('node', { id: node.id });
    for (const [name, value] of node.attributes) {
      element.ele('data', { key: `n_${name}` }).txt(value.text);
    }
  }
  for (const edge of edgeAttributes) {
    const element = graphElement.ele('edge', {
      id: edge.id,
      source: edge.source,
      target: edge.target,
    });
    for (const [name, value] of edge.attributes) {
      element.ele('data', { key: `e_${name}` }).txt(value.text);
    }
  }
  return `${root.end({ prettyPrint: true })}\n`;
}
