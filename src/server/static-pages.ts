import fs from 'node:fs';
import path from 'node:path';
import express, { type Express } from 'express';

const NOT_BUILT = (what: string) => `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Parley</title>
</head><body>
<h1>Parley</h1>
<p>The ${what} is not built yet: run <code>npm run build:web</code> (it writes <code>web/dist/</code>).</p>
<p>GraphQL answers at <a href="/graphql"><code>POST /graphql</code></a>; the IDE is at <a href="/graphiql">/graphiql</a>.
Health: <a href="/healthz">/healthz</a>, <a href="/readyz">/readyz</a>.</p>
</body></html>`;

/** The dashboard at `/` and GraphiQL at `/graphiql`, both built into web/dist/ from npm packages (no CDN). */
export function mountStaticPages(app: Express, projectRoot: string): void {
  const dist = path.join(projectRoot, 'web', 'dist');
  const page = (file: string, what: string) => (_req: express.Request, res: express.Response) => {
    const full = path.join(dist, file);
    if (fs.existsSync(full)) res.sendFile(full);
    else res.status(200).type('html').send(NOT_BUILT(what));
  };
  app.get('/', page('index.html', 'dashboard'));
  app.get(['/graphiql', '/graphiql/'], page('graphiql.html', 'GraphiQL IDE'));
  app.use(express.static(dist, { index: false, fallthrough: true, maxAge: '1h' }));
}
