import Cypher from '@neo4j/cypher-builder';
import { getNamedType, isAbstractType } from 'graphql';

import type { ParameterBinder } from './parameterBinder';
import type { SelectedField } from './selection';

/** Marks the objects a plan built: their fields hold what the response needs under each key. */
export const PLANNED = Symbol('planned');

/** An object a plan built, keyed by response key (aliases included). */
export interface PlannedObject {
  [PLANNED]: true;
  __typename: string;
  [key: string]: unknown;
}

/** Whether a resolver's parent came out of a plan. */
export function isPlanned(value: unknown): value is PlannedObject {
  return typeof value === 'object' && value !== null && PLANNED in value;
}

/** One selected field compiled: the Cypher expression that fetches it and how to read its value. */
export interface CompiledField {
  /** Null for fields a plan answers without the database (`__typename`). */
  expr: Cypher.Expr | null;
  /** Reads the fetched value; `variables` are the request's (for arguments applied after the read). */
  decode(raw: unknown, variables: Variables): unknown;
}

/** A request's variable values. */
export type Variables = Readonly<Record<string, unknown>>;

/**
 * The variables a field is read from. An entity type reads its node; a link type (a party of a
 * program, a person's role) reads its relationship and the nodes at its ends, by the names its
 * rules use (`program`, `organization`).
 */
export interface Scope {
  node?: Cypher.Node;
  rel?: Cypher.Relationship;
  ends?: Readonly<Record<string, Cypher.Node>>;
  /** A term's id, which built-in terms have without a node (see `vocabularyRules`). */
  termId?: Cypher.Expr;
}

/** How one field of one type is fetched. */
export type FieldRule = (field: SelectedField, scope: Scope, compiler: Compiler) => CompiledField;

/** Every planned type's rules, by type and field name. */
export type TypeRules = Readonly<Record<string, Readonly<Record<string, FieldRule>>>>;

/**
 * Compiles selections into Cypher projections. A projection is a list of the selected fields'
 * values in selection order (no keys travel over the wire); its decoder turns that list into a
 * `PlannedObject` keyed by response key.
 */
export class Compiler {
  constructor(
    readonly rules: TypeRules,
    readonly binder: ParameterBinder,
    /** The label each entity type is stored under (for abstract fields). */
    readonly labels: Readonly<Record<string, string>>,
  ) {}

  /** The projection of an object of `typeName` in `scope`; null in, null out. */
  object(typeName: string, fields: readonly SelectedField[], scope: Scope): CompiledField {
    const rules = this.rules[typeName];
    if (!rules) throw new Error(`the planner has no rules for type ${typeName}`);
    const compiled = fields.map((field) => {
      if (field.name === '__typename') {
        return { key: field.key, expr: null, decode: () => typeName };
      }
      const rule = rules[field.name];
      if (!rule) throw new Error(`the planner has no rule for ${typeName}.${field.name}`);
      return { key: field.key, ...rule(field, scope, this) };
    });
    const exprs = compiled.flatMap((field) => (field.expr ? [field.expr] : []));
    return {
      expr: new Cypher.List(exprs),
      decode(raw, variables) {
        if (raw === null || raw === undefined) return null;
        const values = raw as unknown[];
        const out: PlannedObject = { [PLANNED]: true, __typename: typeName };
        let i = 0;
        for (const field of compiled) {
          out[field.key] = field.decode(field.expr ? values[i++] : undefined, variables);
        }
        return out;
      },
    };
  }

  /**
   * The projection of a node that can be of any of the selection's types (an interface field):
   * a tag of its type first, then that type's projection.
   */
  abstract(
    byType: ReadonlyMap<string, readonly SelectedField[]>,
    node: Cypher.Node,
  ): CompiledField {
    const branches = [...byType].map(([typeName, fields]) => ({
      label: this.labels[typeName],
      compiled: this.object(typeName, fields, { node }),
    }));
    const expr = new Cypher.Case();
    branches.forEach((branch, i) => {
      if (!branch.label || !branch.compiled.expr) return;
      expr
        .when(node.hasLabel(branch.label))
        .then(new Cypher.List([new Cypher.Literal(i), branch.compiled.expr]));
    });
    return {
      expr,
      decode(raw, variables) {
        if (raw === null || raw === undefined) return null;
        const [tag, inner] = raw as [unknown, unknown];
        const branch = branches[Number(tag)];
        if (!branch) throw new Error(`unexpected type tag ${String(tag)}`);
        return branch.compiled.decode(inner, variables);
      },
    };
  }

  /**
   * The projection of a field's value read in `scope`: its object type's, or, for an interface
   * field, the projection of whichever type the node in scope is.
   */
  sub(field: SelectedField, scope: Scope): CompiledField {
    if (isAbstractType(getNamedType(field.definition.type))) {
      if (!scope.node) throw new Error(`${field.name} is read from a node`);
      return this.abstract(field.byType, scope.node);
    }
    const [entry, ...others] = [...field.byType];
    if (!entry || others.length > 0) {
      throw new Error(`${field.name} is not a field of one object type`);
    }
    return this.object(entry[0], entry[1], scope);
  }
}
