import { extractionHash } from '../../../src/load/extraction-hash';
import { BatchWriter } from '../../../src/load/batch.writer';
import { entityMentions, lookupKeys } from '../../../src/load/identity/mentions';
import type { PreparedArticle } from '../../../src/load/load.types';
import type { Params, QueryRunner, Row, WriteUnit } from '../../../src/neo4j/neo4j-client';
import { buildExtraction } from '../../fixtures/load/extraction.builder';

/** What the graph holds for the writer's first statement: articles by id (with their extractionHash) and the key each edited article had. */
interface FakeGraph {
  articles: Map<string, string>;
  keyHolders: Map<string, string>;
}

/** A runner that answers the load statements from a fake graph and records what the writer sent, in order. */
function fakeRunner(graph: FakeGraph) {
  const sent: Array<{ name: string; params: Params }> = [];
  const answer = (name: string, params: Params): Row[] => {
    if (name === 'load/begin-batch') {
      const rows = (params.batch as { articles: Array<{ id: string; key: string }> }).articles;
      return [
        {
          articles: rows.map((r) => ({
            id: r.id,
            exists: graph.articles.has(r.id),
            extractionHash: graph.articles.get(r.id) ?? null,
            keyHolder: graph.keyHolders.get(r.key) ?? (graph.articles.has(r.id) ? r.id : null),
          })),
          entities: [],
        },
      ];
    }
    if (name === 'load/merge-nodes') return [{ nodesCreated: 7, relationshipsCreated: 5 }];
    if (name === 'load/merge-facts') return [{ nodesCreated: 0, relationshipsCreated: 3 }];
    if (name === 'load/tally-scope') return [{ meetings: ['m-old'], people: ['p-old'] }];
    return [];
  };
  const tx: WriteUnit = {
    run: <T extends Row = Row>(name: string, params: Params = {}) => {
      sent.push({ name, params });
      return Promise.resolve(answer(name, params) as T[]);
    },
  };
  const runner: QueryRunner = {
    read: () => Promise.reject(new Error('no reads')),
    write: () => Promise.reject(new Error('no auto-commit writes')),
    writeTransaction: (work) => work(tx),
    statement: (name) => name,
  };
  return { runner, sent, names: () => sent.map((s) => s.name) };
}

function prepared(n: number): PreparedArticle {
  const extraction = buildExtraction({
    body: `Report ${n}: Ines Varga met Paulo Mbeki.`,
    date: '2024-05-02',
    people: [
      { name: 'Ines Varga', country: 'HU' },
      { name: 'Paulo Mbeki', country: 'ZA' },
    ],
    meetings: [
      { name: 'Varga–Mbeki meeting', date: '2024-05-01', participants: ['Ines Varga', 'Paulo Mbeki'] },
    ],
  });
  const mentions = entityMentions([extraction]);
  return {
    extraction,
    key: `https://example.test/${n}`,
    extractionHash: extractionHash(extraction),
    label: `report-${n}.txt`,
    mentions,
    lookupKeys: lookupKeys(mentions),
  };
}

/** A batch that replaces a stored article: what the old one touched, its removal, the lookup again, then the writes. */
const REPLACING = [
  'load/begin-batch',
  'load/tally-scope',
  'load/remove-article',
  'load/begin-batch',
  'load/find-meetings',
  'load/merge-nodes',
  'load/merge-facts',
  'load/refresh-tallies',
];

const empty = (): FakeGraph => ({ articles: new Map(), keyHolders: new Map() });

describe('BatchWriter', () => {
  it('writes a new article in five statements: lock and look up, find meetings, nodes, facts, tallies', async () => {
    const fake = fakeRunner(empty());
    const a = prepared(1);
    const result = await new BatchWriter(fake.runner, (c) => c).write([a]);
    expect(fake.names()).toEqual([
      'load/begin-batch',
      'load/find-meetings',
      'load/merge-nodes',
      'load/merge-facts',
      'load/refresh-tallies',
    ]);
    // the tallies of what the batch's articles report
    expect(fake.sent[4]!.params.batch).toEqual({
      articles: [a.extraction.article.id],
      meetings: [],
      people: [],
    });
    expect(result.outcomes.get(a.extraction.article.id)).toBe('created');
    expect(result).toMatchObject({ nodesCreated: 7, relationshipsCreated: 8 });
    expect(result.decisions.map((d) => [d.label, d.name, d.rule])).toEqual([
      ['Person', 'Ines Varga', 'new'],
      ['Person', 'Paulo Mbeki', 'new'],
      ['Meeting', 'Varga–Mbeki meeting', 'new'],
    ]);
    // The lookup got the batch's keys, each once.
    const lookup = fake.sent[0]!.params.batch as { people: string[]; family: string[] };
    expect(lookup.people).toContain('inesvarga');
    expect(lookup.family).toEqual(['ines', 'mbeki', 'paulo', 'varga']);
  });

  it('writes nothing for an article already in the graph, and says what it matched only when asked', async () => {
    const a = prepared(2);
    const graph = empty();
    graph.articles.set(a.extraction.article.id, a.extractionHash);
    const quiet = fakeRunner(graph);
    const result = await new BatchWriter(quiet.runner, (c) => c).write([a]);
    expect(quiet.names()).toEqual(['load/begin-batch']);
    expect(result).toMatchObject({ decisions: [], nodesCreated: 0, relationshipsCreated: 0 });
    expect(result.outcomes.get(a.extraction.article.id)).toBe('unchanged');

    const asked = fakeRunner(graph);
    const explained = await new BatchWriter(asked.runner, (c) => c).write([a], { resolveUnchanged: true });
    expect(asked.names()).toEqual(['load/begin-batch', 'load/find-meetings']);
    expect(explained.decisions).toHaveLength(3);
  });

  it('removes the older body of an edited article first, then looks the batch up again', async () => {
    const a = prepared(3);
    const graph = empty();
    graph.articles.set('old-body', 'old-hash');
    graph.keyHolders.set(a.key, 'old-body');
    const fake = fakeRunner(graph);
    const result = await new BatchWriter(fake.runner, (c) => c).write([a]);
    expect(fake.names()).toEqual(REPLACING);
    // what the old body touched is looked up before it goes, and its tallies re-derived after the batch
    expect(fake.sent[1]!.params).toEqual({ ids: ['old-body'] });
    expect(fake.sent[2]!.params).toEqual({ id: 'old-body' });
    expect(fake.sent[7]!.params.batch).toEqual({
      articles: [a.extraction.article.id],
      meetings: ['m-old'],
      people: ['p-old'],
    });
    expect(result.outcomes.get(a.extraction.article.id)).toBe('replaced');
  });

  it('removes the stored article first when the same body was extracted otherwise (a newer extractor)', async () => {
    const a = prepared(4);
    const graph = empty();
    graph.articles.set(a.extraction.article.id, 'an older extraction');
    const fake = fakeRunner(graph);
    const result = await new BatchWriter(fake.runner, (c) => c).write([a]);
    expect(fake.names()).toEqual(REPLACING);
    expect(fake.sent[2]!.params).toEqual({ id: a.extraction.article.id });
    expect(result.outcomes.get(a.extraction.article.id)).toBe('replaced');
  });
});
