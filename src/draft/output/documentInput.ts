/**
 * A document in the shape of the GraphQL `DocumentInput`: excerpts as `{ quote, occurrence }`
 * and alternative names as `{ value }`, where a YAML document may write plain strings. Pure,
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
    return Object.fromEntries(
      Object.entries(value).map(([key, inner]) => [key, toDocumentInput(inner, key)]),
    );
  }
  return value;
}
