import Cypher from '@neo4j/cypher-builder';

import { Label } from '../db/labelsAndTypes';
import { compareTerms } from '../domain/termOrder';
import { BUILT_IN_TERMS, TERM_PREFIX } from '../domain/vocabularies';
import type { TermVocabulary } from '../models';
import { toVocabularyTerm, vocabularyKey } from '../repositories/nodeMappers';
import { selectionOf } from './entityPlans';
import type { RootPlanner } from './plan';
import { compile } from './plan';
import { rawString } from './rawValues';

/**
 * `terms(vocabulary)`: the built-in terms of the code and the curated terms stored, in one
 * statement, listed in `compareTerms` order. A built-in term reads from the code even where a
 * node has its id, as `loadTerm` reads it.
 */
export const everyTerm: RootPlanner = (args) => {
  const vocabulary =
    typeof args.vocabulary === 'string' ? vocabularyKey(args.vocabulary as TermVocabulary) : null;
  const builtIns = [...BUILT_IN_TERMS.values()]
    .filter((term) => vocabulary === null || term.vocabulary === vocabulary)
    .map((term) => term.id);
  return {
    key: '',
    params: {
      termBuiltIns: builtIns,
      termPrefix: vocabulary === null ? null : `${TERM_PREFIX}${vocabulary}/`,
    },
    build: (field) =>
      compile((compiler) => {
        const id = new Cypher.NamedVariable('tid');
        const term = new Cypher.NamedNode('t');
        const projection = compiler.object('Term', selectionOf(field, 'Term'), {
          node: term,
          termId: id,
        });
        const clause = new Cypher.Raw(
          (env) => `CALL () {
  MATCH (stored:${Label.Term}) WHERE $termPrefix IS NULL OR stored.id STARTS WITH $termPrefix
  RETURN collect(stored.id) AS curated
}
UNWIND $termBuiltIns + curated AS tid
OPTIONAL MATCH (t:${Label.Term} {id: tid}) WHERE NOT tid IN $termBuiltIns
RETURN [tid, t.name, t.broader, t.description, t.names] AS key, ${env.compile(projection.expr ?? new Cypher.Literal(null))} AS item`,
        );
        return {
          clause,
          read: (records, _prepared, variables) =>
            records
              .flatMap((record) => {
                const [tid, name, broader, description, names] = record.get('key') as unknown[];
                const props =
                  name === null
                    ? null
                    : { id: tid, name, broader, description, names, evidence: [] };
                const model = toVocabularyTerm(rawString(tid), props);
                return model ? [{ model, item: record.get('item') as unknown }] : [];
              })
              .sort((a, b) => compareTerms(a.model, b.model))
              .map(({ item }) => projection.decode(item, variables)),
        };
      }),
  };
};
