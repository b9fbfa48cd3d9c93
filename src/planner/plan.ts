import type Cypher from '@neo4j/cypher-builder';
import type { Record as Neo4jRecord } from 'neo4j-driver';

import { ParameterBinder } from './parameterBinder';
import { Compiler } from './projection';
import type { SelectedField } from './selection';
import { TYPE_LABELS, TYPE_RULES } from './typeRules';

/** One compiled statement of a root field: built once, bound and run for every request like it. */
export interface Plan {
  cypher: string;
  /** Parameters the plan computes from the request's variables. */
  bind(variables: Readonly<Record<string, unknown>>): Record<string, unknown>;
  /** The field's value from the statement's records (and what the request's preparation knew). */
  read(
    records: Neo4jRecord[],
    prepared: PreparedRequest,
    variables: Readonly<Record<string, unknown>>,
  ): unknown;
}

/**
 * What a root field's planner works out for one request before any plan is looked up: the part
 * of the plan's identity that depends on argument values (a filter's shape, the label an id
 * names), the parameters that go with it, and how to build the plan on a cache miss.
 */
export interface PreparedRequest {
  /** Distinguishes plans of one field that differ in more than parameter values. */
  key: string;
  /** Parameters computed for this request only (a filter's values, a page window). */
  params: Record<string, unknown>;
  /** Anything `read` needs that was computed here (the page window, for cursors). */
  context?: unknown;
  /**
   * A statement to run first, when the plan's parameters depend on its answer (a page counted
   * from the end must know the total first); it completes `params` and `context`.
   */
  first?: (run: RunStatement) => Promise<void>;
  /**
   * Answers with the plan in statements of the field's own (a search's rounds and
   * suggestions), instead of running the plan's statement once and reading it.
   */
  execute?: (
    plan: Plan,
    run: RunStatement,
    variables: Readonly<Record<string, unknown>>,
  ) => Promise<unknown>;
  build(field: SelectedField): Plan;
}

/** Runs a statement in the request's read transaction and returns its records. */
export type RunStatement = (
  cypher: string,
  params: Record<string, unknown>,
) => Promise<Neo4jRecord[]>;

/**
 * A root field's planner: given the field's arguments and its selection, what the request
 * needs; null when the answer is known without the database (`node(id: "x")`).
 */
export type RootPlanner = (
  args: Record<string, unknown>,
  field: SelectedField,
  limits: PlanLimits,
) => PreparedRequest | null;

/** The configured limits a planner checks arguments against before anything runs. */
export interface PlanLimits {
  maxPageSize: number;
  /** Conditions a filter may compile to (MAX_FILTER_CONDITIONS). */
  maxFilterConditions: number;
}

/**
 * Builds a statement with the projection compiler: `statement` receives a compiler whose
 * parameters are bound per request, and returns the clause and a reader of its records.
 */
export function compile(
  statement: (compiler: Compiler) => {
    clause: Cypher.Clause;
    read: Plan['read'];
  },
): Plan {
  const binder = new ParameterBinder();
  const compiler = new Compiler(TYPE_RULES, binder, TYPE_LABELS);
  const { clause, read } = statement(compiler);
  const built = clause.build();
  const constants = binder.capture(built.params);
  return {
    cypher: built.cypher,
    bind: (variables) => ({ ...constants, ...binder.bind(variables) }),
    read,
  };
}
