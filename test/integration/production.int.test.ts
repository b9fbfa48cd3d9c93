import { listen, postGraphQL } from '../utils/listen';
import type { TestServer } from '../utils/testServer';
import { startTestServer } from '../utils/testServer';

let t: TestServer;
let baseUrl: string;

beforeAll(async () => {
  t = await startTestServer({ NODE_ENV: 'production' });
  baseUrl = await listen(t.server);
});

afterAll(() => t.stop());

test('production hides GraphiQL and introspection', async () => {
  expect((await fetch(`${baseUrl}/graphiql`)).status).toBe(404);
  const { body } = await postGraphQL(baseUrl, '{ __schema { types { name } } }');
  expect(body.errors?.[0]?.extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
});
