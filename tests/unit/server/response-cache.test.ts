import { HeaderMap, type ApolloServerPlugin } from '@apollo/server';
import { ANONYMOUS } from '../../../src/auth/principal';
import { loadConfig } from '../../../src/config';
import { createLogger } from '../../../src/logging/logger';
import { createApolloServer } from '../../../src/server/apollo.server';
import { CACHE_HEADER } from '../../../src/server/plugins/response-cache.plugin';

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

async function post(withNumbering: boolean) {
  const apollo = createApolloServer({
    logger: createLogger('silent'),
    limits,
    responseCache: { maxBytes: 1 << 20, version: async () => 1 },
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
