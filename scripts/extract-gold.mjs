// Dev helper (not shipped): extracts every gold-annotated article to /tmp/out-<set>.jsonl and scores it.
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { createRequire } from 'node:module';
const require = createRequire(import.meta.url);
require('tsx/cjs');
const { extractArticle } = require('../src/extract/extract-article.ts');
const sets = process.argv.slice(2).length
  ? process.argv.slice(2)
  : ['../shared/corpus/dev', '../shared/corpus/restricted'];
for (const dir of sets) {
  const abs = resolve(dir);
  const lines = [];
  for (const f of readdirSync(abs)
    .filter((f) => f.endsWith('.txt'))
    .sort()) {
    lines.push(JSON.stringify(extractArticle(readFileSync(join(abs, f), 'utf8'), { file: join(dir, f) })));
  }
  const out = `/tmp/out-${abs.split('/').pop()}.jsonl`;
  writeFileSync(out, lines.join('\n') + '\n');
  console.log(`== ${dir}`);
  console.log(
    execFileSync(
      'node',
      ['../shared/tools/score-extraction.mjs', '--gold', abs, '--pred', out, '--verbose'],
      { encoding: 'utf8' },
    ),
  );
}
