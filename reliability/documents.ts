import type { DocumentInput } from '../src/import/documentSchema';

/**
 * A document as the importDocument mutation takes it: the file format's shorthand evidence
 * (a list of quoted strings) becomes `[{ quote }]`, everything else is the same structure.
 */
export function toMutationDocument(document: DocumentInput): unknown {
  const convert = (value: unknown, key: string): unknown => {
    if (Array.isArray(value)) {
      return key === 'evidence'
        ? value.map((item: unknown) => (typeof item === 'string' ? { quote: item } : item))
        : value.map((item) => convert(item, ''));
    }
    if (value !== null && typeof value === 'object') {
      return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, convert(v, k)]));
    }
    return value;
  };
  return convert(document, '');
}
