import { Label } from '../../db/labelsAndTypes';
import type { TermVocabularyKey } from '../../domain/vocabularies';
import { isBuiltInValue } from '../../domain/vocabularies';

/** A reference written in the document (an id, a name or an alias), to be resolved to an id. */
export interface Endpoint {
  label: Label;
  ref: string;
  /** Where the reference is written, for its problem or its resolved alias. */
  path: string;
  /** For terms: the vocabulary the reference must name a term of. */
  vocabulary?: TermVocabularyKey;
}

/** The entity an entry defines, as the start of the facts the entry states (`<path>.id`). */
export function selfRef(label: Label, id: string, path: string): Endpoint {
  return { label, ref: id, path: `${path}.id` };
}

/** A reference to an entity of `label`, written at `path`. */
export function ref(label: Label, reference: string, path: string): Endpoint {
  return { label, ref: reference, path };
}

/** A role or kind, written as a built-in value (`LEADER`) or as a reference to a term. */
export function termRef(vocabulary: TermVocabularyKey, value: string, path: string): Endpoint {
  return { label: Label.Term, ref: value, path, vocabulary };
}

/** True for a role or kind written as a built-in value of its vocabulary. */
export function isBuiltInValueRef(endpoint: Endpoint): boolean {
  return endpoint.vocabulary !== undefined && isBuiltInValue(endpoint.vocabulary, endpoint.ref);
}

/**
 * What a reference resolves by: the same text means the same entity everywhere in a document,
 * but only within its label and vocabulary.
 */
export function endpointKey(endpoint: Endpoint): string {
  return `${endpoint.label}:${endpoint.vocabulary ?? ''}:${endpoint.ref}`;
}
