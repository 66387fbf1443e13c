// The loader's statements, by name: every read and write of a batch runs through one of these inside one transaction.
import type { QueryRunner, WriteUnit } from '../neo4j/neo4j-client';
import type { ExistingEntity, ExistingMeeting, MeetingProbes, NodeLabel } from './identity.resolver';
import type {
  AbsorbRow,
  ArticleRow,
  FactRow,
  FactType,
  MeetingRow,
  NodeRow,
  RenameRow,
} from './write-plan.builder';

const NODE_STATEMENTS: Record<NodeLabel | 'Country', string> = {
  Person: 'load/merge-people',
  Organization: 'load/merge-organizations',
  Place: 'load/merge-places',
  Topic: 'load/merge-topics',
  Country: 'load/merge-countries',
};

const FACT_STATEMENTS: Record<FactType, string> = {
  ATTENDED: 'load/merge-attended',
  DISCUSSED: 'load/merge-discussed',
  HELD_IN: 'load/merge-held-in',
  IN_COUNTRY: 'load/merge-in-country',
  HOLDS_POSITION: 'load/merge-holds-position',
  REPRESENTS: 'load/merge-represents',
  PART_OF: 'load/merge-part-of',
  OF_COUNTRY: 'load/merge-of-country',
};

const OTHER_STATEMENTS = [
  'load/lock',
  'load/find-articles',
  'load/remove-article',
  'load/find-entities',
  'load/find-meetings',
  'load/merge-articles',
  'load/merge-meetings',
  'load/rename-nodes',
  'load/absorb-people',
  'load/absorb-meetings',
];

export interface WriteCounts {
  nodesCreated: number;
  relationshipsCreated: number;
}

/** Lucene clauses per full-text query: well under the default limit of 1024. */
const KEYS_PER_QUERY = 256;
const SAFE_KEY = /^[a-z0-9-]+$/;

export class LoadRepository {
  constructor(runner: QueryRunner) {
    // Resolve every statement now: a missing file fails construction, not the first batch.
    for (const name of [
      ...Object.values(NODE_STATEMENTS),
      ...Object.values(FACT_STATEMENTS),
      ...OTHER_STATEMENTS,
    ]) {
      runner.statement(name);
    }
  }

  async lock(tx: WriteUnit): Promise<void> {
    await tx.run('load/lock', { name: 'identity' });
  }

  async findArticles(
    tx: WriteUnit,
    rows: Array<{ id: string; key: string }>,
  ): Promise<Array<{ id: string; exists: boolean; keyHolder: string | null }>> {
    return tx.run('load/find-articles', { rows });
  }

  async removeArticle(tx: WriteUnit, id: string): Promise<void> {
    await tx.run('load/remove-article', { id });
  }

  async findEntities(
    tx: WriteUnit,
    keys: Array<{ label: NodeLabel; key: string }>,
  ): Promise<ExistingEntity[]> {
    const usable = keys.filter((k) => SAFE_KEY.test(k.key));
    if (!usable.length) return [];
    const queries: Array<{ label: NodeLabel; query: string }> = [];
    for (const label of ['Person', 'Organization', 'Place', 'Topic'] as const) {
      const mine = usable.filter((k) => k.label === label).map((k) => `"${k.key}"`);
      for (let i = 0; i < mine.length; i += KEYS_PER_QUERY)
        queries.push({ label, query: mine.slice(i, i + KEYS_PER_QUERY).join(' OR ') });
    }
    return tx.run<ExistingEntity & Record<string, unknown>>('load/find-entities', { queries });
  }

  async findMeetings(tx: WriteUnit, probes: MeetingProbes): Promise<ExistingMeeting[]> {
    if (!probes.windows.length && !probes.series.length) return [];
    return tx.run<ExistingMeeting & Record<string, unknown>>('load/find-meetings', {
      windows: probes.windows,
      series: probes.series,
    });
  }

  async absorb(tx: WriteUnit, label: 'Person' | 'Meeting', rows: AbsorbRow[]): Promise<void> {
    if (rows.length)
      await tx.run(label === 'Person' ? 'load/absorb-people' : 'load/absorb-meetings', { rows });
  }

  async renameNodes(tx: WriteUnit, rows: RenameRow[]): Promise<void> {
    if (rows.length) await tx.run('load/rename-nodes', { rows });
  }

  async mergeArticles(tx: WriteUnit, rows: ArticleRow[]): Promise<WriteCounts> {
    return this.counted(tx, 'load/merge-articles', rows);
  }

  async mergeNodes(tx: WriteUnit, label: NodeLabel | 'Country', rows: NodeRow[]): Promise<WriteCounts> {
    return this.counted(tx, NODE_STATEMENTS[label], rows);
  }

  async mergeMeetings(tx: WriteUnit, rows: MeetingRow[]): Promise<WriteCounts> {
    return this.counted(tx, 'load/merge-meetings', rows);
  }

  async mergeFacts(tx: WriteUnit, type: FactType, rows: FactRow[]): Promise<WriteCounts> {
    return this.counted(tx, FACT_STATEMENTS[type], rows);
  }

  private async counted(tx: WriteUnit, name: string, rows: unknown[]): Promise<WriteCounts> {
    if (!rows.length) return { nodesCreated: 0, relationshipsCreated: 0 };
    const [row] = await tx.run<{ nodesCreated: number | null; relationshipsCreated: number | null }>(name, {
      rows,
    });
    return {
      nodesCreated: Number(row?.nodesCreated ?? 0),
      relationshipsCreated: Number(row?.relationshipsCreated ?? 0),
    };
  }
}
