import { Label } from '../../db/labelsAndTypes';
import type { NodeUpsert } from '../../domain/importPlan';
import type { ParsedDocument } from '../documentSchema';
import type { ProblemList } from './problemList';
import { storedDates } from './storedDates';

/** The source node a document writes, and the text its excerpts are located in. */
export interface PlannedSource {
  node: NodeUpsert;
  /** Empty where the text file cannot be read (a problem then says why). */
  text: string;
}

/**
 * Plans the document's source: its text, inline or read with `readTextFile` (relative to the
 * document; absent where only inline text is allowed), and its fields.
 */
export function planSource(
  source: ParsedDocument['source'],
  readTextFile: ((path: string) => string | null) | undefined,
  problems: ProblemList,
): PlannedSource {
  let text = '';
  if (source.textFile !== undefined) {
    const read = readTextFile?.(source.textFile) ?? null;
    if (read === null) {
      problems.add(
        'source.textFile',
        readTextFile
          ? `cannot read "${source.textFile}" (relative to the document)`
          : 'a text file cannot be read here: give the source text inline as "text"',
      );
    } else {
      text = read;
    }
  } else {
    text = source.text ?? '';
  }
  const stored = storedDates({ date: source.date }, 'source', problems);
  const node: NodeUpsert = {
    label: Label.Source,
    id: source.id,
    props: {
      title: source.title,
      kind: source.kind,
      publisher: source.publisher ?? null,
      url: source.url ?? null,
      language: source.language ?? null,
      text,
      ...stored.props,
    },
    dates: stored.dates,
    clear: stored.clear,
    names: { entries: [], values: [], matchKeys: [] },
    evidenceIds: [],
    path: 'source',
  };
  return { node, text };
}
