/**
 * A document in the shape of the GraphQL `DocumentInput`: excerpts (evidence and a statement's
 * quote) as `{ quote, occurrence }` and alternative names as `{ value }`, where a YAML document
 * may write plain strings. Pure,
 * shared by the `draftDocument` payload and the curator page.
 */
export function toDocumentInput(value: unknown, field = ''): unknown {
  if (Array.isArray(value)) {
    return value.map((item) => {
      if (typeof item === 'string' && field === 'evidence') return { quote: item };
      if (typeof item === 'string' && field === 'aliases') return { value: item };
      return toDocumentInput(item);
    });
  }
  if (value !== null && typeof value === 'object') {
    // A statement's quote is an excerpt: `{ quote }` where YAML may write the string.
    const statement = 'speaker' in value;
    return Object.fromEntries(
      Object.entries(value)
        .map(([key, inner]): [string, unknown] => [
          key,
          statement && key === 'quote' && typeof inner === 'string'
            ? { quote: inner }
            : toDocumentInput(inner, key),
        ])
        // A curated term for a role or kind goes in `roleTerm` / `kindTerm` beside the enum.
        .map(([key, inner]): [string, unknown] =>
          (key === 'kind' || key === 'role') &&
          typeof inner === 'string' &&
          inner.startsWith('term/')
            ? [`${key}Term`, inner]
            : [key, inner],
        ),
    );
  }
  return value;
}
