// The loader's statements, by name: a batch runs begin-batch, find-meetings, merge-nodes, merge-facts and
// refresh-tallies (four round trips: the last three go back to back), plus remove-article (after tally-scope),
// absorb-* and rename-nodes only when an edit, a bridge or a lowered id needs them.
import { REPEATED_FACTS } from '../domain/fact-key';
import type { Params, QueryRunner, Row, WriteUnit } from '../neo4j/neo4j-client';
import type { NamesLeft, Renaming } from './identity/after-edit';
import type {
  ExistingEntity,
  ExistingMeeting,
  LookupKey,
  LookupResult,
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
} from './write-plan.rows';
import { FACT_TYPES } from './write-plan.rows';

const STATEMENTS = [
  'load/begin-batch',
  'load/remove-article',
  'load/find-meetings',
  'load/merge-nodes',
  'load/merge-facts',
  'load/rename-nodes',
  'load/absorb-people',
  'load/absorb-meetings',
  'load/rename-after-edit',
  'load/tally-scope',
  'load/refresh-tallies',
];

/** What an edited article's old body touched, so that the batch re-derives those tallies once it is written. */
export interface TallyScope {
  meetings: string[];
  people: string[];
}

/**
 * Per relationship type: its row list's parameter in load/merge-facts, and the row fields its subquery reads besides
 * from and to (the others are not sent). Facts about one event carry their `articles`; repeated facts only how many
 * articles of the batch state them (`count`) and their first and last dates: their sources are on MENTIONS.
 */
const FACT_ROWS: Record<FactType, { param: string; fields: Array<'title' | 'role' | 'since' | 'until'> }> = {
  ATTENDED: { param: 'attended', fields: ['title', 'role'] },
  DISCUSSED: { param: 'discussed', fields: [] },
  HELD_IN: { param: 'heldIn', fields: [] },
  IN_COUNTRY: { param: 'inCountry', fields: ['since', 'until'] },
  HOLDS_POSITION: { param: 'holdsPosition', fields: ['title', 'since', 'until'] },
  REPRESENTS: { param: 'represents', fields: ['since', 'until'] },
  PART_OF: { param: 'partOf', fields: ['since', 'until'] },
  OF_COUNTRY: { param: 'ofCountry', fields: ['since', 'until'] },
};

const REPEATED = new Set<string>(REPEATED_FACTS);
const orNull = (list: string[]) => (list.length ? list : null);

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
  /** the stored article's extractionHash (null: stored before articles kept one) */
  extractionHash: string | null;
  keyHolder: string | null;
}

/**
 * The most full-named bearers of one family key the lookup returns. The family-name rule joins a bare name only to
 * a sole bearer, so past this many it only needs to know there are more (`crowded`); a common token ("Kim", "Li")
 * would otherwise return more people with every batch as the graph grows.
 */
const MAX_BEARERS = 16;

/**
 * A person with more meetings than this has a window's meetings read by the date index instead of their own, when the
 * window holds fewer (counted up to this): the cost of finding a busy person's meetings then stays bounded.
 */
export const MEETING_PROBE = 256;

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
  ): Promise<LookupResult & { articles: FoundArticle[] }> {
    const of = (label: NodeLabel, index: LookupKey['index'] & string) =>
      keys.filter((k) => k.label === label && (k.index ?? 'name') === index).map((k) => k.key);
    const [row] = await runBatch<{ articles: FoundArticle[]; entities: ExistingEntity[]; crowded: string[] }>(
      tx,
      'load/begin-batch',
      {
        articles,
        people: of('Person', 'name'),
        family: of('Person', 'family'),
        organizations: of('Organization', 'id'),
        places: of('Place', 'id'),
        topics: of('Topic', 'id'),
      },
      { name: 'identity', maxBearers: MAX_BEARERS },
    );
    return { articles: row?.articles ?? [], entities: row?.entities ?? [], crowded: row?.crowded ?? [] };
  }

  /** Removes an edited article's old body; gives the nodes whose names or titles only it gave, with what is left. */
  async removeArticle(tx: WriteUnit, id: string): Promise<NamesLeft[]> {
    const [row] = await tx.run<{ renamed: NamesLeft[] }>('load/remove-article', { id });
    return row?.renamed ?? [];
  }

  /** The meetings and people of articles about to be removed (their tallies are re-derived after the batch). */
  async tallyScope(tx: WriteUnit, ids: string[]): Promise<TallyScope> {
    const scope: TallyScope = { meetings: [], people: [] };
    if (!ids.length) return scope;
    for (const row of await tx.run<{ meetings: string[]; people: string[] }>('load/tally-scope', { ids })) {
      scope.meetings.push(...row.meetings);
      scope.people.push(...row.people);
    }
    return scope;
  }

  /** Re-derives the tallies (load/refresh-tallies) of the meetings the batch's articles and `scope` touch. */
  async refreshTallies(tx: WriteUnit, articles: string[], scope: TallyScope): Promise<void> {
    await runBatch(tx, 'load/refresh-tallies', { articles, meetings: scope.meetings, people: scope.people });
  }

  async renameAfterEdit(tx: WriteUnit, rows: Renaming[]): Promise<void> {
    if (rows.length) await runBatch(tx, 'load/rename-after-edit', { rows });
  }

  async findMeetings(tx: WriteUnit, probes: MeetingProbes): Promise<ExistingMeeting[]> {
    if (!probes.windows.length && !probes.series.length) return [];
    return runBatch<ExistingMeeting & Record<string, unknown>>(
      tx,
      'load/find-meetings',
      { windows: probes.windows, series: probes.series },
      { probe: MEETING_PROBE },
    );
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
      keys: r.keys,
      familyKeys: r.familyKeys,
      first: r.first,
      last: r.last,
      // Empty lists are sent as null: the edge then has no such property.
      mentions: r.mentions.map((m) => ({
        ...m,
        article: ids.of(m.article),
        names: orNull(m.names),
        aliases: orNull(m.aliases),
        titles: orNull(m.titles),
        facts: orNull(m.facts),
      })),
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
        const row: Record<string, unknown> = { from: r.from, to: r.to };
        if (REPEATED.has(type)) row.count = r.articles.length;
        else row.articles = r.articles.map(ids.of);
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
