import { context, SpanKind, SpanStatusCode, trace } from '@opentelemetry/api';

/** The tracer of cooperation-kg's own spans (a no-op until tracing is started). */
export const tracer = trace.getTracer('cooperation-kg');

/** The first clause of a statement (`MATCH`, `UNWIND`, `CALL`…): a span name of low cardinality. */
function firstClause(cypher: string): string {
  return /^\s*([A-Za-z]+)/.exec(cypher)?.[1]?.toUpperCase() ?? 'CYPHER';
}

/**
 * Runs `send` (one Cypher statement) inside a client span that is a child of the active one (the
 * request's): `db.query.text` holds the statement, which carries parameters and never values.
 * With tracing off, the span is a no-op.
 */
export async function inStatementSpan<T>(
  cypher: string,
  database: string | undefined,
  send: () => Promise<T>,
): Promise<T> {
  const operation = firstClause(cypher);
  const span = tracer.startSpan(
    `${operation} neo4j`,
    {
      kind: SpanKind.CLIENT,
      attributes: {
        'db.system.name': 'neo4j',
        'db.operation.name': operation,
        'db.query.text': cypher,
        ...(database ? { 'db.namespace': database } : {}),
      },
    },
    context.active(),
  );
  try {
    return await send();
  } catch (error) {
    span.setStatus({
      code: SpanStatusCode.ERROR,
      message: error instanceof Error ? error.message.split('\n')[0] : String(error),
    });
    throw error;
  } finally {
    span.end();
  }
}
