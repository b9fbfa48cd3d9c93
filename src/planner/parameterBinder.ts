import Cypher from '@neo4j/cypher-builder';

/** Computes one parameter's value from a request's variables. */
export type ParameterSource = (variables: Readonly<Record<string, unknown>>) => unknown;

/** Stands for a parameter in a statement that is built once and bound for every request. */
class ParameterToken {
  constructor(readonly source: ParameterSource) {}
}

/**
 * Parameters of a statement that is built once and run many times. A parameter is created with
 * the function that computes its value from the request's variables; after the statement is
 * built, `bind` gives every parameter its value for one request, so a cached plan never
 * rebuilds Cypher.
 */
export class ParameterBinder {
  private sources: Record<string, ParameterSource> = {};

  /** A parameter whose value `source` computes per request. */
  param(source: ParameterSource): Cypher.Param {
    return new Cypher.Param(new ParameterToken(source));
  }

  /** A parameter with the same value for every request (a constant of the plan). */
  constant(value: unknown): Cypher.Param {
    return this.param(() => value);
  }

  /** Records which generated parameter name stands for which source; call once after build. */
  capture(built: Record<string, unknown>): Record<string, unknown> {
    const others: Record<string, unknown> = {};
    for (const [name, value] of Object.entries(built)) {
      if (value instanceof ParameterToken) this.sources[name] = value.source;
      else others[name] = value;
    }
    return others;
  }

  /** The parameter values for one request. */
  bind(variables: Readonly<Record<string, unknown>>): Record<string, unknown> {
    const values: Record<string, unknown> = {};
    for (const [name, source] of Object.entries(this.sources)) values[name] = source(variables);
    return values;
  }
}
