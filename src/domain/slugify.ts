import { normalizeName } from './normalizeName';

/**
 * A name as one part of an id: its `normalizeName` key with every run of other characters
 * turned into "-" ("Prof. Vice-President" -> "vice-president"), or `fallback` when nothing is
 * left. Position and participant-group ids are derived with it, so a change here changes the
 * ids that documents already imported have in the graph.
 */
export function slugify(text: string, fallback = 'untitled'): string {
  return (
    normalizeName(text)
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-|-$/g, '') || fallback
  );
}
