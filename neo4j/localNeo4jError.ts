/** A failure of the local Neo4j whose message is one line that says what to do about it. */
export class LocalNeo4jError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'LocalNeo4jError';
  }
}
