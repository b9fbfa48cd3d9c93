import Cypher from '@neo4j/cypher-builder';

import type { Label as LabelName, Rel } from '../db/labelsAndTypes';
import { Label } from '../db/labelsAndTypes';
import { partialDateFromStored } from '../domain/partialDate';
import { holdsOn } from '../repositories/asOfPredicate';
import { decodeNames } from '../repositories/nodeMappers';
import type { Compiler, CompiledField, FieldRule, Scope } from './projection';
import { plainValue, rawList, rawNumber, rawString, rawStringOrNull } from './rawValues';
import type { SelectedField } from './selection';
import { argumentsOf } from './selection';

/** One hop the API follows: a relationship type, its direction seen from the near node, the far label. */
export interface Hop {
  rel: Rel;
  direction: 'OUT' | 'IN';
  /** The far node's label; any label when null (what a statement is about). */
  to: LabelName | null;
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
  order?: (hop: HopVariables, compiler: Compiler) => [Cypher.Expr, 'ASC' | 'DESC'][];
}

export function nodeOf(scope: Scope): Cypher.Node {
  if (!scope.node) throw new Error('this field is read from a node');
  return scope.node;
}

export function relOf(scope: Scope): Cypher.Relationship {
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

/** A number property stored as an integer. */
export const integerProperty = (name: string): FieldRule => property(name, rawNumber);

/** An optional number property stored as an integer. */
export const optionalIntegerProperty = (name: string): FieldRule =>
  property(name, (raw) => (raw === null || raw === undefined ? null : rawNumber(raw)));

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

/**
 * A value computed from several properties of the node (or relationship) in scope with the same
 * function the mappers use: `compute` receives them as a row of plain values.
 */
export function computed(
  on: 'node' | 'rel',
  properties: readonly string[],
  compute: (row: Record<string, unknown>) => unknown,
): FieldRule {
  return (_field, scope) => {
    const owner = on === 'node' ? nodeOf(scope) : relOf(scope);
    return {
      expr: new Cypher.List(properties.map((name) => owner.property(name))),
      decode(raw) {
        const values = raw as unknown[];
        const row: Record<string, unknown> = {};
        properties.forEach((name, i) => (row[name] = plainValue(values[i])));
        return compute(row);
      },
    };
  };
}

/** A partial date stored as `<prefix>Date` (its first day), `<prefix>Precision` and `<prefix>Edtf`. */
export function partialDate(prefix: string): FieldRule {
  return (_field, scope) => {
    const node = nodeOf(scope);
    return {
      // As text: the driver's temporal values cost more to decode than the date is worth here.
      expr: new Cypher.List([
        Cypher.toString(node.property(`${prefix}Date`)),
        node.property(`${prefix}Precision`),
        node.property(`${prefix}Edtf`),
      ]),
      decode(raw) {
        const [date, precision, edtf] = raw as [unknown, unknown, unknown];
        return partialDateFromStored(
          rawStringOrNull(date),
          rawStringOrNull(precision),
          rawStringOrNull(edtf),
        );
      },
    };
  };
}

/** A date stored as its EDTF text alone, on the relationship in scope (a designation's `since`). */
export function relEdtfDate(name: string): FieldRule {
  return relProperty(name, (raw) => {
    const text = rawStringOrNull(raw);
    return text === null ? null : partialDateFromStored(null, null, text);
  });
}

/** Alternative names, stored as `KIND|language|value` entries. */
export const alternativeNames: FieldRule = (_field, scope) => ({
  expr: nodeOf(scope).property('names'),
  decode: decodeNames,
});

/** The excerpts with these ids (an expression of a list of ids), in that order. */
export function excerptsOf(
  field: SelectedField,
  ids: Cypher.Expr,
  compiler: Compiler,
): CompiledField {
  const id = new Cypher.Variable();
  const excerpt = new Cypher.Node();
  const item = compiler.sub(field, { node: excerpt });
  const lookup = new Cypher.Collect(
    new Cypher.Match(
      new Cypher.Pattern(excerpt, { labels: [Label.Excerpt], properties: { id } }),
    ).return(item.expr ?? new Cypher.Literal(null)),
  );
  return {
    expr: new Cypher.ListComprehension(id)
      .in(Cypher.coalesce(ids, new Cypher.List([])))
      .map(Cypher.head(lookup)),
    decode: (raw, variables) =>
      rawList(raw)
        .filter((value) => value !== null)
        .map((value) => item.decode(value, variables)),
  };
}

/** The evidence of the node (or, with `on: 'rel'`, the relationship) in scope, in stored order. */
export function evidence(on: 'node' | 'rel'): FieldRule {
  return (field, scope, compiler) => {
    const owner = on === 'node' ? nodeOf(scope) : relOf(scope);
    return excerptsOf(field, owner.property('evidence'), compiler);
  };
}

/** One excerpt named by a node property (a statement's quote). */
export function excerptProperty(name: string): FieldRule {
  return (field, scope, compiler) => {
    const list = excerptsOf(field, new Cypher.List([nodeOf(scope).property(name)]), compiler);
    return {
      expr: list.expr,
      decode: (raw, variables) => (list.decode(raw, variables) as unknown[])[0] ?? null,
    };
  };
}

/**
 * The entity at one end of the link in scope. With `optional`, a link that has no such end
 * (a funder that is a program, not an organization) reads null.
 */
export function end(name: string, options: { optional?: boolean } = {}): FieldRule {
  return (field, scope, compiler) => {
    const node = scope.ends?.[name];
    if (!node) {
      if (options.optional) return { expr: new Cypher.Literal(null), decode: () => null };
      throw new Error(`this link has no end "${name}"`);
    }
    return compiler.sub(field, { node });
  };
}

function hopPattern(hop: Hop, vars: HopVariables): Cypher.Pattern {
  return new Cypher.Pattern(vars.near)
    .related(vars.rel, { type: hop.rel, direction: hop.direction === 'OUT' ? 'right' : 'left' })
    .to(vars.far, hop.to ? { labels: [hop.to] } : {});
}

/** Far nodes sorted by name (positions by title), then id: the order every list field keeps. */
export const byName = (hop: HopVariables): [Cypher.Expr, 'ASC' | 'DESC'][] => [
  [Cypher.coalesce(hop.far.property('name'), hop.far.property('title')), 'ASC'],
  [hop.far.property('id'), 'ASC'],
];

/** The subquery of a hop: its links (or far nodes), filtered and sorted, each projected. */
export function compileHop(
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
      .orderBy(...(options.order ?? byName)(vars, compiler))
      .return(item.expr ?? new Cypher.Literal(null)),
  );
  return { subquery, item };
}

/** Every far node of a hop (or every link, with `ends`), sorted. */
export function hopMany(hop: Hop, options: HopOptions = {}): FieldRule {
  return (field, scope, compiler) => {
    const { subquery, item } = compileHop(hop, options, field, scope, compiler);
    return {
      expr: subquery,
      decode: (raw, variables) => rawList(raw).map((value) => item.decode(value, variables)),
    };
  };
}

/** The first far node of a hop (or link, with `ends`) after sorting; null when there is none. */
export function hopOne(hop: Hop, options: HopOptions = {}): FieldRule {
  return (field, scope, compiler) => {
    const { subquery, item } = compileHop(hop, options, field, scope, compiler);
    return {
      expr: Cypher.head(subquery),
      decode: (raw, variables) => item.decode(raw, variables),
    };
  };
}

/** The entity with the id an expression gives (a role's `onBehalfOf`); null when there is none. */
export function entityWithId(
  field: SelectedField,
  id: Cypher.Expr,
  label: LabelName,
  compiler: Compiler,
): CompiledField {
  const target = new Cypher.Node();
  const item = compiler.sub(field, { node: target });
  const lookup = new Cypher.Collect(
    new Cypher.Match(new Cypher.Pattern(target, { labels: [label], properties: { id } })).return(
      item.expr ?? new Cypher.Literal(null),
    ),
  );
  return { expr: Cypher.head(lookup), decode: (raw, variables) => item.decode(raw, variables) };
}

/** The entity a relationship property names by id (a role's `onBehalfOf`); null when unset. */
export function reference(relPropertyName: string, label: LabelName): FieldRule {
  return (field, scope, compiler) =>
    entityWithId(field, relOf(scope).property(relPropertyName), label, compiler);
}

/**
 * A condition on a list argument (`roles`, `kinds`): when the argument is given and not empty,
 * `value` must be one of its entries. One parameter, so a plan serves every value of it.
 */
export function oneOfArgument(
  argument: string,
  value: (hop: HopVariables, compiler: Compiler) => Cypher.Expr,
): NonNullable<HopOptions['where']> {
  return (field, hop, compiler) => {
    const allowed = compiler.binder.param((variables) => {
      const given = argumentsOf(field, variables)[argument];
      return Array.isArray(given) && given.length > 0 ? given : null;
    });
    return Cypher.or(Cypher.isNull(allowed), Cypher.in(value(hop, compiler), allowed));
  };
}

/** Every condition holds. */
export function allOf(
  ...conditions: NonNullable<HopOptions['where']>[]
): NonNullable<HopOptions['where']> {
  return (field, hop, compiler) => {
    const predicates = conditions.map((condition) => condition(field, hop, compiler));
    const combined = Cypher.and(...predicates);
    if (!combined) throw new Error('no conditions');
    return combined;
  };
}

/**
 * The `asOf` argument: when given, the far node holds on that date (programs running then,
 * events and statements not dated after it; see `holdsOn`, the Cypher twin of `domain/asOf`).
 */
export const asOfArgument: NonNullable<HopOptions['where']> = (field, hop, compiler) => {
  const asOf = compiler.binder.param((variables) => {
    const given = argumentsOf(field, variables).asOf;
    return typeof given === 'string' ? given : null;
  });
  return new Cypher.Raw((env) => {
    const date = env.compile(asOf);
    return `(${date} IS NULL OR ${holdsOn(env.compile(hop.far), `date(${date})`)})`;
  });
};
