// The abuse suite: what an attacker would send, against the real HTTP server on the tier's Neo4j. Every case is
// refused (or served) within 2 s and never with a 500; /healthz answers throughout; refused writes change nothing.
import http from 'node:http';
import { pictureOfArticles, pictureOfDatabase } from '../../fixtures/load/graph-fingerprint';
import {
  budgetMs,
  postAnnounced,
  postGraphQL,
  startSecuredServer,
  watchHealth,
  type SecuredServer,
} from './security-harness';

jest.setTimeout(180_000);

let server: SecuredServer;
let health: ReturnType<typeof watchHealth>;
const created: string[] = [];

const INGEST = `mutation Ingest($text: String!, $title: String, $date: String, $url: String, $replaces: ID) {
  ingestArticle(text: $text, title: $title, date: $date, url: $url, replaces: $replaces) {
    articleId people { id status } meetings { id status } topics { id status }
  }
}`;

/** An article about invented people, so what it creates is its own. */
function inventedArticle(tag: string): string {
  return (
    `Foreign Minister Ulrich Zorvath${tag} of Austria met with Foreign Minister Pavla Quenbrik${tag} of Czechia in Vienna ` +
    'on Monday for talks on energy security.\n\nThe two ministers agreed to meet again in the spring, the ministry said.'
  );
}

function expectRefusedFast(res: { status: number; ms: number }, status: number): void {
  expect(res.status).toBe(status);
  expect(res.ms).toBeLessThan(budgetMs(2000));
}

beforeAll(async () => {
  server = await startSecuredServer();
  health = watchHealth(server.url);
});

afterAll(async () => {
  const watched = await health?.stop();
  if (created.length)
    await server.client.runRaw('MATCH (n) WHERE n.id IN $ids DETACH DELETE n', { ids: created });
  await server?.close();
  if (watched) {
    expect(watched.failures).toBe(0);
    expect(watched.slowest).toBeLessThan(budgetMs(2000));
  }
});

describe('writes need an editor', () => {
  const variables = { text: inventedArticle('a'), title: 'forged', date: '2024-09-02' };

  test.each([
    ['no credentials', 401, 'UNAUTHENTICATED', {}],
    ['a reader key', 403, 'FORBIDDEN', 'reader'],
    [
      'a key that does not exist',
      401,
      'UNAUTHENTICATED',
      { authorization: `Bearer parley_00000000_${'x'.repeat(43)}` },
    ],
    ['a malformed header', 401, 'UNAUTHENTICATED', { authorization: 'Basic abc' }],
    [
      'an unsigned JWT',
      401,
      'UNAUTHENTICATED',
      { authorization: 'Bearer eyJhbGciOiJub25lIn0.eyJyb2xlcyI6ImVkaXRvciJ9.' },
    ],
  ])('%s: %i, graph unchanged', async (_what, status, code, headers) => {
    const before = await pictureOfDatabase(server.client);
    const auth = headers === 'reader' ? { authorization: `Bearer ${server.readerKey}` } : headers;
    const res = await postGraphQL(server.url, { query: INGEST, variables }, auth as Record<string, string>);
    expectRefusedFast(res, status);
    expect(res.body.errors?.[0]?.extensions?.code).toBe(code);
    expect(await pictureOfDatabase(server.client)).toEqual(before);
  });

  test('a client-supplied URL of an existing article never replaces it; replacement is by id, by an editor', async () => {
    const [existing] = await server.client.runRaw<{ id: string; url: string }>(
      'MATCH (a:Article) WHERE a.url IS NOT NULL RETURN a.id AS id, a.url AS url ORDER BY a.id LIMIT 1',
    );
    expect(existing).toBeDefined();
    const before = await pictureOfArticles(server.client, [existing!.id]);
    const editor = { authorization: `Bearer ${server.editorKey}` };
    const posted = await postGraphQL(
      server.url,
      { query: INGEST, variables: { text: inventedArticle('b'), date: '2024-09-02', url: existing!.url } },
      editor,
    );
    expect(posted.status).toBe(200);
    expect(posted.body.errors).toBeUndefined();
    const first = (posted.body.data!.ingestArticle as { articleId: string }).articleId;
    created.push(first, ...createdIds(posted.body.data!.ingestArticle));
    expect(first).not.toBe(existing!.id);
    expect(await pictureOfArticles(server.client, [existing!.id])).toEqual(before);

    // The edited version names the article it replaces by id: the first one goes, the sample article stays.
    const edited = await postGraphQL(
      server.url,
      {
        query: INGEST,
        variables: { text: inventedArticle('b') + ' Edited.', date: '2024-09-02', replaces: first },
      },
      editor,
    );
    expect(edited.body.errors).toBeUndefined();
    created.push(...createdIds(edited.body.data!.ingestArticle));
    const [counts] = await server.client.runRaw<{ first: number; existing: number }>(
      'RETURN COUNT { MATCH (a:Article {id: $first}) } AS first, COUNT { MATCH (a:Article {id: $existing}) } AS existing',
      { first, existing: existing!.id },
    );
    expect(counts).toEqual({ first: 0, existing: 1 });
    expect(await pictureOfArticles(server.client, [existing!.id])).toEqual(before);

    const missing = await postGraphQL(
      server.url,
      { query: INGEST, variables: { text: inventedArticle('c'), replaces: 'no-such-article' } },
      editor,
    );
    expect(missing.body.errors?.[0]?.extensions).toMatchObject({ code: 'NOT_FOUND', argument: 'replaces' });
  });
});

function createdIds(result: unknown): string[] {
  const r = result as { articleId: string } & Record<string, { id: string; status: string }[]>;
  return [
    r.articleId,
    ...['people', 'meetings', 'topics'].flatMap((k) =>
      r[k]!.filter((x) => x.status === 'CREATED').map((x) => x.id),
    ),
  ];
}

describe('queries that would freeze the server are refused before they run', () => {
  let before: Awaited<ReturnType<typeof pictureOfDatabase>>;
  beforeAll(async () => {
    before = await pictureOfDatabase(server.client);
  });
  afterAll(async () => {
    expect(await pictureOfDatabase(server.client)).toEqual(before);
  });

  test('the 30-level fragment bomb (each fragment spreads the next twice)', async () => {
    let query = 'query Bomb { ...F0 }\n';
    for (let i = 0; i < 30; i++) query += `fragment F${i} on Query { ...F${i + 1} ...F${i + 1} }\n`;
    query += 'fragment F30 on Query { person(name: "Ma Zhaoxu") { name } }';
    expect(query.length).toBeLessThan(2000);
    const res = await postGraphQL(server.url, { query });
    expectRefusedFast(res, 400);
    expect(res.body.errors![0]!.extensions).toMatchObject({ code: 'QUERY_TOO_COMPLEX' });
  });

  // Anonymous, the body is over the size of a read (413); an editor may post more, and meets the token limit (400).
  const asEditor = () => ({ authorization: `Bearer ${server.editorKey}` });

  test('1,000 aliases of neighborhood(depth: 3)', async () => {
    const fields = Array.from(
      { length: 1000 },
      (_, i) => `n${i}: neighborhood(name: "Kim Hong-kyun", depth: 3) { truncated }`,
    );
    const query = `{ ${fields.join(' ')} }`;
    expectRefusedFast(await postGraphQL(server.url, { query }), 413);
    const res = await postGraphQL(server.url, { query }, asEditor());
    expectRefusedFast(res, 400);
    expect(res.body.errors![0]!.extensions).toMatchObject({ code: 'GRAPHQL_PARSE_FAILED' });
  });

  test('40 aliases of person, within the token limit: refused by the alias limit', async () => {
    const fields = Array.from({ length: 40 }, (_, i) => `p${i}: person(name: "Ma Zhaoxu") { name }`);
    const res = await postGraphQL(server.url, { query: `{ ${fields.join(' ')} }` });
    expectRefusedFast(res, 400);
    expect(res.body.errors![0]!.extensions).toMatchObject({
      code: 'QUERY_TOO_COMPLEX',
      limitName: 'aliases',
    });
  });

  test('padding with 10,000 __typename selections', async () => {
    const padding = Array.from({ length: 10_000 }, () => '__typename').join(' ');
    const query = `{ a: neighborhood(name: "Kim Hong-kyun", depth: 3) { truncated } ${padding} }`;
    expectRefusedFast(await postGraphQL(server.url, { query }), 413);
    const res = await postGraphQL(server.url, { query }, asEditor());
    expectRefusedFast(res, 400);
    expect(res.body.errors![0]!.extensions).toMatchObject({ code: 'GRAPHQL_PARSE_FAILED' });
  });
});

describe('oversized articles', () => {
  test.each([
    ['1 MB', 1024 * 1024],
    ['5 MB', 5 * 1024 * 1024],
  ])(
    'a %s article from an editor is refused at once (413), before its body is read',
    async (_what, bytes) => {
      const head = JSON.stringify({ query: INGEST, variables: { text: inventedArticle('d') } }).slice(0, -3);
      const res = await postAnnounced(server.url, bytes, head, {
        authorization: `Bearer ${server.editorKey}`,
      });
      expectRefusedFast(res, 413);
    },
  );

  test('a 1 MB article sent whole is refused (413)', async () => {
    const text = inventedArticle('d').padEnd(1024 * 1024, ' The talks went on.');
    const res = await postGraphQL(
      server.url,
      { query: INGEST, variables: { text } },
      { authorization: `Bearer ${server.editorKey}` },
    );
    expectRefusedFast(res, 413);
  });

  test('anonymous bodies are held to the size of a read (64 KB)', async () => {
    const res = await postGraphQL(server.url, { query: INGEST, variables: { text: 'x'.repeat(100_000) } });
    expectRefusedFast(res, 413);
  });

  test('an article over the API cap but within the body limit: BAD_USER_INPUT naming text', async () => {
    const text = inventedArticle('e').padEnd(server.config.maxIngestBytes + 1000, ' The talks went on.');
    const res = await postGraphQL(
      server.url,
      { query: INGEST, variables: { text } },
      { authorization: `Bearer ${server.editorKey}` },
    );
    expect(res.ms).toBeLessThan(budgetMs(2000));
    expect(res.body.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'text' });
  });
});

describe('posted articles are extracted on a worker, within a deadline', () => {
  test('an article at the size cap: /healthz keeps answering while it is extracted', async () => {
    const paragraph = inventedArticle('f') + '\n\n';
    const text = paragraph.repeat(Math.floor((server.config.maxIngestBytes - 100) / paragraph.length));
    const probe = watchHealth(server.url);
    const res = await postGraphQL(
      server.url,
      { query: INGEST, variables: { text, date: '2024-09-02' } },
      { authorization: `Bearer ${server.editorKey}` },
    );
    const during = await probe.stop();
    expect(res.body.errors).toBeUndefined();
    created.push(...createdIds(res.body.data!.ingestArticle));
    expect(during.failures).toBe(0);
    expect(during.slowest).toBeLessThan(budgetMs(2000));
  });

  test('past the deadline: INGEST_TIMEOUT, nothing written, and the next article is served', async () => {
    const tight = await startSecuredServer({ PARLEY_INGEST_TIMEOUT_MS: '100' });
    try {
      const before = await pictureOfDatabase(tight.client);
      const paragraph = inventedArticle('g') + '\n\n';
      const text = paragraph.repeat(Math.floor((tight.config.maxIngestBytes - 100) / paragraph.length));
      const editor = { authorization: `Bearer ${tight.editorKey}` };
      const res = await postGraphQL(tight.url, { query: INGEST, variables: { text } }, editor);
      expect(res.status).toBeLessThan(500);
      expect(res.ms).toBeLessThan(budgetMs(2000));
      expect(res.body.errors?.[0]?.extensions?.code).toBe('INGEST_TIMEOUT');
      expect(await pictureOfDatabase(tight.client)).toEqual(before);
      const small = await postGraphQL(tight.url, { query: '{ person(name: "Ma Zhaoxu") { name } }' });
      expect(small.body.data).toEqual({ person: { name: 'Ma Zhaoxu' } });
    } finally {
      await tight.close();
    }
  });
});

describe('the Host header', () => {
  function get(host: string): Promise<number> {
    const { hostname, port } = new URL(server.url);
    return new Promise((resolve, reject) => {
      http
        .get({ hostname, port, path: '/graphql?query=%7B__typename%7D', headers: { host } }, (res) => {
          res.resume();
          resolve(res.statusCode ?? 0);
        })
        .on('error', reject);
    });
  }

  test('a name that is not configured (DNS rebinding) is refused; loopback names are served', async () => {
    expect(await get('attacker.example:4000')).toBe(421);
    expect(await get(`localhost:${new URL(server.url).port}`)).toBe(200);
    expect(await get(new URL(server.url).host)).toBe(200);
  });
});

describe('security headers', () => {
  test('a GraphQL answer says it is no document (CSP none, not framed, not sniffed, same origin); pages get helmet’s set', async () => {
    const api = await postGraphQL(
      server.url,
      { query: '{ __typename }' },
      { authorization: `Bearer ${server.readerKey}` },
    );
    expect(api.status).toBe(200);
    expect(api.headers.get('content-security-policy')).toBe("default-src 'none'; frame-ancestors 'none'");
    expect(api.headers.get('x-content-type-options')).toBe('nosniff');
    expect(api.headers.get('x-frame-options')).toBe('DENY');
    expect(api.headers.get('cross-origin-resource-policy')).toBe('same-origin');
    // never stored, so never revalidated: no ETag (express would hash every answer for one)
    expect(api.headers.get('cache-control')).toBe('no-store');
    expect(api.headers.get('etag')).toBeNull();
    // a path express routes to the same endpoint gets the same headers
    const upper = await fetch(`${server.url}/GraphQL?query=%7B__typename%7D`);
    expect(upper.headers.get('content-security-policy')).toBe("default-src 'none'; frame-ancestors 'none'");
    expect(upper.headers.get('etag')).toBeNull();

    const page = await fetch(`${server.url}/`);
    expect(page.headers.get('content-security-policy')).toContain("script-src 'self'");
    expect(page.headers.get('x-frame-options')).toBe('DENY');
    expect(page.headers.get('cross-origin-opener-policy')).toBe('same-origin');
    expect(page.headers.get('referrer-policy')).toBe('no-referrer');
  });
});
