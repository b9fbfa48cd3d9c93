import { createHash } from 'node:crypto';

import type { ApolloServerPlugin } from '@apollo/server';
import type { Request, RequestHandler } from 'express';
import { OperationTypeNode } from 'graphql';

import type { Context } from '../context';
import type { Database } from '../db/database';
import type { ServerMetrics } from '../metrics/serverMetrics';
import { readGraphVersion } from '../repositories/graphStateRepository';
import { parseBookmarks } from './bookmarks';

/** Answers that may be stored: revalidated (`If-None-Match`) once `max-age` has passed. */
export const cacheableControl = (maxAgeSeconds: number) =>
  `public, max-age=${maxAgeSeconds}, must-revalidate`;

/** Answers to authenticated requests, writes and errors are never stored. */
export const NO_STORE = 'no-store';

/** What a cacheable answer depends on besides its URL and the graph. */
export const CACHEABLE_VARY = 'Accept, Authorization';

export interface HttpCachingOptions {
  db: Database;
  /** Changes when the server's answers may change for the same graph (its SDL and version). */
  buildId: string;
  maxAgeSeconds: number;
  /** READS_REQUIRE_AUTH: every request carries a token, so nothing is cacheable. */
  readsRequireAuth: boolean;
  metrics?: ServerMetrics;
}

/** The build id of a server: a digest of its SDL and its release. */
export function buildIdOf(typeDefs: readonly string[], release: string): string {
  return createHash('sha256')
    .update([release, ...typeDefs].join('\u0000'))
    .digest('hex')
    .slice(0, 16);
}

/**
 * The validator of an answer: the same server build, graph version and resource (URL query and
 * the representation asked for) give the same tag, on every replica. Weak: it names the graph
 * the answer was computed from, not its bytes.
 */
export function entityTag(buildId: string, version: string, resource: string): string {
  const digest = createHash('sha256')
    .update(`${buildId}\u0000${version}\u0000${resource}`)
    .digest('base64url')
    .slice(0, 27);
  return `W/"${digest}"`;
}

/** Whether an `If-None-Match` header names `tag` (weak comparison; `*` names any). */
export function matchesIfNoneMatch(header: string | undefined, tag: string): boolean {
  if (!header) return false;
  const opaque = (t: string) => t.trim().replace(/^W\//, '');
  return header.split(',').some((t) => t.trim() === '*' || opaque(t) === opaque(tag));
}

/** GET without a token, on a server whose reads need none: the only requests whose answers are stored. */
export function isCacheableRequest(
  method: string,
  authorization: string | undefined,
  readsRequireAuth: boolean,
): boolean {
  return method === 'GET' && !authorization && !readsRequireAuth;
}

/** The resource of a GET GraphQL request: its URL query and the media types it accepts. */
export function graphqlResource(search: string, accept: string | undefined): string {
  return `graphql${search}\u0000${accept ?? ''}`;
}

/** The query part of a request's URL, `?` included, as Apollo's Express integration reads it. */
export function searchOf(req: Request): string {
  const at = req.url.indexOf('?');
  return at === -1 ? '' : req.url.slice(at);
}

/**
 * Answers `304 Not Modified` to a cacheable conditional request whose tag is still the current
 * one, before the request waits in the admission line or runs: one cheap read of the graph's
 * version (count store and the newest audit entry, see `readGraphVersion`), honouring the
 * client's bookmarks. Anything else goes on; so does a request when Neo4j cannot answer.
 */
export function conditionalRequests(
  options: HttpCachingOptions,
  resourceOf: (req: Request) => string,
): RequestHandler {
  return (req, res, next) => {
    const ifNoneMatch = req.headers['if-none-match'];
    if (
      !ifNoneMatch ||
      !isCacheableRequest(req.method, req.headers.authorization, options.readsRequireAuth)
    ) {
      next();
      return;
    }
    let bookmarks: string[];
    try {
      bookmarks = parseBookmarks(req.headers['neo4j-bookmarks']);
    } catch {
      next();
      return;
    }
    const db = options.db.forRequest({ bookmarks });
    readGraphVersion(db)
      .then((version) => {
        const tag = entityTag(options.buildId, version, resourceOf(req));
        const hit = matchesIfNoneMatch(ifNoneMatch, tag);
        options.metrics?.cacheLookup('http', hit);
        if (!hit) {
          next();
          return;
        }
        res
          .status(304)
          .set({
            etag: tag,
            'cache-control': cacheableControl(options.maxAgeSeconds),
            vary: CACHEABLE_VARY,
          })
          .end();
      })
      .catch(() => next())
      .finally(() => void db.endRequest());
  };
}

/**
 * Gives GraphQL answers their caching headers: a successful anonymous GET query gets an `ETag`
 * from the graph's version (read before it runs, with the dashboard aggregates' version, so
 * the tag never claims a newer graph than the answer saw) and `Cache-Control: public`; every
 * other answer (a token, a mutation, POST, an error) gets `Cache-Control: no-store`.
 */
export function httpCachingPlugin(options: HttpCachingOptions): ApolloServerPlugin<Context> {
  return {
    requestDidStart({ request }) {
      const http = request.http;
      const cacheable =
        http !== undefined &&
        isCacheableRequest(
          http.method,
          http.headers.get('authorization'),
          options.readsRequireAuth,
        );
      let version: Promise<string> | null = null;
      return Promise.resolve({
        didResolveOperation({ operation, contextValue }) {
          if (
            cacheable &&
            operation?.operation === OperationTypeNode.QUERY &&
            !contextValue.viewer
          ) {
            version = contextValue.graphVersion();
            version.catch(() => undefined);
          }
          return Promise.resolve();
        },
        async willSendResponse({ response }) {
          const headers = response.http.headers;
          const body = response.body;
          const succeeded =
            body.kind === 'single' &&
            !body.singleResult.errors?.length &&
            (response.http.status ?? 200) === 200;
          const seen = succeeded && version ? await version.catch(() => null) : null;
          if (!http || seen === null) {
            headers.set('cache-control', NO_STORE);
            return;
          }
          headers.set(
            'etag',
            entityTag(
              options.buildId,
              seen,
              graphqlResource(http.search, http.headers.get('accept')),
            ),
          );
          headers.set('cache-control', cacheableControl(options.maxAgeSeconds));
          headers.set('vary', CACHEABLE_VARY);
        },
      });
    },
  };
}
