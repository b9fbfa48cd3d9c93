import type { Database } from '../db/database';
import { Label } from '../db/labelsAndTypes';
import { strOrNull } from '../db/rowValues';
import { partialDateFromStored } from '../domain/partialDate';
import { DocumentInvalidError } from '../import/documentInvalidError';
import { findNodesByIds } from '../repositories/graphRepository';

/** Name of documents that arrive over the API, in validation messages. */
export const INPUT_FILE = 'input';

function isRecord(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

/**
 * GraphQL input without its null and undefined fields, at every depth (null means "not given" in
 * a document). Nulls that are list items stay.
 */
export function withoutNullFieldsDeep(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(withoutNullFieldsDeep);
  if (value !== null && typeof value === 'object') {
    return Object.fromEntries(
      Object.entries(value)
        .filter(([, inner]) => inner !== null && inner !== undefined)
        .map(([key, inner]) => [key, withoutNullFieldsDeep(inner)]),
    );
  }
  return value;
}

/**
 * Where the GraphQL input names a curated term beside an enum (`kindTerm` beside `kind`,
 * `roleTerm` beside `role`), the document has one field that takes either: the term wins.
 */
function termFields(document: Record<string, unknown>): void {
  const visit = (items: unknown, field: 'kind' | 'role', path: string) => {
    if (!Array.isArray(items)) return;
    items.forEach((item: unknown, i) => {
      if (!isRecord(item)) return;
      const term = `${field}Term`;
      if (item[term] === undefined) return;
      if (item[field] !== undefined) {
        throw new DocumentInvalidError(INPUT_FILE, [
          { path: `${path}[${i}]`, message: `give "${field}" or "${term}", not both` },
        ]);
      }
      item[field] = item[term];
      delete item[term];
    });
  };
  visit(document.organizations, 'kind', 'organizations');
  visit(document.places, 'kind', 'places');
  visit(document.statements, 'kind', 'statements');
  const nested = (section: string, list: string) => {
    const items = document[section];
    if (!Array.isArray(items)) return;
    items.forEach((item: unknown, i) => {
      if (isRecord(item)) visit(item[list], 'role', `${section}[${i}].${list}`);
    });
  };
  nested('programs', 'parties');
  nested('programs', 'people');
  nested('events', 'participants');
  nested('events', 'groups');
}

/**
 * Turns a GraphQL `DocumentInput` into an import document. A source given by `id` alone must be
 * imported already: its stored title and text are filled in, so new facts can quote it.
 */
export async function documentFromInput(
  db: Database,
  input: { source: { id: string; text?: string | null } },
): Promise<Record<string, unknown>> {
  const document = withoutNullFieldsDeep(input);
  if (!isRecord(document) || !isRecord(document.source)) throw new TypeError('a document is a map');
  termFields(document);
  if (input.source.text) return document;
  const stored = (await findNodesByIds(db, Label.Source, [input.source.id])).get(input.source.id);
  if (!stored) {
    throw new DocumentInvalidError(INPUT_FILE, [
      {
        path: 'source.text',
        message: `no imported source has the id "${input.source.id}": give its full text to import it`,
      },
    ]);
  }
  const date = partialDateFromStored(
    strOrNull(stored.dateDate),
    strOrNull(stored.datePrecision),
    strOrNull(stored.dateEdtf),
  );
  const known = {
    title: strOrNull(stored.title),
    kind: strOrNull(stored.kind),
    publisher: strOrNull(stored.publisher),
    url: strOrNull(stored.url),
    language: strOrNull(stored.language),
    date: date?.text ?? null,
  };
  const filled: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(known)) if (value !== null) filled[key] = value;
  return { ...document, source: { ...filled, ...document.source, text: strOrNull(stored.text) } };
}
