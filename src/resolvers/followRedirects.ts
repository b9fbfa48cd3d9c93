import { getNamedType, getNullableType, GraphQLID, isInputObjectType, isListType } from 'graphql';
import type { GraphQLInputType, GraphQLResolveInfo } from 'graphql';

import type { Context } from '../context';

/** Each place an ID value sits in an argument: the object or list holding it and its key. */
type Slot = { holder: object; key: string | number; id: string };

function collectIds(
  value: unknown,
  type: GraphQLInputType,
  holder: object,
  key: string | number,
  slots: Slot[],
): void {
  if (value === null || value === undefined) return;
  const inner = getNullableType(type);
  if (isListType(inner)) {
    if (!Array.isArray(value)) return;
    value.forEach((item, i) => collectIds(item, inner.ofType, value, i, slots));
    return;
  }
  if (isInputObjectType(inner)) {
    if (typeof value !== 'object') return;
    for (const field of Object.values(inner.getFields())) {
      collectIds(Reflect.get(value, field.name), field.type, value, field.name, slots);
    }
    return;
  }
  if (getNamedType(inner) === GraphQLID && typeof value === 'string') {
    slots.push({ holder, key, id: value });
  }
}

/**
 * Rewrites, in place, every ID in the arguments of the field being resolved (at any depth of
 * its filters and lists) to the id of the entity it names now: an id a merge replaced stands
 * for the entity kept, in `connection`, `collaborations` and every filter (`neighbours` follows
 * them in its own statement), as it
 * does in `node` and the lookups by id. All the ids of a request's root fields are looked up in
 * one batched read (the request's redirect loader). The arguments are the request's own values
 * (graphql-js coerces them per operation), and rewriting is idempotent, so changing them in
 * place is safe; returns them for convenience.
 */
export async function followRedirects<T extends object>(
  ctx: Context,
  info: GraphQLResolveInfo,
  args: T,
): Promise<T> {
  const field = info.parentType.getFields()[info.fieldName];
  if (!field) return args;
  const slots: Slot[] = [];
  for (const argument of field.args) {
    collectIds(Reflect.get(args, argument.name), argument.type, args, argument.name, slots);
  }
  if (slots.length === 0) return args;
  const targets = await ctx.loaders.redirects.loadMany(slots.map((slot) => slot.id));
  slots.forEach((slot, i) => {
    const target = targets[i];
    if (target instanceof Error) throw target;
    if (target !== undefined && target !== slot.id) Reflect.set(slot.holder, slot.key, target);
  });
  return args;
}
