/**
 * A location in a document as curators read it in messages:
 * `['people', 3, 'evidence', 0]` -> `people[3].evidence[0]`; the empty path is `(document)`.
 */
export function formatPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const part of path) {
    if (typeof part === 'number') out += `[${part}]`;
    else out += out === '' ? String(part) : `.${String(part)}`;
  }
  return out === '' ? '(document)' : out;
}
