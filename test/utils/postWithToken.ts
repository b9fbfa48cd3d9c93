/** The result of an HTTP GraphQL request. */
export interface HttpResult {
  status: number;
  data: Record<string, unknown> | null | undefined;
  errors: { message: string; extensions?: Record<string, unknown> }[] | undefined;
}

/** POSTs an operation with an optional bearer token. */
export async function postWithToken(
  baseUrl: string,
  query: string,
  variables: Record<string, unknown> = {},
  token?: string,
): Promise<HttpResult> {
  const response = await fetch(`${baseUrl}/graphql`, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      ...(token ? { authorization: `Bearer ${token}` } : {}),
    },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await response.json()) as Omit<HttpResult, 'status'>;
  return { status: response.status, data: body.data, errors: body.errors };
}
