import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

import express from 'express';
import type { Router } from 'express';

/** The browser files GraphiQL needs, served from node_modules: no CDN, works offline. */
const ASSETS: Record<string, { module: string; file: string; type: string }> = {
  'react.js': { module: 'react', file: 'umd/react.production.min.js', type: 'text/javascript' },
  'react-dom.js': {
    module: 'react-dom',
    file: 'umd/react-dom.production.min.js',
    type: 'text/javascript',
  },
  'graphiql.js': { module: 'graphiql', file: 'graphiql.min.js', type: 'text/javascript' },
  'graphiql.css': { module: 'graphiql', file: 'graphiql.min.css', type: 'text/css' },
};

/** An example operation shown as a GraphiQL tab. */
export interface ExampleOperation {
  name: string;
  query: string;
}

/** Reads the example operations (`docs/queries/*.graphql`), in file-name order. */
export function readExampleOperations(folder: string): ExampleOperation[] {
  let files: string[];
  try {
    files = readdirSync(folder).filter((file) => file.endsWith('.graphql'));
  } catch {
    return [];
  }
  return files.sort().map((file) => ({
    name: file.replace(/^\d+-/, '').replace(/\.graphql$/, ''),
    query: readFileSync(join(folder, file), 'utf8'),
  }));
}

/**
 * The script that starts GraphiQL, served as a file: the Content-Security-Policy allows no inline
 * script. /graphiql?query=…&variables=… (the explorer's and dashboard's links) opens that
 * operation: as the first tab on a first visit, as a new or matching tab when tabs are stored.
 */
const START_SCRIPT = `const examples = JSON.parse(document.getElementById('graphiql-examples').textContent);
const endpoint = document.getElementById('graphiql').dataset.endpoint;
const params = new URLSearchParams(window.location.search);
const query = params.get('query') ?? undefined;
const variables = params.get('variables') ?? undefined;
const tabs = query ? [{ query, variables }, ...examples] : examples;
const fetcher = GraphiQL.createFetcher({ url: endpoint });
ReactDOM.createRoot(document.getElementById('graphiql')).render(
  React.createElement(GraphiQL, {
    fetcher,
    query,
    variables,
    defaultTabs: tabs.length > 0 ? tabs : undefined,
    defaultEditorToolsVisibility: true,
  }),
);
`;

const PAGE_STYLE = 'html, body, #graphiql { height: 100%; margin: 0; }\n';

/** Text a page may carry inside an element or attribute: no markup, no closing quote. */
const escapeHtml = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

function page(endpoint: string, examples: ExampleOperation[]): string {
  // JSON in a <script> must not be able to close the tag; the type keeps it from running.
  const tabs = JSON.stringify(examples.map((example) => ({ query: example.query }))).replace(
    /</g,
    '\\u003c',
  );
  return `<!doctype html>
<html lang="en">
<head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <title>cooperation-kg · GraphiQL</title>
  <link rel="stylesheet" href="/graphiql/assets/graphiql.css">
  <link rel="stylesheet" href="/graphiql/assets/page.css">
</head>
<body>
  <div id="graphiql" data-endpoint="${escapeHtml(endpoint)}">Loading GraphiQL…</div>
  <script id="graphiql-examples" type="application/json">${tabs}</script>
  <script src="/graphiql/assets/react.js"></script>
  <script src="/graphiql/assets/react-dom.js"></script>
  <script src="/graphiql/assets/graphiql.js"></script>
  <script src="/graphiql/assets/start.js"></script>
</body>
</html>`;
}

/** Routes for `/graphiql`: the page (example operations as tabs) and its assets. */
export function graphiqlRoutes(options: { endpoint: string; examplesFolder: string }): Router {
  const router = express.Router();
  const html = page(options.endpoint, readExampleOperations(options.examplesFolder));
  router.get('/graphiql', (_req, res) => {
    res.type('html').send(html);
  });
  router.get('/graphiql/assets/start.js', (_req, res) => {
    res.type('text/javascript').send(START_SCRIPT);
  });
  router.get('/graphiql/assets/page.css', (_req, res) => {
    res.type('text/css').send(PAGE_STYLE);
  });
  router.get('/graphiql/assets/:name', (req, res) => {
    const asset = ASSETS[req.params.name];
    if (!asset) {
      res.status(404).end();
      return;
    }
    // Resolve the package folder: `exports` maps of react and react-dom hide their umd/ files.
    const folder = dirname(require.resolve(`${asset.module}/package.json`));
    res.type(asset.type).sendFile(join(folder, asset.file), {
      maxAge: '1d',
    });
  });
  return router;
}
