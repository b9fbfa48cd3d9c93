import type { AnyVariables, DocumentInput } from '@urql/core';
import { Client, fetchExchange } from '@urql/core';

import { ApiError } from '../api/client';

/** Where the page keeps the curator's token: this tab only, gone when it closes. */
const TOKEN_KEY = 'cooperation-kg.curatorToken';

export function savedToken(): string {
  return sessionStorage.getItem(TOKEN_KEY) ?? '';
}

export function saveToken(token: string): void {
  if (token) sessionStorage.setItem(TOKEN_KEY, token);
  else sessionStorage.removeItem(TOKEN_KEY);
}

/** A failed request with the problems a refused document lists, one per line. */
export class CuratorApiError extends ApiError {
  constructor(
    message: string,
    code: string | null,
    readonly problems: { path: string; message: string }[],
  ) {
    super(message, code);
  }
}

function isProblem(value: unknown): value is { path: string; message: string } {
  return (
    typeof value === 'object' &&
    value !== null &&
    'path' in value &&
    typeof value.path === 'string' &&
    'message' in value &&
    typeof value.message === 'string'
  );
}

/** Runs a mutation with the curator's bearer token; throws a `CuratorApiError` on any error. */
export async function runAsCurator<Data, Variables extends AnyVariables>(
  document: DocumentInput<Data, Variables>,
  variables: Variables,
  token: string,
): Promise<Data> {
  const client = new Client({
    url: '/graphql',
    exchanges: [fetchExchange],
    preferGetMethod: false,
    requestPolicy: 'network-only',
    fetchOptions: { headers: { authorization: `Bearer ${token}` } },
  });
  const result = await client.mutation(document, variables).toPromise();
  if (result.error) {
    const first = result.error.graphQLErrors[0];
    const code = first?.extensions.code;
    const listed: unknown = first?.extensions.problems;
    const problems = Array.isArray(listed) ? listed.filter(isProblem) : [];
    throw new CuratorApiError(
      first?.message ?? result.error.networkError?.message ?? result.error.message,
      typeof code === 'string' ? code : null,
      problems,
    );
  }
  if (!result.data) throw new CuratorApiError('The server sent no data.', null, []);
  return result.data;
}
