import type { AddressInfo } from 'node:net';

import type { BuiltServer } from '../../src/server';

/** Starts the built server on a free loopback port; returns its base URL. */
export async function listen(server: BuiltServer): Promise<string> {
  await new Promise<void>((resolve) => server.httpServer.listen(0, '127.0.0.1', resolve));
  const { port } = server.httpServer.address() as AddressInfo;
  return `http://127.0.0.1:${port}`;
}

/** POSTs a GraphQL operation as a browser or client would. */
export async function postGraphQL(
  baseUrl: string,
  query: string,
  variables: Record<string, unknown> = {},
): Promise<{
  status: number;
  body: { data?: unknown; errors?: { message: string; extensions?: { code?: string } }[] };
}> {
  const response = await fetch(`${baseUrl}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query, variables }),
  });
  return { status: response.status, body: (await response.json()) as never };
}
