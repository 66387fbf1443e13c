#!/usr/bin/env node
// Exits 1 when src/client/generated/ differs from what `npm run client:generate` would write now (stale client).
import fs from 'node:fs';
import path from 'node:path';
import { generate, loadCodegenConfig } from '@graphql-codegen/cli';

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..');
const { config } = await loadCodegenConfig({ configFilePath: path.join(root, 'codegen.ts') });
const outputs = await generate({ ...config, cwd: root, silent: true }, false);
const stale = outputs.filter(({ filename, content }) => {
  const file = path.resolve(root, filename);
  return !fs.existsSync(file) || fs.readFileSync(file, 'utf8') !== content;
});
for (const { filename } of stale)
  console.error(`${filename} is stale: run npm run client:generate and commit it`);
process.exit(stale.length ? 1 : 0);
