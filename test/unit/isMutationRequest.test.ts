/** Which requests take the writes' admission line: mutations, told apart without parsing reads. */
import type { Request } from 'express';

import { isMutationRequest } from '../../src/admission/isMutationRequest';

const withBody = (body: unknown) => ({ body }) as Request;
const MAX_TOKENS = 5_000;

test.each([
  ['a mutation', { query: 'mutation { retractSource(id: "s") { sourceId } }' }, true],
  ['a named mutation', { query: 'mutation Retract { retractSource(id: "s") { sourceId } }' }, true],
  ['a query', { query: '{ programs { totalCount } }' }, false],
  ['a query naming a field "mutation"', { query: '{ mutation: node(id: "x") { id } }' }, false],
  [
    'the mutation operationName picks',
    { query: 'query A { node(id: "x") { id } } mutation B { x }', operationName: 'B' },
    true,
  ],
  [
    'the query operationName picks',
    { query: 'query A { node(id: "x") { id } } mutation B { x }', operationName: 'A' },
    false,
  ],
  ['two operations and no operationName', { query: 'query A { a } mutation B { b }' }, false],
  ['a document that does not parse', { query: 'mutation {' }, false],
  ['no query (a persisted query hash)', { extensions: { persistedQuery: {} } }, false],
  ['no body', undefined, false],
])('%s: %s', (_name, body, expected) => {
  expect(isMutationRequest(withBody(body), MAX_TOKENS)).toBe(expected);
});

test('a mutation past the token limit counts as a read (GraphQL refuses it)', () => {
  const query = `mutation { ${'a '.repeat(200)} }`;
  expect(isMutationRequest(withBody({ query }), 100)).toBe(false);
});
