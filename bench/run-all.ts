import 'reflect-metadata';
import fs from 'node:fs';
import path from 'node:path';

// Runs each bench/<name>.bench.ts in turn; `npm run bench -- load` runs only the ones whose name matches.
async function main(): Promise<void> {
  const only = process.argv.slice(2);
  const files = fs
    .readdirSync(__dirname)
    .filter((f) => f.endsWith('.bench.ts'))
    .filter((f) => only.length === 0 || only.some((o) => f.includes(o)))
    .sort();
  for (const file of files) {
    const mod = (await import(path.join(__dirname, file))) as Record<string, unknown>;
    const run = Object.entries(mod).find(
      ([name, value]) => /^run\w*Bench$/.test(name) && typeof value === 'function',
    );
    if (!run) {
      console.log(`\n== ${file}: no run…Bench export, skipped`);
      continue;
    }
    console.log(`\n== ${file}`);
    await (run[1] as () => Promise<unknown>)();
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
