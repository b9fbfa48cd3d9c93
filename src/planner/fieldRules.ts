import Cypher from '@neo4j/cypher-builder';

import { Label } from '../db/graphModel';
import type { Label as LabelName, Rel } from '../db/graphModel';
import { partialDateFromStored } from '../import/partialDate';
import { decodeNames } from '../repositories/nodeMappers';
import type { Compiler, CompiledField, FieldRule, Scope } from './projection';
import { rawList, rawNumber, rawString, rawStringOrNull } from './rawValues';
import type { SelectedField } from './selection';
import { argumentsOf } from './selection';

/** One hop the API follows: a relationship type, its direction seen from the near node, the far label. */
export interface Hop {
  rel: Rel;
  direction: 'OUT' | 'IN';
  to: LabelName;
}

/** The variables of one hop while it is being compiled. */
export interface HopVariables {
  near: Cypher.Node;
  rel: Cypher.Relationship;
  far: Cypher.Node;
}

export interface HopOptions {
  /**
   * For fields whose type is a link (a party, a role): the names its rules give the near and the
   * far node. Without it the field's type is the far entity itself.
   */
  ends?: { near: string; far: string };
  /** A condition from the field's arguments (roles, kinds). */
  where?: (field: SelectedField, hop: HopVariables, compiler: Compiler) => Cypher.Predicate;
  /** Sort keys; by the far node's name, then id, unless given. */
  order?: (hop: HopVariables) => [Cypher.Expr, 'ASC' | 'DESC'][];
}

function nodeOf(scope: Scope): Cypher.Node {
  if (!scope.node) throw new Error('this field is read from a node');
  return scope.node;
}

function relOf(scope: Scope): Cypher.Relationship {
  if (!scope.rel) throw new Error('this field is read from a relationship');
  return scope.rel;
}

const nullable = (value: unknown) => (value === undefined ? null : value);

/** A node property, read as it is stored (strings), or through `decode`. */
export function property(name: string, decode: (raw: unknown) => unknown = nullable): FieldRule {
  return (_field, scope) => ({ expr: nodeOf(scope).property(name), decode });
}

/** A required string property. */
export const stringProperty = (name: string): FieldRule => property(name, rawString);

/** A stored enum value; values outside the allow-list read as `fallback` (as the mappers do). */
export function enumProperty<T extends string>(
  name: string,
  allowed: readonly T[],
  fallback: T,
): FieldRule {
  return property(name, (raw) => allowed.find((value) => value === raw) ?? fallback);
}

/** A relationship property. */
export function relProperty(name: string, decode: (raw: unknown) => unknown = nullable): FieldRule {
  return (_field, scope) => ({ expr: relOf(scope).property(name), decode });
}

/** An enum stored on a relationship; a value outside the allow-list is a bug. */
export function relEnum<T extends string>(name: string, allowed: readonly T[]): FieldRule {
  return relProperty(name, (raw) => {
    const found = allowed.find((value) => value === raw);
    if (!found) throw new Error(`unexpected stored value ${String(raw)}`);
    return found;
  });
}

/** A partial date stored as `<prefix>Date` (its first day) and `<prefix>Precision`. */
export function partialDate(prefix: string): FieldRule {
  return (_field, scope) => {
    const node = nodeOf(scope);
    return {
      expr: new Cypher.List([node.property(`${prefix}Date`), node.property(`${prefix}Precision`)]),
      decode(raw) {
        const [date, precision] = raw as [unknown, unknown];
        return partialDateFromStored(rawStringOrNull(date), rawStringOrNull(precision));
      },
    };
  };
}

/** Alternative names, stored as `KIND|language|value` entries. */
export const alternativeNames: FieldRule = (_field, scope) => ({
  expr: nodeOf(scope).property('names'),
  decode: decodeNames,
});

/** The evidence of the node (or, with `on: 'rel'`, the relationship) in scope, in stored order. */
export function evidence(on: 'node' | 'rel'): FieldRule {
  return (field, scope, compiler) => {
    const owner = on === 'node' ? nodeOf(scope) : relOf(scope);
    const id = new Cypher.Variable();
    const excerpt = new Cypher.Node();
    const item = compiler.sub(field, { node: excerpt });
    const ids = Cypher.coalesce(owner.property('evidence'), new Cypher.List([]));
    const lookup = new Cypher.Collect(
      new Cypher.Match(
        new Cypher.Pattern(excerpt, { labels: [Label.Excerpt], properties: { id } }),
      ).return(item.expr ?? new Cypher.Literal(null)),
    );
    return {
      expr: new Cypher.ListComprehension(id).in(ids).map(Cypher.head(lookup)),
      decode: (raw) =>
        rawList(raw)
          .filter((value) => value !== null)
          .map((value) => item.decode(value)),
    };
  };
}

/** The entity at one end of the link in scope. */
export function end(name: string): FieldRule {
  return (field, scope, compiler) => {
    const node = scope.ends?.[name];
    if (!node) throw new Error(`this link has no end "${name}"`);
    return compiler.sub(field, { node });
  };
}

function hopPattern(hop: Hop, vars: HopVariables): Cypher.Pattern {
  return new Cypher.Pattern(vars.near)
    .related(vars.rel, { type: hop.rel, direction: hop.direction === 'OUT' ? 'right' : 'left' })
    .to(vars.far, { labels: [hop.to] });
}

/** Far nodes sorted by name (positions by title), then id: the order every list field keeps. */
export const byName = (hop: HopVariables): [Cypher.Expr, 'ASC' | 'DESC'][] => [
  [Cypher.coalesce(hop.far.property('name'), hop.far.property('title')), 'ASC'],
  [hop.far.property('id'), 'ASC'],
];

function compileHop(
  hop: Hop,
  options: HopOptions,
  field: SelectedField,
  scope: Scope,
  compiler: Compiler,
): { subquery: Cypher.Collect; item: CompiledField } {
  const vars: HopVariables = {
    near: nodeOf(scope),
    rel: new Cypher.Relationship(),
    far: new Cypher.Node(),
  };
  const itemScope: Scope = options.ends
    ? { rel: vars.rel, ends: { [options.ends.near]: vars.near, [options.ends.far]: vars.far } }
    : { node: vars.far, rel: vars.rel };
  const item = compiler.sub(field, itemScope);
  const match = new Cypher.Match(hopPattern(hop, vars));
  const where = options.where?.(field, vars, compiler);
  if (where) match.where(where);
  const subquery = new Cypher.Collect(
    match
      .with(vars.rel, vars.far)
      .orderBy(...(options.order ?? byName)(vars))
      .return(item.expr ?? new Cypher.Literal(null)),
  );
  return { subquery, item };
}

/** Every far node of a hop (or every link, with `ends`), sorted. */
export function hopMany(hop: Hop, options: HopOptions = {}): FieldRule {
  return (field, scope, compiler) => {
    const { subquery, item } = compileHop(hop, options, field, scope, compiler);
    return { expr: subquery, decode: (raw) => rawList(raw).map((value) => item.decode(value)) };
  };
}

/** The first far node of a hop (or link, with `ends`) after sorting; null when there is none. */
export function hopOne(hop: Hop, options: HopOptions = {}): FieldRule {
  return (field, scope, compiler) => {
    const { subquery, item } = compileHop(hop, options, field, scope, compiler);
    return { expr: Cypher.head(subquery), decode: (raw) => item.decode(raw) };
  };
}

/** The entity a relationship property names by id (a role's `onBehalfOf`); null when unset. */
export function reference(relPropertyName: string, label: LabelName): FieldRule {
  return (field, scope, compiler) => {
    const target = new Cypher.Node();
    const item = compiler.sub(field, { node: target });
    const lookup = new Cypher.Collect(
      new Cypher.Match(
        new Cypher.Pattern(target, {
          labels: [label],
          properties: { id: relOf(scope).property(relPropertyName) },
        }),
      ).return(item.expr ?? new Cypher.Literal(null)),
    );
    return { expr: Cypher.head(lookup), decode: (raw) => item.decode(raw) };
  };
}

/**
 * A condition on a list argument (`roles`, `kinds`): when the argument is given and not empty,
 * `value` must be one of its entries. One parameter, so a plan serves every value of it.
 */
export function oneOfArgument(
  argument: string,
  value: (hop: HopVariables) => Cypher.Expr,
): NonNullable<HopOptions['where']> {
  return (field, hop, compiler) => {
    const allowed = compiler.binder.param((variables) => {
      const given = argumentsOf(field, variables)[argument];
      return Array.isArray(given) && given.length > 0 ? given : null;
    });
    return Cypher.or(Cypher.isNull(allowed), Cypher.in(value(hop), allowed));
  };
}

/** A number property stored as an integer. */
export const integerProperty = (name: string): FieldRule => property(name, rawNumber);
