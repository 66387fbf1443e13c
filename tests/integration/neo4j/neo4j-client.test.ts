import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { CypherRegistry } from '../../../src/neo4j/cypher-registry';
import { ErrorCode } from '../../../src/errors/error-codes';
import type { Neo4jClient } from '../../../src/neo4j/neo4j-client';
import { testClient } from '../../support/test-database';

describe('Neo4jClient on a real Neo4j', () => {
  let client: Neo4jClient;
  beforeAll(() => {
    client = testClient();
  });
  afterAll(() => client.close());

  it('runs a named statement and returns plain values', async () => {
    await expect(client.read('admin/ping')).resolves.toEqual([{ ok: 1 }]);
  });

  it('round-trips parameters and maps driver types to plain values', async () => {
    const rows = await client.runRaw<{ n: number; d: string; list: number[]; big: string }>(
      'RETURN $n + 1 AS n, date($d) AS d, [1, 2] AS list, 9007199254740993 AS big',
      { n: 41, d: '2024-07-24' },
      'READ',
    );
    expect(rows).toEqual([{ n: 42, d: '2024-07-24', list: [1, 2], big: '9007199254740993' }]);
  });

  it('decodes a record larger than a Bolt chunk, with multi-byte characters across chunk boundaries', async () => {
    // ~470 KB in one record: several 64 KB chunks, read from one buffer (single-buffer-messages.ts)
    const rows = await client.runRaw<{ xs: string[] }>(
      "RETURN [i IN range(1, $n) | 'Zürich–' + toString(i) + '—東京'] AS xs",
      { n: 30_000 },
      'READ',
    );
    const xs = rows[0]!.xs;
    expect(xs).toHaveLength(30_000);
    expect(xs.every((x, i) => x === `Zürich–${i + 1}—東京`)).toBe(true);
  });

  it('writes in one transaction and rolls everything back when the unit fails', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'parley-probe-'));
    fs.writeFileSync(path.join(dir, 'probe.cypher'), '// test probe\nCREATE (:TxProbe {id: $id})');
    const probe = testClient(CypherRegistry.load(dir));
    const marker = `tx-test-${Date.now()}`;
    try {
      await expect(
        probe.writeTransaction(async (tx) => {
          await tx.run('probe', { id: `${marker}-inside` });
          await probe.runRaw('CREATE (:TxProbe {id: $id})', { id: `${marker}-outside` });
          throw new Error('injected failure');
        }),
      ).rejects.toThrow(/injected failure/);
      const rows = await probe.runRaw<{ id: string }>(
        'MATCH (n:TxProbe) WHERE n.id STARTS WITH $m RETURN n.id AS id',
        { m: marker },
      );
      expect(rows).toEqual([{ id: `${marker}-outside` }]);
    } finally {
      await probe.runRaw('MATCH (n:TxProbe) WHERE n.id STARTS WITH $m DELETE n', { m: marker });
      await probe.close();
    }
  });

  it('maps Neo4j errors to Parley errors without leaking driver types', async () => {
    await expect(client.runRaw('RETURN 1 +')).rejects.toMatchObject({ code: ErrorCode.Internal });
    await expect(client.read('queries/does-not-exist')).rejects.toMatchObject({
      code: ErrorCode.CypherMissing,
    });
  });

  it('names the statement of a read Neo4j rejects, and leaves the stack trace limit as it found it', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'parley-untraced-'));
    fs.writeFileSync(path.join(dir, 'ratio.cypher'), 'RETURN 10 / toInteger($by) AS ratio');
    const reader = testClient(CypherRegistry.load(dir));
    const limit = Error.stackTraceLimit;
    try {
      // reads start without the driver's call-site stack (neo4j-client.ts, runUntraced): the error names the statement
      await expect(reader.read('ratio', { by: 2 })).resolves.toEqual([{ ratio: 5 }]);
      const failed = await reader.read('ratio', { by: 0 }).catch((error: unknown) => error);
      expect(failed).toMatchObject({ message: expect.stringMatching(/statement ratio\).*zero/i) });
      expect(Error.stackTraceLimit).toBe(limit);
    } finally {
      await reader.close();
    }
  });

  it('reports every statement to a listener', async () => {
    const seen: string[] = [];
    const runner = client.withListener((name) => seen.push(name));
    await runner.read('admin/ping');
    await runner.writeTransaction(async (tx) => {
      await tx.run('admin/ping');
    });
    expect(seen).toEqual(['admin/ping', 'admin/ping']);
  });

  it('warms the reads it has seen again after one of them fails, naming the one that failed', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'parley-warm-'));
    fs.writeFileSync(path.join(dir, 'first.cypher'), 'RETURN $x AS x');
    fs.writeFileSync(path.join(dir, 'ratio.cypher'), 'RETURN 10 / toInteger($by) AS ratio');
    fs.writeFileSync(path.join(dir, 'last.cypher'), 'RETURN $y AS y');
    const warming = testClient(CypherRegistry.load(dir));
    try {
      await warming.read('first', { x: 1 });
      await expect(warming.read('ratio', { by: 0 })).rejects.toThrow(/zero/i);
      await warming.read('last', { y: 2 });
      const reads = await warming.warmRecentReads();
      expect(reads.warmed).toEqual(['first', 'last']);
      expect(reads.failed).toEqual([{ statement: 'ratio', message: expect.stringMatching(/zero/i) }]);
      // plans: the same statements, EXPLAINed (planning does not divide), the ones read before first
      const plans = await warming.warmPlans(['first', 'ratio', 'last']);
      expect(plans.failed).toEqual([]);
      expect(plans.warmed).toEqual(['first', 'ratio', 'last']);
    } finally {
      await warming.close();
    }
  });
});
