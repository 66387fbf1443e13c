import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

// Another TypeScript project imports `parley/client` through package.json `exports` (the built dist/ with its
// declarations, as `npm ci` leaves it) and gets typed data, typed variables and typed errors.

const ROOT = path.join(__dirname, '..', '..', '..');

const CONSUMER = `
import {
  CounterpartsDocument,
  CounterpartsPageDocument,
  expand,
  isParleyClientError,
  paginate,
  ParleyClient,
  type ParleyErrorCode,
} from 'parley/client';

export async function names(url: string): Promise<string[]> {
  const client = new ParleyClient({ url, retry: { retries: 1 } });
  const data = await client.request(CounterpartsDocument, { name: 'Kim Hong-kyun' });
  const first: string = data.counterparts.edges[0]?.node.person.name ?? '';
  // @ts-expect-error the variables are typed
  await client.request(CounterpartsDocument, { nom: 'x' });
  // @ts-expect-error so is the answer
  void data.counterparts.edges[0]?.node.person.nickname;
  const all: number[] = [];
  for await (const c of paginate(client, CounterpartsPageDocument, { name: 'x', first: 5 }, (d) => d.counterparts))
    all.push(c.sharedMeetings);
  for await (const level of expand(client, 'x', { depth: 2, from: '2024' })) all.push(level.people.length);
  try {
    await client.request(CounterpartsDocument, { name: 'x' });
  } catch (error) {
    if (isParleyClientError(error)) {
      const code: ParleyErrorCode = error.code;
      return [code, String(error.requestId), String(error.transient)];
    }
  }
  return [first, ...all.map(String)];
}
`;

const TSC = path.join(ROOT, 'node_modules', 'typescript', 'bin', 'tsc');

test.each([
  ['node16', 'node16'],
  ['esnext', 'bundler'],
])(
  'a consumer with module %s and moduleResolution %s type-checks against parley/client',
  (module, resolution) => {
    expect(fs.existsSync(path.join(ROOT, 'dist', 'client', 'index.d.ts'))).toBe(true); // built by npm ci / npm run build
    fs.mkdirSync(path.join(ROOT, '.parley'), { recursive: true }); // git-ignored: a fresh clone has none
    const dir = fs.mkdtempSync(path.join(ROOT, '.parley', `consumer-${resolution}-`));
    try {
      fs.mkdirSync(path.join(dir, 'node_modules'));
      fs.symlinkSync(ROOT, path.join(dir, 'node_modules', 'parley'), 'dir');
      fs.writeFileSync(path.join(dir, 'package.json'), JSON.stringify({ name: 'consumer', private: true }));
      fs.writeFileSync(path.join(dir, 'consumer.ts'), CONSUMER);
      const tsconfig = {
        compilerOptions: {
          module,
          moduleResolution: resolution,
          target: 'ES2022',
          lib: ['ES2022'],
          types: ['node'],
          typeRoots: [path.join(ROOT, 'node_modules', '@types')],
          strict: true,
          noEmit: true,
          skipLibCheck: false,
        },
        files: ['consumer.ts'],
      };
      fs.writeFileSync(path.join(dir, 'tsconfig.json'), JSON.stringify(tsconfig));
      const r = spawnSync(process.execPath, [TSC, '-p', dir], { encoding: 'utf8' });
      expect(r.stdout + r.stderr).toBe('');
      expect(r.status).toBe(0);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  },
  120_000,
);
