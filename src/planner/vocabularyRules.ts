import Cypher from '@neo4j/cypher-builder';

import { Label, Rel } from '../db/labelsAndTypes';
import type { TermVocabularyKey } from '../domain/vocabularies';
import { BUILT_IN_VALUES, builtInTermId } from '../domain/vocabularies';
import { storedRole, toVocabularyTerm } from '../repositories/nodeMappers';
import { computed, end, evidence, hopMany, nodeOf, relEdtfDate, relOf } from './fieldRules';
import { alternativeNames } from './fieldRules';
import type { Compiler, CompiledField, FieldRule, Scope, TypeRules } from './projection';
import { rawString } from './rawValues';
import type { SelectedField } from './selection';

/** The built-in values of a vocabulary and their term ids, as plan constants. */
function vocabularyConstants(compiler: Compiler, vocabulary: TermVocabularyKey) {
  const values = BUILT_IN_VALUES[vocabulary];
  return {
    values: compiler.binder.constant([...values]),
    termIds: compiler.binder.constant(
      Object.fromEntries(values.map((value) => [value, builtInTermId(vocabulary, value)])),
    ),
  };
}

/**
 * The role a relationship stores, read in a vocabulary (as `storedRole` reads it): a built-in
 * value is itself; a curated term counts as the built-in value stored beside it.
 */
export function roleValue(
  rel: Cypher.Relationship,
  vocabulary: TermVocabularyKey,
  fallback: string,
  compiler: Compiler,
): Cypher.Expr {
  const { values } = vocabularyConstants(compiler, vocabulary);
  return new Cypher.Case()
    .when(Cypher.in(rel.property('role'), values))
    .then(rel.property('role'))
    .when(Cypher.in(rel.property('roleBroader'), values))
    .then(rel.property('roleBroader'))
    .else(new Cypher.Literal(fallback));
}

/** The id of the term a relationship's role is: the built-in term of a built-in value, else the stored id. */
export function roleTermId(
  rel: Cypher.Relationship,
  vocabulary: TermVocabularyKey,
  compiler: Compiler,
): Cypher.Expr {
  const { values, termIds } = vocabularyConstants(compiler, vocabulary);
  return new Cypher.Raw((env) => {
    const role = env.compile(rel.property('role'));
    return `CASE WHEN ${role} IN ${env.compile(values)} THEN ${env.compile(termIds)}[${role}] ELSE ${role} END`;
  });
}

/** The role of the link in scope, as its vocabulary's built-in value. */
export function role<T extends string>(vocabulary: TermVocabularyKey, fallback: T): FieldRule {
  return computed(
    'rel',
    ['role', 'roleBroader'],
    (row) => storedRole(vocabulary, row, fallback).role,
  );
}

/** The term of the link's role. */
export function roleTerm(vocabulary: TermVocabularyKey): FieldRule {
  return (field, scope, compiler) =>
    termWithId(field, roleTermId(relOf(scope), vocabulary, compiler), compiler);
}

/** The kind term of the node in scope: its curated `kindTerm`, or the built-in term of its kind. */
export function kindTerm(vocabulary: TermVocabularyKey, fallback: string): FieldRule {
  return (field, scope, compiler) => {
    const node = nodeOf(scope);
    const { values, termIds } = vocabularyConstants(compiler, vocabulary);
    const id = new Cypher.Raw((env) => {
      const kind = env.compile(node.property('kind'));
      const builtIn = `${env.compile(termIds)}[CASE WHEN ${kind} IN ${env.compile(values)} THEN ${kind} ELSE ${env.compile(new Cypher.Literal(fallback))} END]`;
      return `coalesce(${env.compile(node.property('kindTerm'))}, ${builtIn})`;
    });
    return termWithId(field, id, compiler);
  };
}

/**
 * The term with an id: built-in terms come from the code (they have no node), curated ones from
 * their node, and a curated term no longer stored reads as its id says (see `toVocabularyTerm`).
 */
export function termWithId(
  field: SelectedField,
  id: Cypher.Expr,
  compiler: Compiler,
): CompiledField {
  const termId = new Cypher.Variable();
  const term = new Cypher.Node();
  const item = compiler.sub(field, { node: term, termId });
  const lookup = new Cypher.Collect(
    new Cypher.With([id, termId])
      .optionalMatch(new Cypher.Pattern(term, { labels: [Label.Term], properties: { id: termId } }))
      .return(item.expr ?? new Cypher.Literal(null)),
  );
  return { expr: Cypher.head(lookup), decode: (raw, variables) => item.decode(raw, variables) };
}

/** The id of the term in scope: given beside it (built-in terms have no node), or its node's. */
const termIdOf = (scope: Scope): Cypher.Expr => scope.termId ?? nodeOf(scope).property('id');

/** A field of a term, from its id and its node's properties (the node is absent for built-in terms). */
function termField(
  pick: (term: NonNullable<ReturnType<typeof toVocabularyTerm>>) => unknown,
): FieldRule {
  return (_field, scope) => {
    const node = nodeOf(scope);
    return {
      expr: new Cypher.List([
        termIdOf(scope),
        node.property('name'),
        node.property('broader'),
        node.property('description'),
        node.property('names'),
      ]),
      decode(raw) {
        const [id, name, broader, description, names] = raw as unknown[];
        const props =
          name === null ? null : { id, name, broader, description, names, evidence: [] };
        const term = toVocabularyTerm(rawString(id), props);
        if (!term) throw new Error(`${String(id)} is not a term id`);
        return pick(term);
      },
    };
  };
}

/** The term at one end of a designation link (designations are always stored terms). */
function designationEnd(name: string): FieldRule {
  return (field, scope, compiler) => {
    const node = scope.ends?.[name];
    if (!node) throw new Error(`this link has no end "${name}"`);
    return compiler.sub(field, { node, termId: node.property('id') } satisfies Scope);
  };
}

/** The rules of terms and of the links that name them. */
export const TERM_RULES: TypeRules = {
  Term: {
    id: (_field, scope) => ({ expr: termIdOf(scope), decode: rawString }),
    name: termField((term) => term.name),
    vocabulary: termField((term) => term.vocabulary),
    broader: termField((term) => term.broader),
    builtIn: termField((term) => term.builtIn),
    description: termField((term) => term.description),
    alternativeNames,
    designatedPlaces: hopMany(
      { rel: Rel.DESIGNATED_AS, direction: 'IN', to: Label.Place },
      { ends: { near: 'designation', far: 'place' } },
    ),
    evidence: evidence('node'),
  },
  PlaceDesignation: {
    place: end('place'),
    designation: designationEnd('designation'),
    since: relEdtfDate('since'),
    evidence: evidence('rel'),
  },
};
