#!/usr/bin/env node
// Rewrites docs/sample-answers.md from a running Parley on the bundled sample (`npm start`, or
// `npx tsx tests/e2e/web/sample-server.ts 4610`): each read operation of examples/operations/ POSTed with the
// variables its section shows, lists cut to their first two items and long strings shortened.
// `node scripts/sample-answers.mjs [url]` (default http://127.0.0.1:4000). IngestArticle writes, so its section stays.
import fs from 'node:fs';
import path from 'node:path';

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..');
const file = path.join(root, 'docs', 'sample-answers.md');
const url = `${process.argv[2] ?? 'http://127.0.0.1:4000'}/graphql`;
const LONGEST = 88;

const cut = (v) => {
  if (Array.isArray(v))
    return v.length > 2 ? [...v.slice(0, 2).map(cut), `… ${v.length - 2} more`] : v.map(cut);
  if (v && typeof v === 'object') return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, cut(x)]));
  return typeof v === 'string' && v.length > LONGEST ? `${v.slice(0, LONGEST - 1)}…` : v;
};

const sections = fs.readFileSync(file, 'utf8').split(/(?=^### )/m);
const out = [];
for (const section of sections) {
  const m = /^### (\w+)\n\nVariables: `(.*)`\n/.exec(section);
  if (!m || m[1] === 'IngestArticle') {
    out.push(section);
    continue;
  }
  const [, operationName, variables] = m;
  const query = fs.readFileSync(
    path.join(root, 'examples', 'operations', `${operationName}.graphql`),
    'utf8',
  );
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query, variables: JSON.parse(variables), operationName }),
  });
  const answer = JSON.stringify(cut(await response.json()), null, 1);
  out.push(`### ${operationName}\n\nVariables: \`${variables}\`\n\n\`\`\`json\n${answer}\n\`\`\`\n\n`);
  console.log(`${operationName}: ${response.status}`);
}
fs.writeFileSync(file, out.join(''));
