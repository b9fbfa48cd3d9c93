import neo4j from 'neo4j-driver';
import Papa from 'papaparse';

import { Label, REL_KEY_PROPERTIES, Rel } from '../db/labelsAndTypes';
import type { RawNode, RawRelationship } from '../repositories/backupRepository';
import { emptyNodeList, emptyRelationshipList } from '../repositories/postImportStatements';

/**
 * Between the items of a list in one CSV field (neo4j-admin's --array-delimiter): a control
 * character no name, id or excerpt holds, so lists need no escaping.
 */
export const ARRAY_DELIMITER = '\u001f';
const ARRAY_DELIMITER_OPTION = 'U+001F';

/** One file of the export, by its path inside the export folder. */
export interface ExportFile {
  path: string;
  content: string;
}

/** The CSV export of a graph: files in `neo4j-admin database import` format, and what they hold. */
export interface CsvExport {
  files: ExportFile[];
  nodeFiles: string[];
  relationshipFiles: string[];
  nodes: number;
  relationships: number;
  /** neo4j-admin's options these files need, besides the file names. */
  adminOptions: { arrayDelimiter: string };
}

/** Thrown for a value the CSV format cannot hold. */
export class CsvExportError extends Error {
  override name = 'CsvExportError';
}

/** neo4j-admin's column type of a value; null for an empty list (an empty field is no property). */
function columnType(value: unknown, key: string): string | null {
  if (typeof value === 'string') return 'string';
  if (typeof value === 'boolean') return 'boolean';
  if (neo4j.isInt(value)) return 'long';
  if (typeof value === 'number') return 'double';
  if (neo4j.isDate(value)) return 'date';
  if (neo4j.isDateTime(value)) return 'datetime';
  if (Array.isArray(value)) {
    if (value.length === 0) return null;
    const types = new Set(value.map((item) => columnType(item, key)));
    const [only] = [...types];
    if (types.size !== 1 || !only || only.endsWith('[]')) {
      throw new CsvExportError(`property "${key}" holds a list of mixed or nested values`);
    }
    return `${only}[]`;
  }
  throw new CsvExportError(`property "${key}" holds a value neo4j-admin cannot import`);
}

/** The text of a value in its column. */
function cell(value: unknown, key: string): string {
  if (Array.isArray(value)) {
    return value
      .map((item) => {
        const text = cell(item, key);
        if (text.includes(ARRAY_DELIMITER)) {
          throw new CsvExportError(`a list item of "${key}" holds the list delimiter U+001F`);
        }
        return text;
      })
      .join(ARRAY_DELIMITER);
  }
  if (typeof value === 'string') return value;
  if (typeof value === 'number') return String(value);
  return String(value);
}

/** Properties as typed columns, the empty lists apart (neo4j-admin cannot write them). */
function typedColumns(properties: Record<string, unknown>, skip: readonly string[] = []) {
  const columns: { key: string; type: string }[] = [];
  const emptyLists: string[] = [];
  for (const key of Object.keys(properties).sort()) {
    if (skip.includes(key)) continue;
    const type = columnType(properties[key], key);
    if (type === null) emptyLists.push(key);
    else columns.push({ key, type });
  }
  return { columns, emptyLists };
}

const csv = (fields: string[], rows: string[][]) =>
  `${Papa.unparse({ fields, data: rows }, { newline: '\n', quotes: true })}\n`;

const knownLabels = new Set<string>(Object.values(Label));
const knownTypes = new Set<string>(Object.values(Rel));

/**
 * The stored graph as CSV node and relationship files in the header format `neo4j-admin database
 * import full` reads (`id:ID(Label)`, `name:string`, `start:long`, `at:datetime`,
 * `evidence:string[]`, `:LABEL`; `:START_ID(Label)`, `:END_ID(Label)`, `:TYPE`), one file per
 * label or relationship type and column set, every property with its Neo4j type. An imported
 * copy exports (`kg export`) to the same bytes and hash as the original once `post-import.cypher`
 * has given back the empty lists, which a CSV field cannot express. `import.sh` holds the
 * command line.
 */
export function exportCsv(graph: {
  nodes: RawNode[];
  relationships: RawRelationship[];
}): CsvExport {
  const groups = new Map<string, { path: string; fields: string[]; rows: string[][] }>();
  const postImport: string[] = [];
  const counters = new Map<string, number>();
  const fileFor = (folder: string, name: string, fields: string[]) => {
    const key = `${folder}/${name}/${fields.join(',')}`;
    let group = groups.get(key);
    if (!group) {
      const n = (counters.get(`${folder}/${name}`) ?? 0) + 1;
      counters.set(`${folder}/${name}`, n);
      group = { path: `${folder}/${name}${n === 1 ? '' : `-${n}`}.csv`, fields, rows: [] };
      groups.set(key, group);
    }
    return group;
  };

  for (const node of graph.nodes) {
    const [label, ...more] = node.labels;
    if (!label || more.length > 0 || !knownLabels.has(label)) {
      throw new CsvExportError(
        `a node has the labels ${node.labels.join(':')}: one model label expected`,
      );
    }
    const id = node.properties.id;
    if (typeof id !== 'string') throw new CsvExportError(`a ${label} node has no id`);
    const { columns, emptyLists } = typedColumns(node.properties, ['id']);
    const fields = [`id:ID(${label})`, ...columns.map((c) => `${c.key}:${c.type}`), ':LABEL'];
    fileFor('nodes', label, fields).rows.push([
      id,
      ...columns.map((c) => cell(node.properties[c.key], c.key)),
      label,
    ]);
    for (const key of emptyLists) {
      postImport.push(emptyNodeList(label, id, key));
    }
  }

  for (const rel of graph.relationships) {
    if (
      !knownTypes.has(rel.type) ||
      !knownLabels.has(rel.fromLabel) ||
      !knownLabels.has(rel.toLabel)
    ) {
      throw new CsvExportError(`a relationship ${rel.type} is outside the model`);
    }
    const { columns, emptyLists } = typedColumns(rel.properties);
    const fields = [
      `:START_ID(${rel.fromLabel})`,
      `:END_ID(${rel.toLabel})`,
      ':TYPE',
      ...columns.map((c) => `${c.key}:${c.type}`),
    ];
    fileFor('relationships', `${rel.type}-${rel.fromLabel}-${rel.toLabel}`, fields).rows.push([
      rel.fromId,
      rel.toId,
      rel.type,
      ...columns.map((c) => cell(rel.properties[c.key], c.key)),
    ]);
    for (const key of emptyLists) {
      const keyProperties = Object.fromEntries(
        (REL_KEY_PROPERTIES[rel.type as Rel] ?? [])
          .filter((k) => typeof rel.properties[k] === 'string')
          .map((k) => [k, String(rel.properties[k])]),
      );
      postImport.push(emptyRelationshipList(rel, keyProperties, key));
    }
  }

  const sorted = [...groups.values()].sort((a, b) => (a.path < b.path ? -1 : 1));
  const files = sorted.map((group) => ({
    path: group.path,
    content: csv(
      group.fields,
      group.rows.sort((a, b) => {
        const x = a.join('\u0000');
        const y = b.join('\u0000');
        return x < y ? -1 : x > y ? 1 : 0;
      }),
    ),
  }));
  const nodeFiles = files.filter((f) => f.path.startsWith('nodes/')).map((f) => f.path);
  const relationshipFiles = files
    .filter((f) => f.path.startsWith('relationships/'))
    .map((f) => f.path);
  files.push({
    path: 'post-import.cypher',
    content: [
      '// Run after the import (cypher-shell -f post-import.cypher): an empty field of neo4j-admin',
      "// CSV is no property, so the graph's empty lists are set here.",
      ...postImport.sort(),
      '',
    ].join('\n'),
  });
  files.push({
    path: 'import.sh',
    content: [
      '#!/bin/sh',
      '# Imports these files into a stopped Neo4j 5 (DATABASE, default neo4j, is replaced), then',
      '# sets the empty lists. Run from this folder: sh import.sh [DATABASE]',
      'set -e',
      'neo4j-admin database import full \\',
      ...nodeFiles.map((f) => `  --nodes=${f} \\`),
      ...relationshipFiles.map((f) => `  --relationships=${f} \\`),
      `  --multiline-fields=true --array-delimiter=${ARRAY_DELIMITER_OPTION} --overwrite-destination=true \\`,
      '  "${1:-neo4j}"',
      'echo "start Neo4j, then: cypher-shell -d ${1:-neo4j} -f post-import.cypher"',
      '',
    ].join('\n'),
  });
  return {
    files,
    nodeFiles,
    relationshipFiles,
    nodes: graph.nodes.length,
    relationships: graph.relationships.length,
    adminOptions: { arrayDelimiter: ARRAY_DELIMITER_OPTION },
  };
}
