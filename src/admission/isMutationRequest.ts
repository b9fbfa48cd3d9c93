import type { Request } from 'express';
import { getOperationAST, OperationTypeNode, parse } from 'graphql';

/**
 * True when the request's body asks for a mutation (the operation `operationName` names, or its
 * only one). A document that does not contain the word is a read without being parsed, so reads
 * pay nothing; one that does is parsed under the token limit the server applies anyway. A body
 * that does not parse, or names no operation it has, counts as a read: GraphQL refuses it.
 */
export function isMutationRequest(req: Request, maxTokens: number): boolean {
  const body: unknown = req.body;
  if (body === null || typeof body !== 'object') return false;
  const { query, operationName } = body as { query?: unknown; operationName?: unknown };
  if (typeof query !== 'string' || !query.includes('mutation')) return false;
  try {
    const document = parse(query, { noLocation: true, maxTokens });
    const name = typeof operationName === 'string' ? operationName : undefined;
    return getOperationAST(document, name)?.operation === OperationTypeNode.MUTATION;
  } catch {
    return false;
  }
}
