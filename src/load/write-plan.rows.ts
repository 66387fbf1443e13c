// The rows a batch writes, one per node or fact for the whole batch, and the accumulators that fold articles into them.
import type { NodeLabel } from './identity/identity.types';

/** What one article says of one node: the MENTIONS (REPORTS for a meeting) edge from the article. */
export interface MentionRow {
  article: string;
  count: number;
  sentence: string | null;
  start: number | null;
  end: number | null;
  /** the names, other forms and titles it gives the node: what an edit recomputes the node's names and titles from */
  names: string[];
  aliases: string[];
  titles: string[];
  /** the repeated facts it states about the node, as `factKey`s: their sources */
  facts: string[];
  /** a meeting's REPORTS only: whether this article says it took place or is planned */
  status?: 'held' | 'planned';
}

export interface ArticleRow {
  id: string;
  key: string;
  extractionHash: string;
  title: string | null;
  source: string | null;
  url: string | null;
  file: string | null;
  date: string | null;
}

export interface NodeRow {
  matchId: string;
  id: string;
  /** null when the node holds them already */
  props: Record<string, unknown> | null;
  /** name keys (`KEY_OF`) and family keys (`FAMILY_KEY_OF`, people) the node does not carry yet */
  keys: string[];
  familyKeys: string[];
  first: string | null;
  last: string | null;
  mentions: MentionRow[];
}

export interface MeetingRow extends NodeRow {
  dateStart: string | null;
  dateEnd: string | null;
}

export interface FactRow {
  from: string;
  to: string;
  articles: string[];
  since: string | null;
  until: string | null;
  title: string | null;
  role: string | null;
}

export type FactType =
  | 'ATTENDED'
  | 'DISCUSSED'
  | 'HELD_IN'
  | 'IN_COUNTRY'
  | 'HOLDS_POSITION'
  | 'REPRESENTS'
  | 'PART_OF'
  | 'OF_COUNTRY';

export interface RenameRow {
  label: NodeLabel | 'Meeting';
  from: string;
  to: string;
}

export interface AbsorbRow {
  keep: string;
  drop: string;
}

export interface WritePlan {
  articles: ArticleRow[];
  /** existing nodes found to be one: merged before anything else is written */
  absorbPeople: AbsorbRow[];
  absorbMeetings: AbsorbRow[];
  /** nodes whose id resolution lowered, renamed before the merges */
  renames: RenameRow[];
  countries: NodeRow[];
  nodes: Record<NodeLabel, NodeRow[]>;
  meetings: MeetingRow[];
  facts: Record<FactType, FactRow[]>;
}

export const FACT_TYPES: FactType[] = [
  'ATTENDED',
  'DISCUSSED',
  'HELD_IN',
  'IN_COUNTRY',
  'HOLDS_POSITION',
  'REPRESENTS',
  'PART_OF',
  'OF_COUNTRY',
];

const union = (a: string[], b: string[]) => [...new Set([...a, ...b])].sort();
const minDate = (a: string | null, b: string | null) => (a === null ? b : b === null ? a : a < b ? a : b);
const maxDate = (a: string | null, b: string | null) => (a === null ? b : b === null ? a : a > b ? a : b);
const fuller = (a: string | null, b: string | null) =>
  a === null ? b : b === null ? a : b.length > a.length || (b.length === a.length && b < a) ? b : a;

/** Accumulates one node's mentions across the batch's articles. */
export class NodeAccumulator {
  private readonly rows = new Map<string, NodeRow & { byArticle: Map<string, MentionRow> }>();

  add(
    node: Pick<NodeRow, 'matchId' | 'id' | 'props' | 'keys' | 'familyKeys'>,
    article: string,
    date: string | null,
    evidence: MentionRow,
  ): void {
    let row = this.rows.get(node.id);
    if (!row) {
      row = { ...node, first: null, last: null, mentions: [], byArticle: new Map() };
      this.rows.set(node.id, row);
    }
    row.first = minDate(row.first, date);
    row.last = maxDate(row.last, date);
    const prev = row.byArticle.get(article);
    if (!prev) row.byArticle.set(article, { ...evidence, article });
    else {
      // Two local entities of one article that are one node (a full and a bare name): one edge, all they give.
      prev.count += evidence.count;
      prev.names = union(prev.names, evidence.names);
      prev.aliases = union(prev.aliases, evidence.aliases);
      prev.titles = union(prev.titles, evidence.titles);
      if (evidence.status) prev.status = prev.status === 'held' ? 'held' : evidence.status;
      if (evidence.start !== null && (prev.start === null || evidence.start < prev.start)) {
        Object.assign(prev, { sentence: evidence.sentence, start: evidence.start, end: evidence.end });
      }
    }
  }

  /** Records that `article` states the repeated fact `key` about node `id` (mentioned by it already). */
  state(id: string, article: string, key: string): void {
    const mention = this.rows.get(id)?.byArticle.get(article);
    if (!mention) throw new Error(`no mention of ${id} in ${article} to state ${key} on`);
    if (!mention.facts.includes(key)) mention.facts = [...mention.facts, key].sort();
  }

  list(): NodeRow[] {
    return [...this.rows.values()]
      .map(({ byArticle, ...row }) => ({
        ...row,
        mentions: [...byArticle.values()].sort((a, b) => (a.article < b.article ? -1 : 1)),
      }))
      .sort((a, b) => (a.id < b.id ? -1 : 1));
  }
}

export class FactAccumulator {
  private readonly rows = new Map<string, FactRow>();

  add(
    from: string,
    to: string,
    article: string,
    date: string | null,
    extra: { title?: string | null; role?: string | null } = {},
  ): void {
    const key = `${from}|${to}|${extra.title ?? ''}`;
    const row = this.rows.get(key);
    if (!row) {
      this.rows.set(key, {
        from,
        to,
        articles: [article],
        since: date,
        until: date,
        title: extra.title ?? null,
        role: extra.role ?? null,
      });
      return;
    }
    if (!row.articles.includes(article)) row.articles.push(article);
    row.since = minDate(row.since, date);
    row.until = maxDate(row.until, date);
    if (extra.role === 'principal') row.role = 'principal';
    else if (!row.role) row.role = extra.role ?? null;
  }

  /** For ATTENDED, where the title is a property and not part of the key. */
  addTitled(
    from: string,
    to: string,
    article: string,
    date: string | null,
    title: string | null,
    role: string,
  ): void {
    const key = `${from}|${to}`;
    const row = this.rows.get(key);
    if (!row) {
      this.rows.set(key, { from, to, articles: [article], since: date, until: date, title, role });
      return;
    }
    if (!row.articles.includes(article)) row.articles.push(article);
    row.title = fuller(row.title, title);
    if (role === 'principal') row.role = 'principal';
  }

  list(): FactRow[] {
    return [...this.rows.values()]
      .map((r) => ({ ...r, articles: [...r.articles].sort() }))
      .sort((a, b) => (a.from + a.to + (a.title ?? '') < b.from + b.to + (b.title ?? '') ? -1 : 1));
  }
}
