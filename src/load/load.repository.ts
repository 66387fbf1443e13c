// The loader's statements, by name: a batch runs begin-batch, find-meetings, merge-nodes and merge-facts (four round
// trips), plus remove-article, absorb-* and rename-nodes only when an edit, a bridge or a lowered id needs them.
import type { Params, QueryRunner, Row, WriteUnit } from '../neo4j/neo4j-client';
import type {
  ExistingEntity,
  ExistingMeeting,
  LookupKey,
  MeetingProbes,
  NodeLabel,
} from './identity/identity.types';
import type {
  AbsorbRow,
  ArticleRow,
  FactRow,
  FactType,
  MeetingRow,
  NodeRow,
  RenameRow,
} from './write-plan.builder';
import { FACT_TYPES } from './write-plan.builder';

const STATEMENTS = [
  'load/begin-batch',
  'load/remove-article',
  'load/find-meetings',
  'load/merge-nodes',
  'load/merge-facts',
  'load/rename-nodes',
  'load/absorb-people',
  'load/absorb-meetings',
];

/**
 * Per relationship type: its row list's parameter in load/merge-facts, and the row fields its subquery reads besides
 * from, to and articles (the others are not sent).
 */
const FACT_ROWS: Record<FactType, { param: string; fields: Array<'title' | 'role' | 'since' | 'until'> }> = {
  ATTENDED: { param: 'attended', fields: ['title', 'role'] },
  DISCUSSED: { param: 'discussed', fields: [] },
  HELD_IN: { param: 'heldIn', fields: [] },
  IN_COUNTRY: { param: 'inCountry', fields: [] },
  HOLDS_POSITION: { param: 'holdsPosition', fields: ['title', 'since', 'until'] },
  REPRESENTS: { param: 'represents', fields: ['since', 'until'] },
  PART_OF: { param: 'partOf', fields: [] },
  OF_COUNTRY: { param: 'ofCountry', fields: [] },
};

/**
 * A statement's article ids, each sent once in `$batch.ids`; rows name articles by position in it. An id is 64
 * characters and a batch repeats each one in a few dozen rows: they were a third of the characters the driver packed.
 */
class ArticleIndex {
  readonly list: string[] = [];
  private readonly positions = new Map<string, number>();

  readonly of = (id: string): number => {
    let at = this.positions.get(id);
    if (at === undefined) {
      at = this.list.length;
      this.list.push(id);
      this.positions.set(id, at);
    }
    return at;
  };
}

export interface WriteCounts {
  nodesCreated: number;
  relationshipsCreated: number;
}

export interface NodeRows {
  articles: ArticleRow[];
  countries: NodeRow[];
  nodes: Record<NodeLabel, NodeRow[]>;
  meetings: MeetingRow[];
}

export interface FoundArticle {
  id: string;
  exists: boolean;
  keyHolder: string | null;
}

/** Lucene clauses per full-text query: well under the default limit of 1024. */
const KEYS_PER_QUERY = 256;
const SAFE_KEY = /^[a-z0-9-]+$/;
const INDEX = { name: 'identity_name_keys', family: 'person_family_keys' } as const;

/**
 * Runs a load statement with its row lists inside one `$batch` map: Neo4j keys cached plans on the sizes of list
 * parameters, and replanning the big statements for each new mix of sizes cost more than running them.
 */
function runBatch<T extends Row = Row>(
  tx: WriteUnit,
  name: string,
  lists: Record<string, unknown[]>,
  scalars: Params = {},
): Promise<T[]> {
  return tx.run<T>(name, { ...scalars, batch: lists });
}

export class LoadRepository {
  constructor(runner: QueryRunner) {
    // Resolve every statement now: a missing file fails construction, not the first batch.
    for (const name of STATEMENTS) runner.statement(name);
  }

  /** Takes the load lock, checks the articles and looks the mentions' keys up: one round trip. */
  async begin(
    tx: WriteUnit,
    articles: Array<{ id: string; key: string }>,
    keys: LookupKey[],
  ): Promise<{ articles: FoundArticle[]; entities: ExistingEntity[] }> {
    const [row] = await runBatch<{ articles: FoundArticle[]; entities: ExistingEntity[] }>(
      tx,
      'load/begin-batch',
      { articles, queries: fullTextQueries(keys) },
      { name: 'identity' },
    );
    return { articles: row?.articles ?? [], entities: row?.entities ?? [] };
  }

  async removeArticle(tx: WriteUnit, id: string): Promise<void> {
    await tx.run('load/remove-article', { id });
  }

  async findMeetings(tx: WriteUnit, probes: MeetingProbes): Promise<ExistingMeeting[]> {
    if (!probes.windows.length && !probes.series.length) return [];
    return runBatch<ExistingMeeting & Record<string, unknown>>(tx, 'load/find-meetings', {
      windows: probes.windows,
      series: probes.series,
    });
  }

  async absorb(tx: WriteUnit, label: 'Person' | 'Meeting', rows: AbsorbRow[]): Promise<void> {
    if (rows.length)
      await runBatch(tx, label === 'Person' ? 'load/absorb-people' : 'load/absorb-meetings', { rows });
  }

  async renameNodes(tx: WriteUnit, rows: RenameRow[]): Promise<void> {
    if (rows.length) await runBatch(tx, 'load/rename-nodes', { rows });
  }

  async mergeNodes(tx: WriteUnit, rows: NodeRows): Promise<WriteCounts> {
    const ids = new ArticleIndex();
    const node = (r: NodeRow) => ({
      id: r.id,
      props: r.props,
      first: r.first,
      last: r.last,
      mentions: r.mentions.map((m) => ({ ...m, article: ids.of(m.article) })),
    });
    return this.counted(tx, 'load/merge-nodes', {
      articles: rows.articles,
      countries: rows.countries.map(node),
      organizations: rows.nodes.Organization.map(node),
      places: rows.nodes.Place.map(node),
      topics: rows.nodes.Topic.map(node),
      people: rows.nodes.Person.map(node),
      meetings: rows.meetings.map((r) => ({ ...node(r), dateStart: r.dateStart, dateEnd: r.dateEnd })),
      ids: ids.list,
    });
  }

  async mergeFacts(tx: WriteUnit, facts: Record<FactType, FactRow[]>): Promise<WriteCounts> {
    const ids = new ArticleIndex();
    const params: Record<string, unknown[]> = {};
    for (const type of FACT_TYPES) {
      const { param, fields } = FACT_ROWS[type];
      params[param] = facts[type].map((r) => {
        const row: Record<string, unknown> = { from: r.from, to: r.to, articles: r.articles.map(ids.of) };
        for (const f of fields) row[f] = r[f];
        return row;
      });
    }
    params.ids = ids.list;
    return this.counted(tx, 'load/merge-facts', params);
  }

  private async counted(
    tx: WriteUnit,
    name: string,
    params: Record<string, unknown[]>,
  ): Promise<WriteCounts> {
    // `ids` fills only from rows: it is empty whenever every row list is.
    if (!Object.values(params).some((rows) => rows.length))
      return { nodesCreated: 0, relationshipsCreated: 0 };
    const [row] = await runBatch<{ nodesCreated: number | null; relationshipsCreated: number | null }>(
      tx,
      name,
      params,
    );
    return {
      nodesCreated: Number(row?.nodesCreated ?? 0),
      relationshipsCreated: Number(row?.relationshipsCreated ?? 0),
    };
  }
}

/** Groups keys into OR-queries per label and index, dropping keys the keyword query syntax cannot carry. */
function fullTextQueries(keys: LookupKey[]): Array<{ label: NodeLabel; index: string; query: string }> {
  const usable = keys.filter((k) => SAFE_KEY.test(k.key));
  const out: Array<{ label: NodeLabel; index: string; query: string }> = [];
  for (const index of ['name', 'family'] as const) {
    for (const label of ['Person', 'Organization', 'Place', 'Topic'] as const) {
      const mine = usable
        .filter((k) => k.label === label && (k.index ?? 'name') === index)
        .map((k) => `"${k.key}"`);
      for (let i = 0; i < mine.length; i += KEYS_PER_QUERY)
        out.push({ label, index: INDEX[index], query: mine.slice(i, i + KEYS_PER_QUERY).join(' OR ') });
    }
  }
  return out;
}
