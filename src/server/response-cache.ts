// The response cache's store: the answers kept, their keys, and the text and bytes each is sent as.
import { InMemoryLRUCache } from '@apollo/utils.keyvaluecache';
import type { FormattedExecutionResult } from 'graphql';

/** Response header saying whether the answer came from the cache: `hit` or `miss` (absent: not cacheable). */
export const CACHE_HEADER = 'x-parley-cache';

export interface ResponseCacheOptions {
  /** memory bound in bytes (the JSON size of the kept answers); 0 turns the cache off */
  maxBytes: number;
  /** the graph version now: part of every key, so an answer from before a write is never served after it */
  version: () => Promise<number>;
  /** requests that must run (the statements report asks what a request runs) */
  bypass?: (headers: { get(name: string): string | undefined }) => boolean;
}

/**
 * A kept answer: its data, and the response that carries it as text (for Apollo) and as UTF-8 (for the socket), and
 * the operation it answered (for the metrics of a repeat that Apollo never sees).
 */
export interface Entry {
  data: Record<string, unknown>;
  text: string;
  bytes: Buffer;
  operation: string | null;
}

const DATA_PREFIX = '{"data":';

/** The entries of the answers' data the cache has kept: a hit is sent without serializing or encoding it again. */
const kept = new WeakMap<object, Entry>();

/**
 * Kept answers' texts on their way from `stringifyResult` to express's send, with their bytes. Apollo hands the text
 * to the send within the same turn of the event loop, so an entry goes at the next: none outlives its request.
 */
const outgoing = new Map<string, Buffer>();

/** The bytes of a kept answer's text that `stringifyResult` just handed to Apollo, if `text` is one. */
export function outgoingBytes(text: string): Buffer | undefined {
  return outgoing.get(text);
}

function keep(data: Record<string, unknown>, operation: string | null): Entry {
  // one flat string: the response text and its bytes are built once, not at every send
  const text = `${DATA_PREFIX}${JSON.stringify(data)}}\n`;
  const entry = { data, text, bytes: Buffer.from(text), operation };
  kept.set(data, entry);
  return entry;
}

/**
 * Apollo's `stringifyResult` (its default is `JSON.stringify(result) + '\n'`): the same bytes, with a kept answer's
 * response taken as it was kept (a 183 KB answer took as long to serialize, and again to encode, as the hit to find).
 */
export function stringifyResult(result: FormattedExecutionResult): string {
  const entry = result.errors === undefined && result.data ? kept.get(result.data) : undefined;
  if (entry === undefined) return JSON.stringify(result) + '\n';
  if (result.extensions !== undefined) {
    const json = entry.text.slice(DATA_PREFIX.length, -2);
    return `${DATA_PREFIX}${json},"extensions":${JSON.stringify(result.extensions)}}\n`;
  }
  if (!outgoing.has(entry.text)) {
    outgoing.set(entry.text, entry.bytes);
    setImmediate(() => outgoing.delete(entry.text));
  }
  return entry.text;
}

/**
 * The answers kept, one store shared by the Apollo plugin that keeps them and the express middleware that sends
 * repeats before Apollo (created once, at start-up). A key is the graph version, the query text's SHA-256 (Apollo's
 * queryHash), the operation name as sent and the variables: the same request at the same version.
 */
export class ResponseCache {
  private readonly store: InMemoryLRUCache<Entry> | undefined;

  constructor(private readonly options: ResponseCacheOptions) {
    if (options.maxBytes <= 0) return;
    this.store = new InMemoryLRUCache<Entry>({
      maxSize: options.maxBytes,
      // the bytes, and the text: one byte a character if all are ASCII, else counted at two (as V8 may keep it)
      sizeCalculation: (e) => e.bytes.length + (e.bytes.length === e.text.length ? 1 : 2) * e.text.length,
    });
  }

  /** Whether answers are kept at all (a size of 0 turns the cache off). */
  get enabled(): boolean {
    return this.store !== undefined;
  }

  /** Whether a request must run whatever is kept (the statements report asks what it runs). */
  bypassed(headers: { get(name: string): string | undefined }): boolean {
    return this.options.bypass?.(headers) ?? false;
  }

  /** The request's key at the graph version now, and the answer kept under it, if any. */
  async lookup(
    queryHash: string,
    operationName: unknown,
    variables: unknown,
  ): Promise<{ key: string; hit: Entry | undefined }> {
    const version = await this.options.version();
    const name = typeof operationName === 'string' ? operationName : '';
    const key = `${version}:${queryHash}:${name}:${JSON.stringify(variables ?? {})}`;
    return { key, hit: await this.store?.get(key) };
  }

  /** Keeps an error-free answer under the key its request was looked up with. */
  async keep(key: string, data: Record<string, unknown>, operation: string | null): Promise<void> {
    await this.store?.set(key, keep(data, operation));
  }
}
