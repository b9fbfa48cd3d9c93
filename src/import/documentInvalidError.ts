/** One thing wrong with a document, at a path such as `people[3].evidence[0]`. */
export interface DocumentProblem {
  path: string;
  message: string;
}

/** A document failed validation; nothing was written. The message lists every problem. */
export class DocumentInvalidError extends Error {
  override name = 'DocumentInvalidError';

  constructor(
    readonly file: string,
    readonly problems: DocumentProblem[],
  ) {
    super(
      `${file}: ${problems.length} problem${problems.length === 1 ? '' : 's'}, nothing was imported:\n` +
        problems.map((problem) => `  ${file}: ${problem.path}: ${problem.message}`).join('\n'),
    );
  }
}
