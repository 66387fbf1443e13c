import { RetriesExhausted, retryWithBackoff } from '../../../src/neo4j/retry';

const transient = new Error('away');

test('retries a retryable failure with doubling waits up to the cap, then succeeds', async () => {
  const waits: number[] = [];
  let calls = 0;
  const result = await retryWithBackoff(
    async () => {
      if (++calls < 4) throw transient;
      return 'ok';
    },
    {
      withinMs: 10_000,
      retryable: (e) => e === transient,
      firstDelayMs: 1,
      maxDelayMs: 3,
      onRetry: (i) => waits.push(i.retryInMs),
    },
  );
  expect(result).toBe('ok');
  expect(waits).toEqual([1, 2, 3]);
});

test('gives up once the next wait would pass the window, saying how many attempts were made', async () => {
  const error = await retryWithBackoff(() => Promise.reject(transient), {
    withinMs: 20,
    retryable: () => true,
    firstDelayMs: 8,
  }).catch((e: unknown) => e);
  expect(error).toBeInstanceOf(RetriesExhausted);
  expect((error as RetriesExhausted).lastError).toBe(transient);
  expect((error as RetriesExhausted).attempts).toBeGreaterThanOrEqual(2);
});

test('throws an error that is not retryable at once', async () => {
  let calls = 0;
  const fatal = new Error('bad input');
  await expect(
    retryWithBackoff(
      async () => {
        calls++;
        throw fatal;
      },
      { withinMs: 10_000, retryable: (e) => e === transient },
    ),
  ).rejects.toBe(fatal);
  expect(calls).toBe(1);
});
