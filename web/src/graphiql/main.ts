// GraphiQL 5 with the explorer plugin (point-and-click query building) and the example
// operations as a plugin of their own, bundled by Vite from npm packages: no CDN, works offline.
import 'graphiql/setup-workers/vite';
import 'graphiql/style.css';
import '@graphiql/plugin-explorer/style.css';
import './graphiql.css';

import { explorerPlugin } from '@graphiql/plugin-explorer';
import type { GraphiQLPlugin } from '@graphiql/react';
import {
  Button,
  useGraphiQLActions,
  useOperationsEditorState,
  useVariablesEditorState,
} from '@graphiql/react';
import { createGraphiQLFetcher } from '@graphiql/toolkit';
import { GraphiQL } from 'graphiql';
import { createElement as e } from 'react';
import { createRoot } from 'react-dom/client';

import { EXAMPLES, FIRST_EXAMPLE } from './examples';

/** The examples plugin's icon: a list. */
function ExamplesIcon() {
  return e(
    'svg',
    { viewBox: '0 0 24 24', width: 20, height: 20, 'aria-hidden': true },
    e('path', {
      d: 'M4 6h16M4 12h16M4 18h10',
      stroke: 'currentColor',
      strokeWidth: 2,
      fill: 'none',
    }),
  );
}

/** The list of example operations; a click opens one in a new tab. */
function ExamplesContent() {
  const actions = useGraphiQLActions();
  const [, setOperations] = useOperationsEditorState();
  const [, setVariables] = useVariablesEditorState();
  return e(
    'div',
    { className: 'examples-plugin' },
    e('div', { className: 'graphiql-doc-explorer-title' }, 'Examples'),
    e(
      'p',
      { className: 'examples-intro' },
      'Each opens in a new tab; their variables have defaults from the seed.',
    ),
    e(
      'ul',
      { className: 'examples-list' },
      ...EXAMPLES.map((example) =>
        e(
          'li',
          { key: example.name },
          e(
            Button,
            {
              type: 'button',
              className: 'examples-open',
              title: example.title,
              onClick: () => {
                actions.addTab();
                // The new tab's editors exist after this render.
                window.setTimeout(() => {
                  setOperations(example.query);
                  setVariables('');
                }, 0);
              },
            },
            example.name.replace(/-/g, ' '),
          ),
        ),
      ),
    ),
  );
}

const examplesPlugin: GraphiQLPlugin = {
  title: 'Examples',
  icon: ExamplesIcon,
  content: ExamplesContent,
};

// /graphiql?query=…&variables=… (the explorer's and dashboard's links) opens that operation.
const params = new URLSearchParams(window.location.search);
const linked = params.get('query');
const first = EXAMPLES.find((example) => example.name === FIRST_EXAMPLE) ?? EXAMPLES[0];
const defaultTabs = [
  ...(linked ? [{ query: linked, variables: params.get('variables') ?? undefined }] : []),
  ...(first ? [{ query: first.query }] : []),
];

const fetcher = createGraphiQLFetcher({ url: '/graphql' });
const container = document.getElementById('graphiql');
if (!container) throw new Error('#graphiql is missing from the page');
createRoot(container).render(
  e(GraphiQL, {
    fetcher,
    plugins: [examplesPlugin, explorerPlugin()],
    defaultTabs,
    initialQuery: linked ?? undefined,
    initialVariables: params.get('variables') ?? undefined,
    defaultEditorToolsVisibility: true,
  }),
);
