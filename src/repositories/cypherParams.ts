/**
 * An id that a statement reads through its merge redirect itself instead of receiving it as a
 * parameter (see the planner's `redirectedIds`). It still reads as the id it was given (a
 * filter may look at its prefix: a merge never changes an entity's type), and `add` writes its
 * expression, the statement's own text, never user input, in place of a parameter.
 */
export class StatementValue extends String {
  constructor(
    id: string,
    readonly expression: string,
  ) {
    super(id);
  }
}

/** An id a filter names: given as text, or read through its redirect by the statement. */
export function isGivenId(value: unknown): value is string | StatementValue {
  return (typeof value === 'string' || value instanceof StatementValue) && value.length > 0;
}

/** Collects parameter values while a Cypher statement is being composed; names are generated. */
export class CypherParams {
  readonly values: Record<string, unknown> = {};
  private next = 0;

  /** Registers a value and returns its placeholder (`$p0`), or the expression of a `StatementValue`. */
  add(value: unknown): string {
    if (value instanceof StatementValue) return value.expression;
    if (Array.isArray(value) && value.some((item) => item instanceof StatementValue)) {
      return `[${value.map((item: unknown) => this.add(item)).join(', ')}]`;
    }
    const name = `p${this.next}`;
    this.next += 1;
    this.values[name] = value;
    return `$${name}`;
  }
}
