import type { RequestHandler } from 'express';
import helmet from 'helmet';

type Directives = Record<string, string[]>;

/**
 * The Content-Security-Policy of every answer: the explorer, the dashboard, the list, source and
 * curator pages work offline under it, every script, style, image, font, worker and request the
 * server's own (their assets are built and served by the server, no CDN), nothing inline (no
 * script, no style element or attribute: the pages colour by class, cytoscape's style element is
 * declined), no `eval`, no plugins, no framing. Images may be `data:` and `blob:` URLs (the
 * explorer's PNG export draws one).
 */
export const PAGE_POLICY: Directives = {
  defaultSrc: ["'self'"],
  baseUri: ["'self'"],
  connectSrc: ["'self'"],
  fontSrc: ["'self'"],
  formAction: ["'self'"],
  frameAncestors: ["'none'"],
  imgSrc: ["'self'", 'data:', 'blob:'],
  objectSrc: ["'none'"],
  scriptSrc: ["'self'"],
  scriptSrcAttr: ["'none'"],
  styleSrc: ["'self'"],
  workerSrc: ["'self'"],
};

/**
 * GraphiQL 5's page: the page policy with the two allowances its editor needs and nothing more.
 * Monaco and GraphiQL's React components write `<style>` elements and style attributes while
 * they run (`style-src 'unsafe-inline'`), and GraphiQL's stylesheet carries its fonts as `data:`
 * URLs (`font-src data:`). Scripts stay the server's own files, Monaco's workers included (Vite
 * bundles them as files: no `blob:` worker, no `eval`).
 */
export const GRAPHIQL_POLICY: Directives = {
  ...PAGE_POLICY,
  fontSrc: ["'self'", 'data:'],
  styleSrc: ["'self'", "'unsafe-inline'"],
};

/** The path GraphiQL's page is served at (see `graphiqlRoutes`). */
const GRAPHIQL_PATH = '/graphiql';

function headers(policy: Directives): RequestHandler {
  return helmet({
    contentSecurityPolicy: { useDefaults: false, directives: policy },
    frameguard: { action: 'deny' },
    referrerPolicy: { policy: 'no-referrer' },
  });
}

/**
 * Security headers on every answer (helmet): no MIME sniffing, no framing by any site, no
 * referrer leaks, and the Content-Security-Policy above (GraphiQL's page its own).
 */
export function securityHeaders(): RequestHandler {
  const pages = headers(PAGE_POLICY);
  const graphiql = headers(GRAPHIQL_POLICY);
  return (req, res, next) => (req.path === GRAPHIQL_PATH ? graphiql : pages)(req, res, next);
}
