// What a batch says about identity: its mentions of people, organizations, places, topics and meetings, and the keys
// the graph lookup must search for them. Made per article, before the batch's transaction.
import type { ArticleExtraction } from '../../extract/extraction.types';
import {
  familyTokens,
  isStrongPersonName,
  meetingIdFor,
  organizationIdFor,
  parseDateSpan,
  personIdFor,
  personStrongKeys,
  placeIdFor,
  seriesKey,
  singleToken,
  topicIdFor,
} from '../identity-rules';
import { byText } from './clusters';
import {
  localRef,
  type EntityMention,
  type LookupKey,
  type MeetingMention,
  type NodeLabel,
} from './identity.types';

/** The mentions of people, organizations, places and topics in a batch, with the keys that may join them. */
export function entityMentions(batch: ArticleExtraction[]): EntityMention[] {
  const out: EntityMention[] = [];
  for (const x of batch) {
    const base = { article: x.article.id, articleDate: x.article.date };
    for (const p of x.people) {
      const forms = [p.name, ...p.aliases];
      const proposedId = personIdFor(p.name, p.country);
      out.push({
        ...base,
        label: 'Person',
        localId: p.id,
        name: p.name,
        aliases: p.aliases,
        country: p.country,
        kind: null,
        title: p.title,
        linkKeys: [...new Set([...forms.flatMap(personStrongKeys), `id:${proposedId}`])].sort(),
        proposedId,
      });
    }
    // Organizations, places and topics join on their id only (country + canonical name): alias links would chain
    // distinct bodies.
    const byId = (
      label: NodeLabel,
      localId: string,
      name: string,
      proposedId: string,
      more: Partial<EntityMention>,
    ) =>
      out.push({
        ...base,
        label,
        localId,
        name,
        aliases: [],
        country: null,
        kind: null,
        title: null,
        linkKeys: [`id:${proposedId}`],
        proposedId,
        ...more,
      });
    for (const o of x.organizations)
      byId('Organization', o.id, o.name, organizationIdFor(o.name, o.country), {
        aliases: o.aliases,
        country: o.country,
        kind: o.kind,
      });
    for (const l of x.places)
      byId('Place', l.id, l.name, placeIdFor(l.name, l.country), { country: l.country });
    for (const t of x.topics) byId('Topic', t.id, t.name, topicIdFor(t.name), {});
  }
  return out;
}

/**
 * What the graph lookup must search: organizations, places and topics by id (they join on nothing else); people by
 * name key and, for the family-name rule, by family key (the tokens of full names) for every token of their name, so
 * both a single-token mention and a full name loaded after one find each other and the rival bearers of the token.
 */
export function lookupKeys(mentions: EntityMention[]): LookupKey[] {
  const seen = new Set<string>();
  const out: LookupKey[] = [];
  const add = (label: NodeLabel, key: string, index: 'name' | 'family' | 'id' = 'name') => {
    const k: LookupKey = index === 'name' ? { label, key } : { label, key, index };
    if (!key || seen.has(lookupKeyOrder(k))) return;
    seen.add(lookupKeyOrder(k));
    out.push(k);
  };
  for (const m of mentions) {
    if (m.label === 'Person') {
      for (const f of [m.name, ...m.aliases]) for (const k of personStrongKeys(f)) add('Person', k);
      add('Person', singleToken(m.name));
      const tokens = isStrongPersonName(m.name) ? familyTokens(m.name) : [singleToken(m.name)];
      for (const t of tokens) {
        add('Person', t, 'family');
        // Single-token nodes carry their token as a name key.
        if (isStrongPersonName(m.name)) add('Person', t);
      }
    } else add(m.label, m.proposedId, 'id');
  }
  return out;
}

/** The batch's lookup keys: each once, sorted, from the keys of its articles. */
export function batchLookupKeys(perArticle: LookupKey[][]): LookupKey[] {
  const byOrder = new Map<string, LookupKey>();
  for (const keys of perArticle) for (const k of keys) byOrder.set(lookupKeyOrder(k), k);
  return [...byOrder.keys()].sort().map((order) => byOrder.get(order)!);
}

/** A lookup key's identity, which also orders the batch's keys. */
function lookupKeyOrder(k: LookupKey): string {
  return `${k.label}|${k.key}|${k.index ?? ''}`;
}

/** Meetings of a batch with participants and place already resolved to graph ids. */
export function meetingMentions(batch: ArticleExtraction[], idOf: Map<string, string>): MeetingMention[] {
  const out: MeetingMention[] = [];
  for (const x of batch) {
    const resolved = new Map(x.people.map((p) => [p.id, idOf.get(localRef('Person', x.article.id, p.id))]));
    // A meeting's id hashes its people as this article names them, not as they resolve: a later merge of two people
    // (a bare family name joining a full name) then cannot make the id depend on load order.
    const named = new Map(x.people.map((p) => [p.id, personIdFor(p.name, p.country)]));
    const ids = (locals: string[], by: Map<string, string | undefined>) =>
      [...new Set(locals.map((l) => by.get(l)).filter((p): p is string => !!p))].sort();
    for (const m of x.meetings) {
      const principalLocals = m.roles.filter((r) => r.role === 'principal').map((r) => r.person);
      const participants = ids(m.participants, resolved);
      const principals = ids(principalLocals, resolved);
      const namedPrincipals = ids(principalLocals, named);
      const sk = seriesKey(m.series);
      const date = parseDateSpan(m.date);
      out.push({
        article: x.article.id,
        localId: m.id,
        name: m.name,
        kind: m.kind,
        date,
        format: m.format,
        held: m.status !== 'planned',
        series: m.series,
        seriesKey: sk,
        ordinal: m.ordinal,
        participants,
        principals,
        proposedId: meetingIdFor({
          seriesKey: sk,
          ordinal: m.ordinal,
          date: date?.date ?? null,
          participants: namedPrincipals.length >= 2 ? namedPrincipals : ids(m.participants, named),
          articleId: x.article.id,
          localId: m.id,
        }),
      });
    }
  }
  return out.sort(
    (a, b) =>
      byText(a.proposedId, b.proposedId) || byText(a.article, b.article) || byText(a.localId, b.localId),
  );
}
