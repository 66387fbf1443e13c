// Turns resolved articles into the rows of the batched UNWIND statements: one row per node or edge per batch.
import { personKey } from '../domain/names';
import { familyTokens } from './identity-rules';
import type { ArticleExtraction } from '../extract/extraction.types';
import {
  localRef,
  type EntityPlan,
  type EntityResolution,
  type MeetingResolution,
  type NodeLabel,
} from './identity/identity.types';

export interface MentionRow {
  article: string;
  count: number;
  sentence: string | null;
  start: number | null;
  end: number | null;
}

export interface ArticleRow {
  id: string;
  key: string;
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

const minDate = (a: string | null, b: string | null) => (a === null ? b : b === null ? a : a < b ? a : b);
const maxDate = (a: string | null, b: string | null) => (a === null ? b : b === null ? a : a > b ? a : b);
const fuller = (a: string | null, b: string | null) =>
  a === null ? b : b === null ? a : b.length > a.length || (b.length === a.length && b < a) ? b : a;

/** Accumulates one node's mentions across the batch's articles. */
class NodeAccumulator {
  private readonly rows = new Map<string, NodeRow & { byArticle: Map<string, MentionRow> }>();

  add(
    matchId: string,
    id: string,
    props: Record<string, unknown> | null,
    article: string,
    date: string | null,
    evidence: MentionRow,
  ): void {
    let row = this.rows.get(id);
    if (!row) {
      row = { matchId, id, props, first: null, last: null, mentions: [], byArticle: new Map() };
      this.rows.set(id, row);
    }
    row.first = minDate(row.first, date);
    row.last = maxDate(row.last, date);
    const prev = row.byArticle.get(article);
    if (!prev) row.byArticle.set(article, { ...evidence, article });
    else {
      prev.count += evidence.count;
      if (evidence.start !== null && (prev.start === null || evidence.start < prev.start)) {
        Object.assign(prev, { sentence: evidence.sentence, start: evidence.start, end: evidence.end });
      }
    }
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

class FactAccumulator {
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

function aliasText(name: string, aliases: string[]): string {
  return [name, ...aliases].join(' | ');
}

function nodeProps(p: EntityPlan): Record<string, unknown> {
  const base: Record<string, unknown> = {
    name: p.name,
    aliases: p.aliases,
    nameKeys: p.nameKeys,
    aliasText: aliasText(p.name, p.aliases),
  };
  if (p.label === 'Person')
    Object.assign(base, {
      title: p.title,
      titles: p.titles,
      country: p.country,
      personKey: personKey(p.name),
      // Tokens of the full names, for the family-name rule's lookup (index person_family_keys).
      familyKeys: [...new Set([p.name, ...p.aliases].flatMap(familyTokens))].sort(),
    });
  if (p.label === 'Organization') Object.assign(base, { kind: p.kind, country: p.country });
  if (p.label === 'Place') Object.assign(base, { country: p.country });
  return base;
}

/** Builds every row the batch writes; `countryNames` names countries the extraction lists or its people imply. */
export function buildWritePlan(
  batch: Array<{ extraction: ArticleExtraction; key: string }>,
  entities: EntityResolution,
  meetings: MeetingResolution,
  countryName: (code: string) => string,
): WritePlan {
  const planById = new Map(entities.plans.map((p) => [p.id, p]));
  const meetingById = new Map(meetings.plans.map((p) => [p.id, p]));
  const nodes: Record<NodeLabel, NodeAccumulator> = {
    Person: new NodeAccumulator(),
    Organization: new NodeAccumulator(),
    Place: new NodeAccumulator(),
    Topic: new NodeAccumulator(),
  };
  const countries = new NodeAccumulator();
  const meetingNodes = new NodeAccumulator();
  const facts = Object.fromEntries(FACT_TYPES.map((t) => [t, new FactAccumulator()])) as Record<
    FactType,
    FactAccumulator
  >;
  const articles: ArticleRow[] = [];

  for (const { extraction: x, key } of batch) {
    const a = x.article;
    articles.push({
      id: a.id,
      key,
      title: a.title,
      source: a.source,
      url: a.url,
      file: a.file,
      date: a.date,
    });
    const evidence = new Map<string, MentionRow>();
    for (const e of x.evidence) {
      const prev = evidence.get(e.about);
      if (!prev)
        evidence.set(e.about, { article: a.id, count: 1, sentence: e.sentence, start: e.start, end: e.end });
      else {
        prev.count++;
        if (prev.start === null || e.start < prev.start)
          Object.assign(prev, { sentence: e.sentence, start: e.start, end: e.end });
      }
    }
    const ev = (local: string): MentionRow =>
      evidence.get(local) ?? { article: a.id, count: 1, sentence: null, start: null, end: null };
    const countryNames = new Map(x.countries.map((c) => [c.code, c.name]));
    const mentionCountry = (code: string | null) => {
      if (!code) return;
      countries.add(
        code,
        code,
        { name: countryNames.get(code) || countryName(code) },
        a.id,
        a.date,
        ev(code),
      );
    };
    x.countries.forEach((c) => mentionCountry(c.code));
    const resolved = (label: NodeLabel, local: string | null): string | undefined =>
      local === null ? undefined : entities.idOf.get(localRef(label, a.id, local));
    const mention = (label: NodeLabel, local: string): string | undefined => {
      const id = resolved(label, local);
      const plan = id ? planById.get(id) : undefined;
      if (!id || !plan) return undefined;
      // A node that already holds these properties gets none: less to send, and nothing for Neo4j to rewrite.
      nodes[label].add(plan.matchId, id, plan.unchanged ? null : nodeProps(plan), a.id, a.date, ev(local));
      return id;
    };

    for (const o of x.organizations) {
      const id = mention('Organization', o.id);
      if (!id) continue;
      mentionCountry(o.country);
      if (o.country) facts.OF_COUNTRY.add(id, o.country, a.id, a.date);
      const parent = resolved('Organization', o.parent);
      if (parent && parent !== id) facts.PART_OF.add(id, parent, a.id, a.date);
    }
    for (const l of x.places) {
      const id = mention('Place', l.id);
      if (!id) continue;
      mentionCountry(l.country);
      if (l.country) facts.IN_COUNTRY.add(id, l.country, a.id, a.date);
    }
    for (const t of x.topics) mention('Topic', t.id);
    const personTitle = new Map<string, string | null>();
    for (const p of x.people) {
      const id = mention('Person', p.id);
      if (!id) continue;
      personTitle.set(p.id, p.title);
      mentionCountry(p.country);
      if (p.country) facts.REPRESENTS.add(id, p.country, a.id, a.date);
      const org = resolved('Organization', p.organization);
      if (org && p.title) facts.HOLDS_POSITION.add(id, org, a.id, a.date, { title: p.title });
    }
    for (const m of x.meetings) {
      const id = meetings.idOf.get(localRef('Meeting', a.id, m.id));
      const plan = id ? meetingById.get(id) : undefined;
      if (!id || !plan) continue;
      meetingNodes.add(
        plan.matchId,
        id,
        {
          name: plan.name,
          aliases: plan.aliases,
          nameKeys: plan.nameKeys,
          aliasText: aliasText(plan.name, plan.aliases),
          kind: plan.kind,
          date: plan.date?.date ?? null,
          datePrecision: plan.date?.precision ?? null,
          format: plan.format,
          series: plan.series,
          seriesKey: plan.seriesKey,
          ordinal: plan.ordinal,
          dateStart: plan.date?.start ?? null,
          dateEnd: plan.date?.end ?? null,
        },
        a.id,
        a.date,
        ev(m.id),
      );
      const roles = new Map(m.roles.map((r) => [r.person, r.role]));
      for (const local of m.participants) {
        const person = resolved('Person', local);
        if (person)
          facts.ATTENDED.addTitled(
            person,
            id,
            a.id,
            a.date,
            personTitle.get(local) ?? null,
            roles.get(local) ?? 'participant',
          );
      }
      for (const local of m.topics) {
        const topic = resolved('Topic', local);
        if (topic) facts.DISCUSSED.add(id, topic, a.id, a.date);
      }
      const place = resolved('Place', m.place);
      if (place) facts.HELD_IN.add(id, place, a.id, a.date);
    }
  }

  const nodeRows = {
    Person: nodes.Person.list(),
    Organization: nodes.Organization.list(),
    Place: nodes.Place.list(),
    Topic: nodes.Topic.list(),
  };
  const meetingRows = meetingNodes.list();
  const renames: RenameRow[] = [
    ...(Object.keys(nodeRows) as NodeLabel[]).flatMap((label) =>
      nodeRows[label].filter((r) => r.matchId !== r.id).map((r) => ({ label, from: r.matchId, to: r.id })),
    ),
    ...meetingRows
      .filter((r) => r.matchId !== r.id)
      .map((r) => ({ label: 'Meeting' as const, from: r.matchId, to: r.id })),
  ];
  return {
    articles,
    absorbPeople: entities.plans
      .filter((p) => p.label === 'Person')
      .flatMap((p) => p.absorb.map((drop) => ({ keep: p.matchId, drop }))),
    absorbMeetings: meetings.plans.flatMap((p) => p.absorb.map((drop) => ({ keep: p.matchId, drop }))),
    renames,
    countries: countries.list(),
    nodes: nodeRows,
    meetings: meetingRows.map((r) => {
      const { dateStart, dateEnd, ...props } = r.props as {
        dateStart: string | null;
        dateEnd: string | null;
      };
      return { ...r, props, dateStart, dateEnd };
    }),
    facts: Object.fromEntries(FACT_TYPES.map((t) => [t, facts[t].list()])) as Record<FactType, FactRow[]>,
  };
}
