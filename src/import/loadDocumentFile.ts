import { existsSync, readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';

import { parse } from 'yaml';

import { DocumentInvalidError } from './documentInvalidError';

/** A document read from disk, with a reader for its source text file. */
export interface LoadedDocument {
  file: string;
  content: unknown;
  readTextFile: (path: string) => string | null;
}

/** Reads a YAML or JSON document; a syntax error is reported as a `DocumentInvalidError`. */
export function loadDocumentFile(file: string): LoadedDocument {
  let content: unknown;
  try {
    content = parse(readFileSync(file, 'utf8'), { prettyErrors: true });
  } catch (error) {
    const firstLine = error instanceof Error ? (error.message.split('\n')[0] ?? '') : String(error);
    const message = firstLine.replace(/:\s*$/, '');
    throw new DocumentInvalidError(file, [
      { path: '(document)', message: `cannot parse: ${message}` },
    ]);
  }
  const folder = dirname(file);
  return {
    file,
    content,
    readTextFile: (path) => {
      const full = resolve(folder, path);
      return existsSync(full) ? readFileSync(full, 'utf8') : null;
    },
  };
}
