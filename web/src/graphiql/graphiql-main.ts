import 'graphiql/graphiql.css';
import './graphiql-page.css';
import { GraphiQL } from 'graphiql';
import type { ExecutionResult } from 'graphql';
import { createElement } from 'react';
import { createRoot } from 'react-dom/client';
import search from '../../../examples/operations/Search.graphql?raw';

// A plain POST fetcher: Parley has no subscriptions, so GraphiQL's websocket toolkit is not needed.
async function fetcher(params: unknown): Promise<ExecutionResult> {
  const response = await fetch('/graphql', {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/json' },
    body: JSON.stringify(params),
  });
  return (await response.json()) as ExecutionResult;
}

const root = document.getElementById('graphiql');
if (root) {
  createRoot(root).render(
    createElement(GraphiQL, {
      fetcher,
      defaultQuery: search,
      defaultEditorToolsVisibility: 'variables',
      variables: JSON.stringify({ text: 'Blinken' }, null, 2),
    }),
  );
}
