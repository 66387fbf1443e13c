import path from 'node:path';
import { installSingleBufferMessages } from '../../../src/neo4j/single-buffer-messages';

// The driver's own Bolt internals, as the module under test finds them.
const from = { paths: [path.dirname(require.resolve('neo4j-driver'))] };
const load = (file: string) =>
  require(require.resolve(`neo4j-driver-bolt-connection/lib/channel/${file}`, from));
const { Dechunker } = load('chunking.js');
const ChannelBuffer = load('channel-buf.js').default;
const utf8 = load('utf8.js').default;

/** `payload` framed as Bolt chunks of at most `size` bytes, then the 0-length chunk that ends a message. */
function framed(payload: Buffer, size: number): Buffer {
  const parts: Buffer[] = [];
  for (let at = 0; at < payload.length; at += size) {
    const chunk = payload.subarray(at, at + size);
    parts.push(Buffer.from([chunk.length >> 8, chunk.length & 0xff]), chunk);
  }
  return Buffer.concat([...parts, Buffer.from([0, 0])]);
}

/** The messages a fresh Dechunker delivers for these bytes. */
function dechunk(bytes: Buffer): { _buffer?: Buffer; length: number }[] {
  const out: { _buffer?: Buffer; length: number }[] = [];
  const d = new Dechunker();
  d.onmessage = (m: { _buffer?: Buffer; length: number }) => out.push(m);
  d.write(new ChannelBuffer(bytes));
  return out;
}

// 'ü' and '東' are 2 and 3 bytes: chunks of 7 bytes split some of them in two
const text = 'Zürich 東京 '.repeat(50);
const payload = Buffer.from(text, 'utf8');

test('a message in several chunks reaches the decoder as one buffer, and its strings decode whole', () => {
  const restore = installSingleBufferMessages();
  expect(restore).toBeDefined();
  try {
    const [message, ...rest] = dechunk(framed(payload, 7));
    expect(rest).toHaveLength(0);
    expect(Buffer.isBuffer(message!._buffer)).toBe(true);
    expect(message!._buffer!.equals(payload)).toBe(true);
    expect(utf8.decode(message, payload.length)).toBe(text);
  } finally {
    restore!();
  }
});

test('undone, the driver combines the chunks again (the stock path the benches give the peer); both read alike', () => {
  const [combined] = dechunk(framed(payload, 7));
  expect(combined!._buffer).toBeUndefined();
  expect(utf8.decode(combined, payload.length)).toBe(text);
});

test('a message in one chunk, and the empty keep-alive chunk, are left to the driver', () => {
  const restore = installSingleBufferMessages()!;
  try {
    expect(installSingleBufferMessages()).toBe(restore);
    const messages = dechunk(Buffer.concat([Buffer.from([0, 0]), framed(payload.subarray(0, 100), 100)]));
    expect(messages).toHaveLength(1);
    expect(messages[0]!._buffer!.equals(payload.subarray(0, 100))).toBe(true);
  } finally {
    restore();
  }
});
