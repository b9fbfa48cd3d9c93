import { Label } from '../../db/labelsAndTypes';
import type { EntityDirectory } from '../../domain/entityDirectory';
import type { ImportPlan, Redirected, TermUse } from '../../domain/importPlan';
import { DocumentInvalidError } from '../documentInvalidError';
import { DocumentSchema } from '../documentSchema';
import { buildAmendments } from './buildAmendments';
import { buildRelationships } from './buildRelationships';
import { collectDrafts } from './collectDrafts';
import { ExcerptEvidence } from './excerptEvidence';
import { planSource } from './planSource';
import { ProblemList, schemaProblems } from './problemList';
import { redirectDefinitions } from './redirectDefinitions';
import { ReferenceResolver } from './resolveReferences';
import { similarNameWarnings } from './similarNameWarnings';
import { StoredTerms } from './storedTerms';

export interface PlanOptions {
  /** Name of the document in messages (its file path, or `input`). */
  file: string;
  /** What is already in the graph, for references to entities of other documents. */
  directory: EntityDirectory;
  /** Reads `source.textFile` (relative to the document); absent where only inline text is allowed. */
  readTextFile?: (path: string) => string | null;
}

/**
 * Validates a document (schema, dates, excerpts, ids, references) and resolves it into the
 * writes it stands for. Throws `DocumentInvalidError` listing every problem; reads the graph
 * only through `directory`, writes nothing.
 */
export async function planDocument(input: unknown, options: PlanOptions): Promise<ImportPlan> {
  const parsed = DocumentSchema.safeParse(input);
  if (!parsed.success) {
    throw new DocumentInvalidError(options.file, schemaProblems(parsed.error));
  }
  const doc = parsed.data;
  const { file, directory } = options;
  const problems = new ProblemList();
  const source = planSource(doc.source, options.readTextFile, problems);
  // Without the text, every excerpt would also be reported missing: stop at the real problem.
  problems.throwIfAny(file);
  const evidence = new ExcerptEvidence(doc.source.id, source.text, problems);
  const drafts = collectDrafts(doc, evidence, problems);
  problems.throwIfAny(file);
  const references = new ReferenceResolver(directory, drafts, problems);
  await redirectDefinitions(drafts, directory, references);
  await references.resolveAll();
  const terms = new StoredTerms(drafts.definitions.of(Label.Term));
  await terms.load(references.resolvedIds(), directory, problems);
  problems.throwIfAny(file);
  const relationships = buildRelationships(drafts, references, terms, problems);
  for (const { node, kind } of drafts.kinds) terms.applyKind(node, references.idOf(kind));
  const amendments = buildAmendments(drafts, references, doc.source.id);
  problems.throwIfAny(file);
  return {
    source: source.node,
    excerpts: evidence.excerpts(),
    nodes: drafts.nodes,
    amendments,
    relationships,
    resolvedAliases: references.resolvedAliases,
    warnings: await similarNameWarnings(drafts.nodes, directory),
    redirected: [...references.redirected].map(([id, to]): Redirected => ({ id, to })),
    termsUsed: [...terms.used].map(([id, broader]): TermUse => ({ id, broader })),
  };
}
