import { compareTerms } from '../domain/termOrder';
import { BUILT_IN_TERMS, TERM_PREFIX } from '../domain/vocabularies';
import type { QueryResolvers, TermResolvers } from '../generated/graphql';
import type { VocabularyTermModel } from '../models';
import { findTerms } from '../repositories/graphRepository';
import { toPlace, toVocabularyTerm, vocabularyKey } from '../repositories/nodeMappers';
import { evidenceField } from './loadEntities';
import { designationOf } from './placeResolvers';

export const termQueries: Pick<QueryResolvers, 'terms'> = {
  terms: async (_root, { vocabulary }, ctx) => {
    const key = vocabulary ? vocabularyKey(vocabulary) : null;
    const builtIn = [...BUILT_IN_TERMS.values()]
      .filter((term) => key === null || term.vocabulary === key)
      .map((term) => toVocabularyTerm(term.id, null));
    const curated = (await findTerms(ctx.db, key === null ? null : `${TERM_PREFIX}${key}/`)).map(
      (row) => toVocabularyTerm(String(row.id), row),
    );
    const all = [...builtIn, ...curated].filter((term): term is VocabularyTermModel => !!term);
    return all.sort(compareTerms);
  },
};

export const Term: TermResolvers = {
  designatedPlaces: async (term, _args, ctx) =>
    (await ctx.loaders.neighbours('termDesignatedPlaces').load(term.id)).map(({ rel, node }) =>
      designationOf(toPlace(node), term.id, rel),
    ),
  evidence: evidenceField,
};
