import path from 'node:path';
import { defineConfig } from 'vite';
import { mockApi } from './dev/mock-api.ts';

const webRoot = import.meta.dirname;
const repoRoot = path.resolve(webRoot, '..');

// `npm run dev:web` proxies /graphql to a running `parley serve` (PARLEY_API, default :4000), or mocks it with PARLEY_MOCK=1.
export default defineConfig(({ command }) => ({
  root: webRoot,
  base: '/',
  publicDir: false,
  plugins: command === 'serve' && process.env.PARLEY_MOCK === '1' ? [mockApi()] : [],
  build: {
    outDir: path.join(webRoot, 'dist'),
    emptyOutDir: true,
    manifest: true,
    target: 'es2022',
    chunkSizeWarningLimit: 2500,
    rollupOptions: {
      // GraphiQL's radix-ui modules start with "use client", which means nothing outside React Server Components.
      onwarn(warning, warn) {
        if (warning.code !== 'MODULE_LEVEL_DIRECTIVE') warn(warning);
      },
      input: {
        index: path.join(webRoot, 'index.html'),
        graphiql: path.join(webRoot, 'graphiql.html'),
      },
    },
  },
  server: {
    fs: { allow: [repoRoot] },
    proxy:
      process.env.PARLEY_MOCK === '1'
        ? undefined
        : { '/graphql': process.env.PARLEY_API ?? 'http://127.0.0.1:4000' },
  },
}));
