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
 *   restore FILE                   load an export into an empty database (one transaction)
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { userInfo } from 'node:os';

import type { Viewer } from '../auth/authenticate';
import { hashApiKey } from '../auth/authenticate';
import { exportGraph, restoreGraph } from '../backup/graphExport';
import { mergeEntities } from '../curation/mergeEntities';
import { retractSource } from '../curation/retractSource';
import type { Diff } from '../import/diffPlan';
import { importDocument } from '../import/importDocument';
import { loadDocumentFile } from '../import/loadDocumentFile';
import { describeImport } from './import';
import { runCli } from './runCli';

const USAGE = `usage: npm run kg -- import FILE... [--dry-run]
       npm run kg -- merge KEEP_ID MERGE_ID
       npm run kg -- retract SOURCE_ID [--dry-run]
       npm run kg -- hash-key NAME reader|curator|admin KEY
       npm run kg -- export [FILE.jsonl] [--without-audit]
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
const withoutAudit = rest.includes('--without-audit');
const args = rest.filter((arg) => arg !== '--dry-run' && arg !== '--without-audit');

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
    if (args.length > 1) usage();
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
