import type { GraphQLField, GraphQLInputType, GraphQLNamedType, GraphQLSchema } from 'graphql';
import {
  getNamedType,
  getNullableType,
  isAbstractType,
  isEnumType,
  isLeafType,
  isListType,
  isNonNullType,
  isObjectType,
  isScalarType,
} from 'graphql';

/** A small deterministic random source (mulberry32), so a failing seed can be replayed. */
export function randomSource(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Values for optional arguments of nested fields, by input type name. */
const SAMPLE_DATES = ['2010-01-01', '2018-04-20', '2019-06-30', '2024-12-31'];

interface Walk {
  schema: GraphQLSchema;
  random: () => number;
  maxDepth: number;
  aliases: number;
}

const pick = <T>(walk: Walk, items: readonly T[]): T =>
  items[Math.floor(walk.random() * items.length)] as T;

/** A literal for an optional argument, or null to leave it out. */
function argumentLiteral(walk: Walk, type: GraphQLInputType): string | null {
  if (isNonNullType(type)) return null;
  if (walk.random() < 0.5) return null;
  const inner = getNullableType(type);
  if (isListType(inner)) {
    const item = getNamedType(inner);
    if (!isEnumType(item)) return null;
    const values = item.getValues().filter(() => walk.random() < 0.4);
    return `[${values.map((value) => value.name).join(', ')}]`;
  }
  if (isScalarType(inner) && inner.name === 'Date') return `"${pick(walk, SAMPLE_DATES)}"`;
  return null;
}

/** The arguments of a nested field, or null when it has a required argument we cannot make up. */
function argumentsText(walk: Walk, field: GraphQLField<unknown, unknown>): string | null {
  const parts: string[] = [];
  for (const arg of field.args) {
    if (isNonNullType(arg.type) && arg.defaultValue === undefined) return null;
    const literal = argumentLiteral(walk, arg.type);
    if (literal !== null) parts.push(`${arg.name}: ${literal}`);
  }
  return parts.length > 0 ? `(${parts.join(', ')})` : '';
}

/** A random selection set on `type`: some of its fields, sub-selections down to `maxDepth`. */
function selection(walk: Walk, type: GraphQLNamedType, depth: number): string {
  if (isAbstractType(type)) {
    const possible = walk.schema.getPossibleTypes(type);
    const chosen = possible.filter(() => walk.random() < 0.35);
    const fragments = chosen.map(
      (object) => `... on ${object.name} ${selection(walk, object, depth)}`,
    );
    return `{ __typename ${fragments.join(' ')} }`;
  }
  if (!isObjectType(type)) return '';
  const fields = Object.values(type.getFields());
  const parts: string[] = [];
  for (const field of fields) {
    const named = getNamedType(field.type);
    const leaf = isLeafType(named);
    if (!leaf && depth >= walk.maxDepth) continue;
    if (walk.random() > (leaf ? 0.6 : 0.35)) continue;
    // Source texts are long; they are compared often enough by the examples.
    if (field.name === 'text' && type.name === 'Source') continue;
    const args = argumentsText(walk, field);
    if (args === null) continue;
    const alias = walk.aliases > 0 && walk.random() < 0.15 ? `a${walk.aliases--}: ` : '';
    const sub = leaf ? '' : ` ${selection(walk, named, depth + 1)}`;
    parts.push(`${alias}${field.name}${args}${sub}`);
  }
  if (parts.length === 0) parts.push('__typename');
  return `{ ${parts.join(' ')} }`;
}

/**
 * A random query of one root field with the given arguments: a random selection under it, at
 * most `maxDepth` levels deep, with a few aliases and the optional arguments of nested fields
 * (role and kind lists, `asOf` dates) sometimes given.
 */
export function randomQuery(
  schema: GraphQLSchema,
  seed: number,
  root: { field: string; args: string },
  maxDepth = 4,
): string {
  const walk: Walk = { schema, random: randomSource(seed), maxDepth, aliases: 3 };
  const queryType = schema.getQueryType();
  const field = queryType?.getFields()[root.field];
  if (!field) throw new Error(`no root field ${root.field}`);
  return `{ ${root.field}${root.args} ${selection(walk, getNamedType(field.type), 1)} }`;
}
