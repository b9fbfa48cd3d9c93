/**
 * `npm run kg -- <command>`: curation from the command line, for bulk work. Every write is
 * recorded in the audit trail as `cli:<user>`.
 *
 *   import FILE... [--dry-run]     validate and import documents (one transaction each)
 *   merge KEEP MERGE               merge a duplicate entity into another
 *   retract SOURCE [--dry-run]     remove a source and the facts only it supports
 *   hash-key NAME ROLE KEY         print an AUTH_API_KEYS entry for an API key
 *   export [FILE] [--without-audit]
 *                                  write the whole graph as sorted JSON Lines (stdout without
 *                                  FILE); without the audit trail, the knowledge's own hash
 *   export --format graphml|jsonld [FILE] [--base IRI]   entities and facts for Gephi, Cytoscape,
 *                                  yEd (GraphML) or linked-data tools (JSON-LD, schema.org + Web Annotations)
 *   export --format csv DIR        the stored graph as neo4j-admin import files
 *   restore FILE                   load an export into an empty database (one transaction)
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { userInfo } from 'node:os';

import type { Viewer } from '../auth/authenticate';
import { hashApiKey } from '../auth/authenticate';
import { exportGraph, restoreGraph } from '../backup/graphExport';
import { exportStoredGraphCsv, exportSubgraph } from '../export';
import { mergeEntities } from '../curation/mergeEntities';
import { retractSource } from '../curation/retractSource';
import type { Diff } from '../repositories/importDiffRepository';
import { importDocument } from '../import/importDocument';
import { loadDocumentFile } from '../import/loadDocumentFile';
import { describeImport } from './import';
import { runCli } from './runCli';

const USAGE = `usage: npm run kg -- import FILE... [--dry-run]
       npm run kg -- merge KEEP_ID MERGE_ID
       npm run kg -- retract SOURCE_ID [--dry-run]
       npm run kg -- hash-key NAME reader|curator|admin KEY
       npm run kg -- export [FILE.jsonl] [--without-audit]
       npm run kg -- export --format graphml|jsonld [FILE] [--base IRI]
       npm run kg -- export --format csv DIR
       npm run kg -- restore FILE.jsonl`;

const viewer: Viewer = { actor: `cli:${userInfo().username}`, role: 'admin' };

function describeDiff(diff: Diff): string {
  const count = (items: { change: string }[], change: string) =>
    items.filter((i) => i.change === change).length;
  return ['CREATED', 'UPDATED', 'UNCHANGED', 'DELETED']
    .map(
      (change) =>
        `${change.toLowerCase()} ${count(diff.entities, change)} entities/${count(diff.relationships, change)} relationships`,
    )
    .join(', ');
}

function usage(): never {
  console.error(USAGE);
  process.exit(2);
}

const [command, ...rest] = process.argv.slice(2);
const dryRun = rest.includes('--dry-run');
/** The value of `--name VALUE` (or `--name=VALUE`), taken out of `list`. */
function option(list: string[], name: string): string | undefined {
  const at = list.findIndex((arg) => arg === `--${name}` || arg.startsWith(`--${name}=`));
  if (at === -1) return undefined;
  const [arg = ''] = list.splice(at, 1);
  if (arg.includes('=')) return arg.slice(arg.indexOf('=') + 1);
  const [value] = list.splice(at, 1);
  if (value === undefined) usage();
  return value;
}
const withoutAudit = rest.includes('--without-audit');
const args = rest.filter((arg) => arg !== '--dry-run' && arg !== '--without-audit');
const format = option(args, 'format') ?? 'jsonl';
const baseIri = option(args, 'base');

switch (command) {
  case 'import':
    if (args.length === 0) usage();
    runCli(async (db) => {
      for (const file of args) {
        const loaded = loadDocumentFile(file);
        const result = await importDocument(db, loaded.content, {
          ...loaded,
          dryRun,
          diff: true,
          viewer,
        });
        console.log(`${dryRun ? '[dry run] ' : ''}${describeImport(result)}`);
        if (result.diff) console.log(`  ${describeDiff(result.diff)}`);
      }
    });
    break;
  case 'merge': {
    const [keep, merge] = args;
    if (!keep || !merge || args.length !== 2) usage();
    runCli(async (db) => {
      const result = await mergeEntities(db, keep, merge, viewer);
      console.log(
        `merged ${result.mergedId} into ${result.keptId}: moved ${result.relationshipsMoved} relationships; ${result.mergedId} now redirects`,
      );
    });
    break;
  }
  case 'retract': {
    const [sourceId] = args;
    if (!sourceId || args.length !== 1) usage();
    runCli(async (db) => {
      const result = await retractSource(db, sourceId, { dryRun, viewer });
      console.log(
        `${dryRun ? '[dry run] ' : ''}retracted ${sourceId}: ${describeDiff(result.diff)}`,
      );
    });
    break;
  }
  case 'hash-key': {
    const [name, role, key] = args;
    if (
      !name ||
      !key ||
      !['reader', 'curator', 'admin'].includes(role ?? '') ||
      !/^[\w.@-]+$/.test(name)
    )
      usage();
    console.log(`${name}:${role}:${hashApiKey(key)}`);
    break;
  }
  case 'export': {
    const [file] = args;
    if (args.length > 1 || !['jsonl', 'graphml', 'jsonld', 'csv'].includes(format)) usage();
    // The audit trail is part of the JSON Lines export only (the others hold no audit entries).
    if (withoutAudit && format !== 'jsonl') usage();
    if (format === 'csv') {
      if (!file) usage();
      if (existsSync(file) && readdirSync(file).length > 0) {
        console.error(
          `cooperation-kg: ${file} is not empty: export the CSV files into a new folder`,
        );
        process.exit(1);
      }
      runCli(async (db) => {
        const result = await exportStoredGraphCsv(db);
        for (const written of result.files) {
          const target = join(file, written.path);
          mkdirSync(dirname(target), { recursive: true });
          writeFileSync(target, written.content);
        }
        console.error(
          `exported ${result.nodes} nodes and ${result.relationships} relationships to ${file} (${result.nodeFiles.length} node files, ${result.relationshipFiles.length} relationship files); import with: cd ${file} && sh import.sh`,
        );
      });
      break;
    }
    if (format === 'graphml' || format === 'jsonld') {
      runCli(async (db) => {
        const text = await exportSubgraph(db, format, { baseIri });
        if (file) writeFileSync(file, text);
        else process.stdout.write(text);
        console.error(`exported the knowledge graph as ${format}${file ? ` to ${file}` : ''}`);
      });
      break;
    }
    runCli(async (db) => {
      const result = await exportGraph(db, { auditTrail: !withoutAudit });
      if (file) writeFileSync(file, result.text);
      else process.stdout.write(result.text);
      // The summary goes to stderr so that stdout stays the export alone.
      console.error(
        `exported ${result.nodes} nodes and ${result.relationships} relationships${withoutAudit ? ' (audit trail left out)' : ''}${file ? ` to ${file}` : ''}; sha256 ${result.sha256}`,
      );
    });
    break;
  }
  case 'restore': {
    const [file] = args;
    if (!file || args.length !== 1) usage();
    runCli(async (db) => {
      const result = await restoreGraph(db, readFileSync(file, 'utf8'));
      const check = await exportGraph(db);
      console.log(
        `restored ${result.nodes} nodes and ${result.relationships} relationships from ${file}; sha256 ${check.sha256}`,
      );
    });
    break;
  }
  default:
    usage();
}
