/** Collects parameter values while a Cypher statement is being composed; names are generated. */
export class CypherParams {
  readonly values: Record<string, unknown> = {};
  private next = 0;

  /** Registers a value and returns its placeholder (`$p0`). */
  add(value: unknown): string {
    const name = `p${this.next}`;
    this.next += 1;
    this.values[name] = value;
    return `$${name}`;
  }
}
