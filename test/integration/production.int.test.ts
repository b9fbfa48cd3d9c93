import { freePort, runServerToExit } from '../../reliability/serverProcess';
import { listen, postGraphQL } from '../utils/listen';
import { dropProductionUser, productionOverrides } from '../utils/productionUser';
import { TEST_BOLT_PORT } from '../utils/testPorts';
import type { TestServer } from '../utils/testServer';
import { startTestServer } from '../utils/testServer';

let t: TestServer;
let baseUrl: string;

beforeAll(async () => {
  t = await startTestServer(await productionOverrides());
  baseUrl = await listen(t.server);
});

afterAll(async () => {
  await t.stop();
  await dropProductionUser();
});

test.each<[string, Record<string, string>]>([
  ['without NEO4J_PASSWORD', {}],
  ['with the development password', { NEO4J_PASSWORD: 'cooperation-kg-dev' }],
])(
  'a production start %s refuses to start, in one line saying how to set one',
  async (_name, password) => {
    // The suite's ports: should the refusal ever break, the start must not reach another Neo4j.
    const ports = { NEO4J_BOLT_PORT: String(TEST_BOLT_PORT), PORT: String(await freePort()) };
    expect(await runServerToExit({ NODE_ENV: 'production', ...ports, ...password })).toEqual({
      code: 1,
      output:
        'cooperation-kg: Invalid configuration: NEO4J_PASSWORD="' +
        (password.NEO4J_PASSWORD ?? '') +
        '": production refuses the development password "cooperation-kg-dev": set NEO4J_PASSWORD to a password of your own (the local Neo4j takes it when it starts) (see .env.example)\n',
    });
  },
);

test('production hides GraphiQL and introspection', async () => {
  expect((await fetch(`${baseUrl}/graphiql`)).status).toBe(404);
  const { body } = await postGraphQL(baseUrl, '{ __schema { types { name } } }');
  expect(body.errors?.[0]?.extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
});

test('an unexpected error in production carries no message internals, stack, Cypher or path', async () => {
  // A Source node without its required title breaks the model mapping: a bug, not a user error.
  await t.db.write("CREATE (:Source {id: 'source/broken', text: 'x'})");
  const response = await fetch(`${baseUrl}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query: '{ source(id: "source/broken") { title } }' }),
  });
  expect(await response.text()).toBe(
    '{"errors":[{"message":"Internal server error","path":["source"],"extensions":{"code":"INTERNAL_SERVER_ERROR"}}],"data":{"source":null}}\n',
  );
  await t.db.write("MATCH (s:Source {id: 'source/broken'}) DELETE s");
});

test('a body that is not JSON is answered as a typed error, not an HTML page with a stack', async () => {
  const response = await fetch(`${baseUrl}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: '{"query": ',
  });
  expect(response.status).toBe(400);
  expect(await response.json()).toEqual({
    errors: [
      { message: 'The request body is not valid JSON.', extensions: { code: 'BAD_REQUEST' } },
    ],
  });
});
