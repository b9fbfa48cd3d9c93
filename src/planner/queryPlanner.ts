import type { FieldNode, GraphQLResolveInfo } from 'graphql';
import type { Record as Neo4jRecord } from 'neo4j-driver';

import type { Plan, PreparedRequest, RootPlanner } from './plan';
import type { SelectedField } from './selection';
import { conditionVariables, selectFields } from './selection';

/** Runs a plan's statement in the request's read transaction and returns its records. */
export type RunStatement = (
  cypher: string,
  params: Record<string, unknown>,
) => Promise<Neo4jRecord[]>;

/** The plans of one field of one document, by what shapes them beyond parameter values. */
interface FieldPlans {
  conditions: string[];
  plans: Map<string, Plan>;
}

/**
 * Answers root fields with one planned statement each. Plans are cached per field of a parsed
 * document (Apollo keeps parsed documents, so a repeated query reuses its field nodes) and per
 * shape (the `@include`/`@skip` variables, and what the field's planner says shapes it): a
 * repeated query only binds its parameters.
 */
export class QueryPlanner {
  private readonly cache = new WeakMap<FieldNode, FieldPlans>();
  /** Plans built since start (a repeated query builds none). */
  builds = 0;

  constructor(private readonly roots: Readonly<Record<string, RootPlanner>>) {}

  /** Whether a root field of the Query type has a planner. */
  plans(fieldName: string): boolean {
    return fieldName in this.roots;
  }

  /** The value of the root field `info` resolves, read in one statement (or none, when known). */
  async resolve(
    args: Record<string, unknown>,
    info: GraphQLResolveInfo,
    run: RunStatement,
  ): Promise<unknown> {
    const planner = this.roots[info.fieldName];
    if (!planner) throw new Error(`no planner for ${info.fieldName}`);
    const prepared = planner(args);
    if (!prepared) return null;
    const plan = this.planFor(info, prepared);
    const records = await run(plan.cypher, {
      ...plan.bind(info.variableValues),
      ...prepared.params,
    });
    return plan.read(records, prepared);
  }

  private planFor(info: GraphQLResolveInfo, prepared: PreparedRequest): Plan {
    const node = info.fieldNodes[0];
    if (!node) throw new Error('a resolved field has a node');
    let entry = this.cache.get(node);
    if (!entry) {
      entry = { conditions: conditionVariables(info.operation, info.fragments), plans: new Map() };
      this.cache.set(node, entry);
    }
    const shape = entry.conditions.map((name) => String(info.variableValues[name] === true));
    const key = `${shape.join(',')}|${prepared.key}`;
    let plan = entry.plans.get(key);
    if (!plan) {
      plan = prepared.build(rootField(info));
      this.builds += 1;
      entry.plans.set(key, plan);
    }
    return plan;
  }
}

/** The root field being resolved, as a selection (fragments, aliases and directives applied). */
function rootField(info: GraphQLResolveInfo): SelectedField {
  const selected = selectFields(
    { schema: info.schema, fragments: info.fragments, variables: info.variableValues },
    info.parentType,
    [{ kind: info.operation.selectionSet.kind, selections: info.fieldNodes }],
  );
  const field = selected.find((candidate) => candidate.key === info.path.key);
  if (!field) throw new Error(`${info.path.key} is not selected`);
  return field;
}
