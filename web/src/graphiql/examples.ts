/** The example operations of docs/queries, bundled at build time (the README's list). */
const files = import.meta.glob<string>('../../../docs/queries/*.graphql', {
  query: '?raw',
  import: 'default',
  eager: true,
});

/** An example operation: its file's name without the number, and its text. */
export interface Example {
  name: string;
  title: string;
  query: string;
}

/** The first line of an example's opening comment, as a title. */
function titleOf(query: string, fallback: string): string {
  const comment = /^#\s*(.+)$/m.exec(query)?.[1];
  return comment ?? fallback;
}

/** Every example, in file-name order. */
export const EXAMPLES: readonly Example[] = Object.entries(files)
  .sort(([a], [b]) => a.localeCompare(b))
  .map(([path, query]) => {
    const name = (path.split('/').pop() ?? path).replace(/^\d+-/, '').replace(/\.graphql$/, '');
    return { name, title: titleOf(query, name), query };
  });

/** The example GraphiQL opens with: every program with its leaders. */
export const FIRST_EXAMPLE = 'every-program-with-its-leaders';
