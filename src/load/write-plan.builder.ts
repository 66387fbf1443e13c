// Turns resolved articles into the rows of the batched UNWIND statements: one row per node or edge per batch.
import { factKey, type RepeatedFact } from '../domain/fact-key';
import { personKey } from '../domain/names';
import type { ArticleExtraction } from '../extract/extraction.types';
import { keyTextOf } from './identity/entity-plans';
import { familyKeysOf } from './identity-rules';
import type { PreparedArticle } from './load.types';
import {
  localRef,
  type EntityPlan,
  type EntityResolution,
  type MeetingPlan,
  type MeetingResolution,
  type NodeLabel,
} from './identity/identity.types';
import {
  FACT_TYPES,
  FactAccumulator,
  NodeAccumulator,
  type ArticleRow,
  type FactRow,
  type FactType,
  type MentionRow,
  type RenameRow,
  type WritePlan,
} from './write-plan.rows';

/** What the rows need of an article the batch writes. */
type ArticleToWrite = Pick<PreparedArticle, 'extraction' | 'key' | 'extractionHash'>;

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
      // Tokens of the full names: where a bare family name finds its bearers (FAMILY_KEY_OF).
      familyKeys: familyKeysOf([p.name, ...p.aliases]),
    });
  if (p.label === 'Organization') Object.assign(base, { kind: p.kind, country: p.country });
  if (p.label === 'Place') Object.assign(base, { country: p.country });
  if (p.label === 'Topic') base.keyText = keyTextOf(p.nameKeys);
  return base;
}

function meetingProps(plan: MeetingPlan): Record<string, unknown> {
  return {
    name: plan.name,
    aliases: plan.aliases,
    nameKeys: plan.nameKeys,
    aliasText: aliasText(plan.name, plan.aliases),
    kind: plan.kind,
    date: plan.date?.date ?? null,
    datePrecision: plan.date?.precision ?? null,
    format: plan.format,
    status: plan.held ? 'held' : 'planned',
    series: plan.series,
    seriesKey: plan.seriesKey,
    ordinal: plan.ordinal,
    dateStart: plan.date?.start ?? null,
    dateEnd: plan.date?.end ?? null,
  };
}

/** The start node's label of each repeated fact: its MENTIONS edge lists the fact. */
const STATED_ON: Record<RepeatedFact, NodeLabel> = {
  HOLDS_POSITION: 'Person',
  REPRESENTS: 'Person',
  PART_OF: 'Organization',
  OF_COUNTRY: 'Organization',
  IN_COUNTRY: 'Place',
};

/** The rows of one batch, filled article by article. */
class BatchRows {
  private readonly planById: Map<string, EntityPlan>;
  private readonly meetingById: Map<string, MeetingPlan>;
  readonly articles: ArticleRow[] = [];
  readonly nodes: Record<NodeLabel, NodeAccumulator> = {
    Person: new NodeAccumulator(),
    Organization: new NodeAccumulator(),
    Place: new NodeAccumulator(),
    Topic: new NodeAccumulator(),
  };
  readonly countries = new NodeAccumulator();
  readonly meetings = new NodeAccumulator();
  readonly facts = Object.fromEntries(FACT_TYPES.map((t) => [t, new FactAccumulator()])) as Record<
    FactType,
    FactAccumulator
  >;

  constructor(
    private readonly entities: EntityResolution,
    private readonly meetingResolution: MeetingResolution,
    private readonly countryName: (code: string) => string,
  ) {
    this.planById = new Map(entities.plans.map((p) => [p.id, p]));
    this.meetingById = new Map(meetingResolution.plans.map((p) => [p.id, p]));
  }

  add({ extraction: x, key, extractionHash }: ArticleToWrite): void {
    const a = x.article;
    this.articles.push({
      id: a.id,
      key,
      extractionHash,
      title: a.title,
      source: a.source,
      url: a.url,
      file: a.file,
      date: a.date,
    });
    const at = new ArticleRows(this, x);
    for (const c of x.countries) at.country(c.code);
    for (const o of x.organizations) {
      const id = at.mention('Organization', o.id, o.name, o.aliases);
      if (!id) continue;
      at.country(o.country);
      if (o.country) at.state('OF_COUNTRY', id, o.country);
      const parent = at.resolved('Organization', o.parent);
      if (parent && parent !== id) at.state('PART_OF', id, parent);
    }
    for (const l of x.places) {
      const id = at.mention('Place', l.id, l.name);
      if (!id) continue;
      at.country(l.country);
      if (l.country) at.state('IN_COUNTRY', id, l.country);
    }
    for (const t of x.topics) at.mention('Topic', t.id, t.name);
    for (const p of x.people) {
      const id = at.mention('Person', p.id, p.name, p.aliases, p.title);
      if (!id) continue;
      at.country(p.country);
      if (p.country) at.state('REPRESENTS', id, p.country);
      const org = at.resolved('Organization', p.organization);
      if (org && p.title) at.state('HOLDS_POSITION', id, org, p.title);
    }
    for (const m of x.meetings) at.meeting(m);
  }

  entityPlan(id: string | undefined): EntityPlan | undefined {
    return id ? this.planById.get(id) : undefined;
  }

  meetingPlan(id: string | undefined): MeetingPlan | undefined {
    return id ? this.meetingById.get(id) : undefined;
  }

  idOf(label: NodeLabel | 'Meeting', article: string, local: string): string | undefined {
    const idOf = label === 'Meeting' ? this.meetingResolution.idOf : this.entities.idOf;
    return idOf.get(localRef(label, article, local));
  }

  nameOf(code: string, given: string | undefined): string {
    return given || this.countryName(code);
  }

  build(): WritePlan {
    const nodeRows = {
      Person: this.nodes.Person.list(),
      Organization: this.nodes.Organization.list(),
      Place: this.nodes.Place.list(),
      Topic: this.nodes.Topic.list(),
    };
    const meetingRows = this.meetings.list();
    const renames: RenameRow[] = [
      ...(Object.keys(nodeRows) as NodeLabel[]).flatMap((label) =>
        nodeRows[label].filter((r) => r.matchId !== r.id).map((r) => ({ label, from: r.matchId, to: r.id })),
      ),
      ...meetingRows
        .filter((r) => r.matchId !== r.id)
        .map((r) => ({ label: 'Meeting' as const, from: r.matchId, to: r.id })),
    ];
    return {
      articles: this.articles,
      absorbPeople: this.entities.plans
        .filter((p) => p.label === 'Person')
        .flatMap((p) => p.absorb.map((drop) => ({ keep: p.matchId, drop }))),
      absorbMeetings: this.meetingResolution.plans.flatMap((p) =>
        p.absorb.map((drop) => ({ keep: p.matchId, drop })),
      ),
      renames,
      countries: this.countries.list(),
      nodes: nodeRows,
      meetings: meetingRows.map((r) => {
        const { dateStart, dateEnd, ...props } = r.props as {
          dateStart: string | null;
          dateEnd: string | null;
        };
        return { ...r, props, dateStart, dateEnd };
      }),
      facts: Object.fromEntries(FACT_TYPES.map((t) => [t, this.facts[t].list()])) as Record<
        FactType,
        FactRow[]
      >,
    };
  }
}

/** One article's contribution to the batch's rows. */
class ArticleRows {
  private readonly evidence = new Map<string, Pick<MentionRow, 'count' | 'sentence' | 'start' | 'end'>>();
  private readonly countryNames: Map<string, string>;
  private readonly titleOf = new Map<string, string | null>();

  constructor(
    private readonly rows: BatchRows,
    private readonly x: ArticleExtraction,
  ) {
    for (const e of x.evidence) {
      const prev = this.evidence.get(e.about);
      if (!prev) this.evidence.set(e.about, { count: 1, sentence: e.sentence, start: e.start, end: e.end });
      else {
        prev.count++;
        if (prev.start === null || e.start < prev.start)
          Object.assign(prev, { sentence: e.sentence, start: e.start, end: e.end });
      }
    }
    this.countryNames = new Map(x.countries.map((c) => [c.code, c.name]));
    for (const p of x.people) this.titleOf.set(p.id, p.title);
  }

  /** The MENTIONS row of a local entity: its first supporting sentence, and what this article calls it. */
  private mentionRow(
    local: string,
    name: string | null,
    aliases: string[] = [],
    titles: string[] = [],
  ): MentionRow {
    const found = this.evidence.get(local) ?? { count: 1, sentence: null, start: null, end: null };
    return { article: this.x.article.id, ...found, names: name ? [name] : [], aliases, titles, facts: [] };
  }

  resolved(label: NodeLabel, local: string | null): string | undefined {
    return local === null ? undefined : this.rows.idOf(label, this.x.article.id, local);
  }

  country(code: string | null): void {
    if (!code) return;
    const props = { name: this.rows.nameOf(code, this.countryNames.get(code)) };
    const node = { matchId: code, id: code, props, keys: [], familyKeys: [] };
    this.rows.countries.add(node, this.x.article.id, this.x.article.date, this.mentionRow(code, null));
  }

  mention(
    label: NodeLabel,
    local: string,
    name: string,
    aliases: string[] = [],
    title: string | null = null,
  ): string | undefined {
    const id = this.resolved(label, local);
    const plan = this.rows.entityPlan(id);
    if (!id || !plan) return undefined;
    // A node that already holds these properties gets none: less to send, and nothing for Neo4j to rewrite.
    const node = {
      matchId: plan.matchId,
      id,
      props: plan.unchanged ? null : nodeProps(plan),
      keys: plan.newKeys,
      familyKeys: plan.newFamilyKeys,
    };
    const a = this.x.article;
    this.rows.nodes[label].add(
      node,
      a.id,
      a.date,
      this.mentionRow(local, name, aliases, title ? [title] : []),
    );
    return id;
  }

  /** A repeated fact: its edge's count and dates, and its key on this article's MENTIONS of the start node. */
  state(type: RepeatedFact, from: string, to: string, title: string | null = null): void {
    const a = this.x.article;
    this.rows.facts[type].add(from, to, a.id, a.date, { title });
    this.rows.nodes[STATED_ON[type]].state(from, a.id, factKey(type, to, title));
  }

  meeting(m: ArticleExtraction['meetings'][number]): void {
    const a = this.x.article;
    const id = this.rows.idOf('Meeting', a.id, m.id);
    const plan = this.rows.meetingPlan(id);
    if (!id || !plan) return;
    const node = { matchId: plan.matchId, id, keys: plan.newKeys, familyKeys: [], props: meetingProps(plan) };
    this.rows.meetings.add(node, a.id, a.date, {
      ...this.mentionRow(m.id, m.name),
      status: m.status === 'planned' ? 'planned' : 'held',
    });
    const roles = new Map(m.roles.map((r) => [r.person, r.role]));
    for (const local of m.participants) {
      const person = this.resolved('Person', local);
      const role = roles.get(local) ?? 'participant';
      if (person)
        this.rows.facts.ATTENDED.addTitled(person, id, a.id, a.date, this.titleOf.get(local) ?? null, role);
    }
    for (const local of m.topics) {
      const topic = this.resolved('Topic', local);
      if (topic) this.rows.facts.DISCUSSED.add(id, topic, a.id, a.date);
    }
    const place = this.resolved('Place', m.place);
    if (place) this.rows.facts.HELD_IN.add(id, place, a.id, a.date);
  }
}

/** Builds every row the batch writes; `countryName` names countries the extraction implies but does not list. */
export function buildWritePlan(
  batch: ArticleToWrite[],
  entities: EntityResolution,
  meetings: MeetingResolution,
  countryName: (code: string) => string,
): WritePlan {
  const rows = new BatchRows(entities, meetings, countryName);
  for (const article of batch) rows.add(article);
  return rows.build();
}
