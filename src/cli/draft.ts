/**
 * `npm run draft -- ARTICLE.txt [--out FILE.yaml] [--offline] [--date YYYY-MM-DD] [--title T]`:
 * drafts an import document from an article (title line, then the body) and prints its YAML, or
 * writes it to FILE. Ids are looked up in the configured Neo4j when it answers, else (or with
 * --offline) in the documents of seed/documents.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { createConnection } from 'node:net';
import { basename, dirname, join, relative, resolve } from 'node:path';
import { parseArgs } from 'node:util';

import { loadConfig } from '../config';
import { connectDatabase } from '../db/connectDatabase';
import type { Database } from '../db/database';
import { draftDocument } from '../draft/draftDocument';
import { draftYaml } from '../draft/output/draftYaml';
import { documentCatalog } from '../draft/resolve/documentCatalog';
import { graphLookup } from '../draft/resolve/graphLookup';
import { dateFromFileName } from '../draft/text/articleDate';
import type { EntityLookup } from '../domain/knownEntity';
import { PROJECT_ROOT } from '../projectRoot';

const USAGE =
  'usage: npm run draft -- ARTICLE.txt [--out FILE.yaml] [--offline] [--date DATE] [--title TITLE]';

/** How long to wait for a database before drafting against the seed documents instead. */
const CONNECT_TIMEOUT_MS = 3_000;

/** True when something listens on the local Neo4j's port (checked before the driver retries). */
function listening(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = createConnection({ host: '127.0.0.1', port });
    const done = (up: boolean) => {
      socket.destroy();
      resolve(up);
    };
    socket.setTimeout(1_000, () => done(false));
    socket.once('connect', () => done(true));
    socket.once('error', () => done(false));
  });
}

async function databaseLookup(): Promise<{ lookup: EntityLookup; db: Database } | null> {
  try {
    const config = loadConfig();
    if (!config.neo4j.externalUri && !(await listening(config.neo4j.localBoltPort))) return null;
    const connecting = connectDatabase(config);
    const db = await Promise.race([
      connecting,
      new Promise<never>((_, reject) =>
        setTimeout(() => {
          // A database that answers late is closed, so the command can end.
          void connecting.then((late) => late.driver.close()).catch(() => undefined);
          reject(new Error('timeout'));
        }, CONNECT_TIMEOUT_MS),
      ),
    ]);
    return { lookup: graphLookup(db, `the database at ${config.neo4j.uri}`), db };
  } catch {
    return null;
  }
}

async function main(): Promise<void> {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: {
      out: { type: 'string' },
      offline: { type: 'boolean', default: false },
      date: { type: 'string' },
      title: { type: 'string' },
    },
  });
  const article = positionals[0];
  if (!article || positionals.length > 1) {
    console.error(USAGE);
    process.exit(2);
  }
  if (!existsSync(article)) {
    console.error(`cooperation-kg: cannot read ${article}`);
    process.exit(1);
  }
  const text = readFileSync(article, 'utf8');
  const out = values.out ? resolve(values.out) : null;
  // The document finds its text relative to where it is written.
  const textFile =
    relative(out ? dirname(out) : process.cwd(), resolve(article)) || basename(article);
  const fromName = dateFromFileName(article);
  const connected = values.offline ? null : await databaseLookup();
  const lookup =
    connected?.lookup ??
    (await documentCatalog(join(PROJECT_ROOT, 'seed', 'documents'))).lookup(
      'seed/documents (offline)',
    );
  if (!connected) console.error(`cooperation-kg: ids looked up in ${lookup.description}`);
  try {
    const draft = await draftDocument(text, {
      lookup,
      textFile,
      title: values.title,
      date: values.date,
      dateHint: fromName,
      sourceId: `source/${basename(article)
        .replace(/\.[^.]+$/, '')
        .toLowerCase()
        .replace(/[^a-z0-9]+/g, '-')
        .replace(/^-|-$/g, '')}`,
    });
    const yaml = draftYaml(draft, lookup.description);
    if (out) {
      writeFileSync(out, yaml);
      const checks = draft.facts.filter((f) => f.checks.length > 0).length;
      console.error(
        `cooperation-kg: wrote ${values.out}: ${draft.facts.length} facts, ${checks} to check`,
      );
    } else {
      process.stdout.write(yaml);
    }
  } finally {
    await connected?.db.driver.close();
  }
}

main().catch((error: unknown) => {
  console.error(`cooperation-kg: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
