import { GraphQLError } from 'graphql';
import type { ValidationContext } from 'graphql';

/** The codes of graphql-armor's limits, one per limit (tokens are graphql-js's parser's). */
export const QueryLimitCode = {
  QUERY_TOO_DEEP: 'QUERY_TOO_DEEP',
  QUERY_TOO_COMPLEX: 'QUERY_TOO_COMPLEX',
  TOO_MANY_ALIASES: 'TOO_MANY_ALIASES',
  QUERY_TOO_LARGE: 'QUERY_TOO_LARGE',
  TOO_MANY_DIRECTIVES: 'TOO_MANY_DIRECTIVES',
} as const;

export type QueryLimitCode = (typeof QueryLimitCode)[keyof typeof QueryLimitCode];

/** A document over one of the query limits, as the limit's rejection hook reported it. */
export class QueryLimitError extends GraphQLError {
  constructor(
    message: string,
    readonly code: QueryLimitCode,
  ) {
    super(message, { extensions: { code } });
    this.name = 'QueryLimitError';
  }
}

/** Armor prefixes its messages so; our answers say what was exceeded without it. */
const ARMOR_PREFIX = 'Syntax Error: ';

/**
 * The options that make one graphql-armor limit report its rejections with `code`: its
 * `onReject` hook reports a QueryLimitError to the validation, in place of armor's own
 * BAD_USER_INPUT report (`propagateOnRejection: false` keeps armor from adding that one).
 */
export function rejectQueriesAs(code: QueryLimitCode): {
  propagateOnRejection: false;
  onReject: ((context: ValidationContext | null, error: GraphQLError) => void)[];
} {
  const report = (context: ValidationContext | null, error: GraphQLError): void => {
    const message = error.message.startsWith(ARMOR_PREFIX)
      ? error.message.slice(ARMOR_PREFIX.length)
      : error.message;
    const rejection = new QueryLimitError(message, code);
    // Armor's validation rules always pass their context; without one, refuse by throwing.
    if (!context) throw rejection;
    context.reportError(rejection);
  };
  return { propagateOnRejection: false, onReject: [report] };
}

/**
 * The QueryLimitError behind an error Apollo sends (it wraps validation errors in its own, with
 * the reported one as `originalError`), or undefined for any other error.
 */
export function queryLimitErrorOf(error: unknown): QueryLimitError | undefined {
  for (let cause = error; cause instanceof Error;) {
    if (cause instanceof QueryLimitError) return cause;
    const next: unknown = cause instanceof GraphQLError ? cause.originalError : undefined;
    if (next === cause) return undefined;
    cause = next;
  }
  return undefined;
}
