import type { FieldNode, GraphQLResolveInfo } from 'graphql';

import type { Plan, PlanLimits, RootPlanner, RunStatement } from './plan';
import type { SelectedField } from './selection';
import { conditionVariables, selectFields } from './selection';

/** The plans of one field of one document, by what shapes them beyond parameter values. */
interface FieldPlans {
  conditions: string[];
  /** The field's selection per value of the `@include`/`@skip` variables. */
  selections: Map<string, SelectedField>;
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

  /** The value of the root field `info` resolves, read in one statement (or none, when known). */
  async resolve(
    args: Record<string, unknown>,
    info: GraphQLResolveInfo,
    run: RunStatement,
    limits: PlanLimits,
  ): Promise<unknown> {
    const planner = this.roots[info.fieldName];
    if (!planner) throw new Error(`no planner for ${info.fieldName}`);
    const entry = this.entryOf(info);
    const shape = entry.conditions
      .map((name) => String(info.variableValues[name] === true))
      .join(',');
    let field = entry.selections.get(shape);
    if (!field) {
      field = rootField(info);
      entry.selections.set(shape, field);
    }
    const prepared = planner(args, field, limits);
    if (!prepared) return null;
    const key = `${shape}|${prepared.key}`;
    let plan = entry.plans.get(key);
    if (!plan) {
      plan = prepared.build(field);
      this.builds += 1;
      entry.plans.set(key, plan);
    }
    await prepared.first?.(run);
    if (prepared.execute) return prepared.execute(plan, run, info.variableValues);
    const records = await run(plan.cypher, {
      ...plan.bind(info.variableValues),
      ...prepared.params,
    });
    return plan.read(records, prepared, info.variableValues);
  }

  private entryOf(info: GraphQLResolveInfo): FieldPlans {
    const node = info.fieldNodes[0];
    if (!node) throw new Error('a resolved field has a node');
    let entry = this.cache.get(node);
    if (!entry) {
      entry = {
        conditions: conditionVariables(info.operation, info.fragments),
        selections: new Map(),
        plans: new Map(),
      };
      this.cache.set(node, entry);
    }
    return entry;
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
