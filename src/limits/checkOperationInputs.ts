import type {
  FieldNode,
  FragmentDefinitionNode,
  GraphQLField,
  GraphQLInputType,
  GraphQLNamedType,
  GraphQLSchema,
  OperationDefinitionNode,
  SelectionSetNode,
} from 'graphql';
import {
  getArgumentValues,
  getNamedType,
  getVariableValues,
  GraphQLError,
  isInputObjectType,
  isInterfaceType,
  isListType,
  isNonNullType,
  isObjectType,
  isScalarType,
  Kind,
  OperationTypeNode,
} from 'graphql';

import { MAX_ID_LENGTH } from '../domain/inputLimits';
import { ErrorCode } from '../errors';

/** The configurable limits on argument values (see `Config['limits']`). */
export interface InputLimits {
  maxListItems: number;
  maxInputValues: number;
  maxStringLength: number;
  maxFilterDepth: number;
  maxOrderBy: number;
}

/**
 * How deep a variable's JSON may nest before it is coerced: graphql-js coerces by recursion, so a
 * value nested 100 000 deep must be refused before it gets there. No input type of the schema
 * nests half as deep (a document is 5 objects deep).
 */
export const MAX_VARIABLE_DEPTH = 32;

/** Input types whose nesting counts as filter depth. */
const isFilterType = (name: string) => name.endsWith('Filter') && name !== 'StringFilter';

/** Input types of sort orders: their lists are `orderBy` arguments. */
const isOrderType = (name: string) => name.endsWith('Order');

type Segment = string | number;

/** Where a value sits in the arguments: `filter.or[3].name.contains`. */
function formatPath(path: readonly Segment[]): string {
  return path.map((s, i) => (typeof s === 'number' ? `[${s}]` : i === 0 ? s : `.${s}`)).join('');
}

/** What is known about the argument being measured, for the error. */
interface Place {
  field: string;
  path: Segment[];
}

function refusal(
  place: Place,
  limit: string,
  maximum: number,
  message: string,
  found?: number,
): GraphQLError {
  return new GraphQLError(message, {
    extensions: {
      code: ErrorCode.BAD_USER_INPUT,
      limit,
      maximum,
      ...(found === undefined ? {} : { found }),
      field: place.field,
      argument: place.path[0],
      inputPath: formatPath(place.path),
      // Refused before anything ran: a client error, like the other operation limits.
      http: { status: 400 },
    },
  });
}

/** Thrown inside the walk; caught at its top. */
class LimitExceeded extends Error {
  constructor(readonly error: GraphQLError) {
    super(error.message);
  }
}

/** Measures argument values against the limits, counting values across the whole operation. */
class Measure {
  private values = 0;

  constructor(private readonly limits: InputLimits) {}

  /**
   * One argument value of type `type`. `document` marks the arguments of mutations: import
   * documents and entity inputs, bounded by the document format (checked with paths by its
   * schema) and the body size; only their ids are measured here.
   */
  value(
    value: unknown,
    type: GraphQLInputType,
    place: Place,
    filterDepth: number,
    document: boolean,
  ): void {
    if (!document) {
      this.values += 1;
      if (this.values > this.limits.maxInputValues) {
        throw new LimitExceeded(
          refusal(
            place,
            'MAX_INPUT_VALUES',
            this.limits.maxInputValues,
            `The arguments hold more than ${this.limits.maxInputValues} values (MAX_INPUT_VALUES); send a smaller filter or fewer ids.`,
          ),
        );
      }
    }
    if (value === null || value === undefined) return;
    const nullable = isNonNullType(type) ? type.ofType : type;
    if (isListType(nullable)) {
      this.list(value, nullable.ofType, place, filterDepth, document);
      return;
    }
    if (isInputObjectType(nullable)) {
      let depth = filterDepth;
      if (isFilterType(nullable.name)) {
        depth += 1;
        if (depth > this.limits.maxFilterDepth) {
          throw new LimitExceeded(
            refusal(
              place,
              'MAX_FILTER_DEPTH',
              this.limits.maxFilterDepth,
              `Filters can nest at most ${this.limits.maxFilterDepth} levels deep (MAX_FILTER_DEPTH); "${formatPath(place.path)}" is level ${depth}.`,
              depth,
            ),
          );
        }
      }
      const fields = nullable.getFields();
      for (const [key, inner] of Object.entries(value as Record<string, unknown>)) {
        const field = fields[key];
        if (!field) continue;
        this.value(inner, field.type, { ...place, path: [...place.path, key] }, depth, document);
      }
      return;
    }
    if (isScalarType(nullable) && typeof value === 'string')
      this.string(value, nullable, place, document);
  }

  private list(
    value: unknown,
    itemType: GraphQLInputType,
    place: Place,
    filterDepth: number,
    document: boolean,
  ): void {
    // A single value where a list is expected is coerced to a list of one.
    const items = Array.isArray(value) ? (value as unknown[]) : [value];
    if (!document) {
      const order = isOrderType(getNamedType(itemType).name);
      const maximum = order ? this.limits.maxOrderBy : this.limits.maxListItems;
      if (items.length > maximum) {
        const what = formatPath(place.path);
        throw new LimitExceeded(
          order
            ? refusal(
                place,
                'MAX_ORDER_BY',
                maximum,
                `"${what}" holds ${items.length} sort keys; at most ${maximum} (MAX_ORDER_BY).`,
                items.length,
              )
            : refusal(
                place,
                'MAX_INPUT_LIST_ITEMS',
                maximum,
                `"${what}" holds ${items.length} items; a list may hold at most ${maximum} (MAX_INPUT_LIST_ITEMS).`,
                items.length,
              ),
        );
      }
    }
    items.forEach((item, i) =>
      this.value(item, itemType, { ...place, path: [...place.path, i] }, filterDepth, document),
    );
  }

  private string(value: string, type: GraphQLNamedType, place: Place, document: boolean): void {
    const what = formatPath(place.path);
    if (type.name === 'ID') {
      if (value.length > MAX_ID_LENGTH) {
        throw new LimitExceeded(
          refusal(
            place,
            'MAX_ID_LENGTH',
            MAX_ID_LENGTH,
            `"${what}" is ${value.length} characters long; an id has at most ${MAX_ID_LENGTH}.`,
            value.length,
          ),
        );
      }
      return;
    }
    if (!document && value.length > this.limits.maxStringLength) {
      throw new LimitExceeded(
        refusal(
          place,
          'MAX_INPUT_STRING_LENGTH',
          this.limits.maxStringLength,
          `"${what}" is ${value.length} characters long; at most ${this.limits.maxStringLength} (MAX_INPUT_STRING_LENGTH).`,
          value.length,
        ),
      );
    }
  }
}

/** True when a JSON value nests deeper than `maximum` (iterative: safe on any depth). */
function nestsDeeper(value: unknown, maximum: number): boolean {
  const stack: [unknown, number][] = [[value, 0]];
  for (let next = stack.pop(); next; next = stack.pop()) {
    const [current, depth] = next;
    if (current === null || typeof current !== 'object') continue;
    if (depth >= maximum) return true;
    for (const inner of Object.values(current)) stack.push([inner, depth + 1]);
  }
  return false;
}

/**
 * Checks every argument of every field the operation selects (its fragments included, each
 * once), with the variables substituted, against the input limits: items per list, sort keys,
 * filter nesting, string and id lengths, and values in all read arguments together. Returns the
 * first limit broken as a BAD_USER_INPUT error naming it and the argument's path, or null.
 * Variables that do not coerce are left to execution, which reports them.
 */
export function checkOperationInputs(
  schema: GraphQLSchema,
  operation: OperationDefinitionNode,
  fragments: Record<string, FragmentDefinitionNode>,
  variables: Record<string, unknown> | undefined,
  limits: InputLimits,
): GraphQLError | null {
  for (const definition of operation.variableDefinitions ?? []) {
    const name = definition.variable.name.value;
    if (nestsDeeper(variables?.[name], MAX_VARIABLE_DEPTH)) {
      return refusal(
        { field: '', path: [`$${name}`] },
        'MAX_VARIABLE_DEPTH',
        MAX_VARIABLE_DEPTH,
        `Variable "$${name}" nests deeper than ${MAX_VARIABLE_DEPTH} levels.`,
      );
    }
  }
  const coerced = getVariableValues(schema, operation.variableDefinitions ?? [], variables ?? {}, {
    maxErrors: 1,
  });
  if (coerced.errors) return null;
  const root = schema.getRootType(operation.operation);
  if (!root) return null;
  const measure = new Measure(limits);
  const seenFragments = new Set<string>();
  const mutation = operation.operation === OperationTypeNode.MUTATION;

  const walk = (selectionSet: SelectionSetNode, parent: GraphQLNamedType, atRoot: boolean) => {
    for (const selection of selectionSet.selections) {
      if (selection.kind === Kind.FIELD) {
        walkField(selection, parent, atRoot);
      } else if (selection.kind === Kind.INLINE_FRAGMENT) {
        const typeName = selection.typeCondition?.name.value;
        walk(selection.selectionSet, (typeName && schema.getType(typeName)) || parent, atRoot);
      } else {
        const name = selection.name.value;
        const fragment = fragments[name];
        if (!fragment || seenFragments.has(name)) continue;
        seenFragments.add(name);
        const type = schema.getType(fragment.typeCondition.name.value);
        if (type) walk(fragment.selectionSet, type, atRoot);
      }
    }
  };

  const walkField = (node: FieldNode, parent: GraphQLNamedType, atRoot: boolean) => {
    if (!isObjectType(parent) && !isInterfaceType(parent)) return;
    const definition: GraphQLField<unknown, unknown> | undefined =
      parent.getFields()[node.name.value];
    if (!definition) return;
    if (definition.args.length > 0) {
      let values: Record<string, unknown>;
      try {
        values = getArgumentValues(definition, node, coerced.coerced);
      } catch {
        return; // Execution reports arguments that do not coerce.
      }
      for (const argument of definition.args) {
        if (!(argument.name in values)) continue;
        measure.value(
          values[argument.name],
          argument.type,
          { field: node.name.value, path: [argument.name] },
          0,
          mutation && atRoot,
        );
      }
    }
    if (node.selectionSet) walk(node.selectionSet, getNamedType(definition.type), false);
  };

  try {
    walk(operation.selectionSet, root, true);
  } catch (error) {
    if (error instanceof LimitExceeded) return error.error;
    throw error;
  }
  return null;
}
