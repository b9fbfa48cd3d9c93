import type { z } from 'zod';

import type { DocumentProblem } from '../documentInvalidError';
import { DocumentInvalidError } from '../documentInvalidError';
import { formatPath } from './formatPath';

/**
 * The problems found in one document so far. Planning goes on after a problem so that a curator
 * gets every problem of a stage at once; it stops between stages whose checks would only repeat
 * an earlier problem (no source text: every excerpt would be missing too).
 */
export class ProblemList {
  private readonly problems: DocumentProblem[] = [];

  /** Notes one problem at a path such as `people[3].evidence[0]`. */
  add(path: string, message: string): void {
    this.problems.push({ path, message });
  }

  /** The problems noted so far, in the order they were found. */
  list(): readonly DocumentProblem[] {
    return this.problems;
  }

  /** Throws `DocumentInvalidError` for `file` listing every problem, if there is any. */
  throwIfAny(file: string): void {
    if (this.problems.length > 0) throw new DocumentInvalidError(file, this.problems);
  }
}

/** The document schema's issues as problems, each at its formatted path. */
export function schemaProblems(error: z.ZodError): DocumentProblem[] {
  return error.issues.map((issue) => ({
    path: formatPath(issue.path),
    message: issue.message,
  }));
}
