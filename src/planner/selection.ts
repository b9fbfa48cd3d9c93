import type {
  DirectiveNode,
  FieldNode,
  FragmentDefinitionNode,
  GraphQLField,
  GraphQLObjectType,
  GraphQLOutputType,
  GraphQLSchema,
  SelectionNode,
  SelectionSetNode,
} from 'graphql';
import {
  getArgumentValues,
  getNamedType,
  isAbstractType,
  isObjectType,
  Kind,
  TypeNameMetaFieldDef,
  typeFromAST,
} from 'graphql';

/**
 * One field of a selection set after fragments, aliases and `@include`/`@skip` are applied: what
 * the response holds under `key`. Fields of the same response key are merged, as graphql-js
 * merges them when it executes.
 */
export interface SelectedField {
  /** The response key (the alias, or the field name). */
  key: string;
  /** The field's name in the schema. */
  name: string;
  definition: GraphQLField<unknown, unknown>;
  /** Every node of the document that selects this key (their sub-selections merge). */
  nodes: readonly FieldNode[];
  /** The field's sub-selection per concrete object type it can return; empty for leaves. */
  byType: ReadonlyMap<string, readonly SelectedField[]>;
}

/** What a selection is read against: the schema, the document's fragments and the variables. */
export interface SelectionScope {
  schema: GraphQLSchema;
  fragments: Readonly<Record<string, FragmentDefinitionNode>>;
  variables: Readonly<Record<string, unknown>>;
}

/**
 * The fields selected on an object of type `type` by `selectionSets`, in response order (the
 * order graphql-js's `collectFields` gives), each with its own sub-selection resolved per
 * possible type.
 */
export function selectFields(
  scope: SelectionScope,
  type: GraphQLObjectType,
  selectionSets: readonly SelectionSetNode[],
): SelectedField[] {
  const grouped = new Map<string, FieldNode[]>();
  for (const set of selectionSets) collectFields(scope, type, set, grouped, new Set());
  const out: SelectedField[] = [];
  for (const [key, nodes] of grouped) {
    const first = nodes[0];
    if (!first) continue;
    const name = first.name.value;
    const definition =
      name === TypeNameMetaFieldDef.name ? TypeNameMetaFieldDef : type.getFields()[name];
    // Validation has run: an unknown field cannot reach here.
    if (!definition) throw new Error(`${type.name}.${name} is not a field`);
    out.push({
      key,
      name,
      definition,
      nodes,
      byType: subSelections(scope, definition.type, nodes),
    });
  }
  return out;
}

/** The sub-selection of a field per object type its (named) type can be. */
function subSelections(
  scope: SelectionScope,
  type: GraphQLOutputType,
  nodes: readonly FieldNode[],
): Map<string, SelectedField[]> {
  const named = getNamedType(type);
  const sets = nodes.flatMap((node) => (node.selectionSet ? [node.selectionSet] : []));
  const byType = new Map<string, SelectedField[]>();
  if (sets.length === 0) return byType;
  const objects = isAbstractType(named)
    ? scope.schema.getPossibleTypes(named)
    : isObjectType(named)
      ? [named]
      : [];
  for (const object of objects) byType.set(object.name, selectFields(scope, object, sets));
  return byType;
}

function collectFields(
  scope: SelectionScope,
  type: GraphQLObjectType,
  set: SelectionSetNode,
  grouped: Map<string, FieldNode[]>,
  visitedFragments: Set<string>,
): void {
  for (const selection of set.selections) {
    if (!included(scope, selection)) continue;
    switch (selection.kind) {
      case Kind.FIELD: {
        const key = selection.alias?.value ?? selection.name.value;
        const nodes = grouped.get(key);
        if (nodes) nodes.push(selection);
        else grouped.set(key, [selection]);
        break;
      }
      case Kind.INLINE_FRAGMENT: {
        const condition = selection.typeCondition;
        if (condition && !appliesTo(scope, condition.name.value, type)) break;
        collectFields(scope, type, selection.selectionSet, grouped, visitedFragments);
        break;
      }
      case Kind.FRAGMENT_SPREAD: {
        const name = selection.name.value;
        if (visitedFragments.has(name)) break;
        visitedFragments.add(name);
        const fragment = scope.fragments[name];
        if (!fragment || !appliesTo(scope, fragment.typeCondition.name.value, type)) break;
        collectFields(scope, type, fragment.selectionSet, grouped, visitedFragments);
        break;
      }
    }
  }
}

/** Whether a fragment's type condition holds for an object of `type`. */
function appliesTo(scope: SelectionScope, condition: string, type: GraphQLObjectType): boolean {
  const conditionType = typeFromAST(scope.schema, {
    kind: Kind.NAMED_TYPE,
    name: { kind: Kind.NAME, value: condition },
  });
  if (!conditionType) return false;
  if (conditionType === type) return true;
  return isAbstractType(conditionType) && scope.schema.isSubType(conditionType, type);
}

/** `@skip(if:)` and `@include(if:)`, read with the request's variables. */
function included(scope: SelectionScope, selection: SelectionNode): boolean {
  for (const directive of selection.directives ?? []) {
    const name = directive.name.value;
    if (name !== 'skip' && name !== 'include') continue;
    const value = conditionValue(scope, directive);
    if (name === 'skip' && value === true) return false;
    if (name === 'include' && value !== true) return false;
  }
  return true;
}

function conditionValue(scope: SelectionScope, directive: DirectiveNode): unknown {
  const argument = directive.arguments?.find((arg) => arg.name.value === 'if');
  if (!argument) return undefined;
  const { value } = argument;
  if (value.kind === Kind.BOOLEAN) return value.value;
  if (value.kind === Kind.VARIABLE) return scope.variables[value.name.value];
  return undefined;
}

/** The variables an operation's `@include`/`@skip` directives read: they shape its plans. */
export function conditionVariables(
  operation: { selectionSet: SelectionSetNode },
  fragments: Readonly<Record<string, FragmentDefinitionNode>>,
): string[] {
  const found = new Set<string>();
  const visit = (set: SelectionSetNode, seen: Set<string>) => {
    for (const selection of set.selections) {
      for (const directive of selection.directives ?? []) {
        for (const argument of directive.arguments ?? []) {
          if (argument.value.kind === Kind.VARIABLE) found.add(argument.value.name.value);
        }
      }
      if (selection.kind === Kind.FRAGMENT_SPREAD) {
        const fragment = fragments[selection.name.value];
        if (fragment && !seen.has(fragment.name.value)) {
          seen.add(fragment.name.value);
          visit(fragment.selectionSet, seen);
        }
      } else if (selection.selectionSet) {
        visit(selection.selectionSet, seen);
      }
    }
  };
  visit(operation.selectionSet, new Set());
  return [...found].sort();
}

/** The argument values of a selected field, with the request's variables and defaults applied. */
export function argumentsOf(
  field: SelectedField,
  variables: Readonly<Record<string, unknown>>,
): Record<string, unknown> {
  const node = field.nodes[0];
  if (!node) return {};
  return getArgumentValues(field.definition, node, variables);
}
