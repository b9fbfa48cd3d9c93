import { Document, isMap, isPair, isScalar, isSeq, Scalar, visit } from 'yaml';
import type { Node } from 'yaml';

import type { Draft, DraftFact, EntityFact } from '../draftTypes';
import { assembleDocument } from './assembleDocument';

/** Confidence below which a fact is marked for review even without a specific check. */
const REVIEW_BELOW = 0.7;

function commentsOf(fact: DraftFact): string[] {
  const lines = fact.checks.map((check) => `check: ${check}`);
  if (lines.length === 0 && fact.confidence < REVIEW_BELOW)
    lines.push(`check: uncertain (confidence ${fact.confidence.toFixed(2)})`);
  if (fact.type === 'entity') {
    const alternatives = fact.candidates.filter((c) => c.id !== fact.id);
    if (alternatives.length > 0 && (fact.checks.length > 0 || fact.confidence < 0.8)) {
      lines.push(
        `alternatives: ${alternatives.map((c) => `${c.id}${c.existing ? '' : ' (new)'}`).join(', ')}`,
      );
    }
  }
  return lines;
}

/** The header a draft starts with: where it came from and how to review it. */
function header(draft: Draft, lookup: string): string {
  const entities = draft.facts.filter((f): f is EntityFact => f.type === 'entity');
  const known = entities.filter((e) => e.existing).length;
  const toCheck = draft.facts.filter(
    (f) => f.checks.length > 0 || f.confidence < REVIEW_BELOW,
  ).length;
  return [
    ' yaml-language-server: $schema=../document.schema.json',
    ` Draft made by \`npm run draft\` from "${draft.source.title}"; ids looked up in ${lookup}.`,
    ` ${draft.facts.length} facts, ${known} references to entities already in the graph, ${toCheck} marked "check:".`,
    ' Review every "check:" comment, then import with `npm run import -- FILE` (see seed/README.md).',
  ].join('\n');
}

/**
 * Renders a draft as the YAML of its document, with a `# check: ...` comment on each uncertain
 * fact and the alternative ids of uncertain matches; references to known entities are
 * commented as such. Facts left out (their owner is in the graph) are listed at the end.
 */
export function draftYaml(draft: Draft, lookup: string, facts: DraftFact[] = draft.facts): string {
  const { document, paths, omitted, restated } = assembleDocument(draft, facts);
  const doc = new Document(document);
  doc.commentBefore = header(draft, lookup);
  // Dates must be quoted (an unquoted 2018 is a number to YAML).
  visit(doc, {
    Pair(_key, pair) {
      if (
        isPair(pair) &&
        isScalar(pair.key) &&
        ['date', 'start', 'end', 'attestedOn', 'since'].includes(String(pair.key.value)) &&
        isScalar(pair.value)
      ) {
        pair.value.type = Scalar.QUOTE_SINGLE;
      }
    },
  });
  const byKey = new Map(facts.map((f) => [f.key, f]));
  for (const [key, path] of paths) {
    const fact = byKey.get(key);
    if (!fact) continue;
    const lines = [
      ...(restated.has(key) && fact.type === 'entity'
        ? [
            `${fact.id} is in the graph already: defined again with its stored name and kind to add the links below (nothing else of it changes)`,
          ]
        : []),
      ...commentsOf(fact),
    ];
    if (lines.length === 0) continue;
    const node = doc.getIn(path, true) as Node | undefined;
    if (node && (isMap(node) || isSeq(node) || 'commentBefore' in node)) {
      node.commentBefore = [node.commentBefore, ...lines.map((l) => ` ${l}`)]
        .filter(Boolean)
        .join('\n');
    }
  }
  // References to known entities carry no definition to comment on: say where they point.
  const references = facts.filter((f): f is EntityFact => f.type === 'entity' && f.existing);
  const notes: string[] = [];
  for (const fact of references) {
    const lines = commentsOf(fact);
    notes.push(
      ` ${fact.id}: "${fact.label}" is already in the graph${lines.length > 0 ? `; ${lines.join('; ')}` : ''}`,
    );
  }
  for (const [key, why] of omitted) {
    const fact = byKey.get(key);
    if (fact) notes.push(` left out: ${fact.label} (${why})`);
  }
  if (notes.length > 0)
    doc.comment = [' References and facts not written above:', ...notes].join('\n');
  return doc.toString({ lineWidth: 0, singleQuote: true });
}
