import type { AnyVariables, DocumentInput } from '@urql/core';
import { Client, fetchExchange, stringifyDocument } from '@urql/core';

const client = new Client({
  url: '/graphql',
  exchanges: [fetchExchange],
  // POST only: the server's CSRF protection turns away simple GET requests.
  preferGetMethod: false,
  requestPolicy: 'network-only',
});

/** A failed request as the pages show it: a sentence and the server's `extensions.code`. */
export class ApiError extends Error {
  constructor(
    message: string,
    readonly code: string | null,
  ) {
    super(message);
    this.name = 'ApiError';
  }
}

/** Runs a typed operation against the public GraphQL API; throws an `ApiError` on any error. */
export async function runQuery<Data, Variables extends AnyVariables>(
  document: DocumentInput<Data, Variables>,
  variables: Variables,
): Promise<Data> {
  const result = await client.query(document, variables).toPromise();
  if (result.error) {
    const first = result.error.graphQLErrors[0];
    const code = first?.extensions.code;
    throw new ApiError(
      first?.message ?? result.error.networkError?.message ?? result.error.message,
      typeof code === 'string' ? code : null,
    );
  }
  if (!result.data) throw new ApiError('The server sent no data.', null);
  return result.data;
}

/** The operation's text, as sent to the server. */
export function operationText(document: DocumentInput): string {
  return stringifyDocument(document);
}

/** A link that opens GraphiQL with this operation and its variables filled in. */
export function graphiqlLink(document: DocumentInput, variables?: AnyVariables): string {
  const params = new URLSearchParams({ query: operationText(document) });
  if (variables && Object.keys(variables).length > 0) {
    params.set('variables', JSON.stringify(variables, null, 2));
  }
  return `/graphiql?${params.toString()}`;
}
