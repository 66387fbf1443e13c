import { HeaderMap, type ApolloServerPlugin } from '@apollo/server';
import { ANONYMOUS } from '../../../src/auth/principal';
import { loadConfig } from '../../../src/config';
import { createLogger } from '../../../src/logging/logger';
import { createApolloServer } from '../../../src/server/apollo.server';
import type { Request, Response } from 'express';
import { CACHE_HEADER, ResponseCache } from '../../../src/server/response-cache';
import { answerFromMemory } from '../../../src/server/response-cache.middleware';

// A cached answer is sent from the JSON kept with it: the same bytes as the answer that was kept, with whatever a later
// plugin adds to the result it sends.

const limits = loadConfig({}).server;

/** Sets `extensions.requestNumber` on every answer it sends, as a metrics or tracing plugin might. */
function numbering(): ApolloServerPlugin {
  let n = 0;
  return {
    async requestDidStart() {
      return {
        async willSendResponse({ response }) {
          if (response.body.kind === 'single') response.body.singleResult.extensions = { requestNumber: ++n };
        },
      };
    },
  };
}

async function post(
  withNumbering: boolean,
  cache = new ResponseCache({ maxBytes: 1 << 20, version: async () => 1 }),
) {
  const apollo = createApolloServer({
    logger: createLogger('silent'),
    limits,
    responseCache: cache,
    plugins: withNumbering ? [numbering()] : [],
  });
  await apollo.start();
  const send = async (query: string) => {
    const res = await apollo.executeHTTPGraphQLRequest({
      httpGraphQLRequest: {
        method: 'POST',
        headers: new HeaderMap([['content-type', 'application/json']]),
        search: '',
        body: { query },
      },
      context: async () => ({ principal: ANONYMOUS, statements: [] }) as never,
    });
    if (res.body.kind !== 'complete') throw new Error('chunked');
    return { cache: res.headers.get(CACHE_HEADER), body: res.body.string };
  };
  return { send, stop: () => apollo.stop() };
}

test('a hit sends the bytes of the answer that was kept', async () => {
  const { send, stop } = await post(false);
  try {
    const query = '{ __typename alias: __typename }';
    const miss = await send(query);
    const hit = await send(query);
    expect([miss.cache, hit.cache]).toEqual(['miss', 'hit']);
    expect(hit.body).toBe(miss.body);
    expect(hit.body).toBe(JSON.stringify({ data: { __typename: 'Query', alias: 'Query' } }) + '\n');
  } finally {
    await stop();
  }
});

test('extensions set after the cache are sent with a hit, and errors are never served from it', async () => {
  const { send, stop } = await post(true);
  try {
    await send('{ __typename }');
    const hit = await send('{ __typename }');
    expect(hit.cache).toBe('hit');
    expect(hit.body).toBe(
      JSON.stringify({ data: { __typename: 'Query' }, extensions: { requestNumber: 2 } }) + '\n',
    );
    const bad = await send('{ nope }');
    const again = await send('{ nope }');
    expect([bad.cache, again.cache]).toEqual([undefined, undefined]);
    expect(JSON.parse(again.body).errors).toHaveLength(1);
  } finally {
    await stop();
  }
});

/** What the middleware did with one request: sent these bytes with these headers, or passed it on to Apollo. */
function throughMiddleware(
  cache: ResponseCache,
  req: { method: string; body: unknown; headers?: Record<string, string> },
): Promise<
  { next: true } | { sent: string; headers: Record<string, string>; status: number; counted: unknown[] }
> {
  return new Promise((resolve, reject) => {
    const headers: Record<string, string> = {};
    let status = 0;
    let counted: unknown[] = [];
    const res = {
      status: (code: number) => ((status = code), res),
      set: (h: Record<string, string>) => (Object.assign(headers, h), res),
      end: (bytes: Buffer) =>
        setImmediate(() => resolve({ sent: bytes.toString('utf8'), headers, status, counted })),
    };
    const request = { ...req, get: (name: string) => req.headers?.[name] };
    answerFromMemory(cache, (...args) => (counted = args))(
      request as unknown as Request,
      res as unknown as Response,
      (error?: unknown) => (error ? reject(error) : resolve({ next: true })),
    );
  });
}

test('a POSTed repeat of a kept request is sent before Apollo; any other request goes on to it', async () => {
  const cache = new ResponseCache({
    maxBytes: 1 << 20,
    version: async () => 1,
    bypass: (h) => h.get('x-report') !== undefined,
  });
  const { send, stop } = await post(false, cache);
  try {
    const query = 'query Names { __typename }';
    const miss = await send(query);
    expect(miss.cache).toBe('miss');
    expect(await throughMiddleware(cache, { method: 'POST', body: { query } })).toEqual({
      sent: miss.body,
      status: 200,
      headers: {
        'content-type': 'application/json; charset=utf-8',
        'cache-control': 'no-store',
        [CACHE_HEADER]: 'hit',
      },
      counted: ['Names', expect.any(Number)],
    });
    for (const other of [
      { method: 'GET', body: { query } },
      { method: 'POST', body: { query: `${query} ` } },
      { method: 'POST', body: { query, variables: { a: 1 } } },
      { method: 'POST', body: { query, operationName: 'Names' } },
      { method: 'POST', body: { query }, headers: { 'x-report': '1' } },
      { method: 'POST', body: [{ query }] },
    ])
      expect(await throughMiddleware(cache, other)).toEqual({ next: true });
  } finally {
    await stop();
  }
});
