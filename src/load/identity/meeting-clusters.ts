// The meeting clusterer: one encounter per cluster of reports, across the batch and the meetings the probes found.
import {
  parseDateSpan,
  preferredDate,
  preferredKind,
  sameMeeting,
  seriesKey,
  type MeetingFacts,
} from '../identity-rules';
import {
  byFullness,
  byText,
  clusterNames,
  describeCluster,
  mergeCluster,
  settle,
  type Cluster,
  without,
} from './clusters';
import { nameKeysOf } from './entity-plans';
import type { ExistingMeeting, MeetingMention, MeetingPlan, MeetingResolution } from './identity.types';

interface MeetingCluster extends Cluster<ExistingMeeting, MeetingMention> {
  /** what `sameMeeting` compares, one per member */
  facts: MeetingFacts[];
}

function factsOfMention(m: MeetingMention): MeetingFacts {
  return {
    id: m.proposedId,
    name: m.name,
    kind: m.kind,
    date: m.date,
    format: m.format,
    seriesKey: m.seriesKey,
    ordinal: m.ordinal,
    participants: m.participants,
    principals: m.principals,
  };
}

function factsOfExisting(e: ExistingMeeting): MeetingFacts {
  return {
    id: e.id,
    name: e.name,
    kind: e.kind,
    date: parseDateSpan(e.date),
    format: e.format,
    seriesKey: seriesKey(e.series),
    ordinal: e.ordinal,
    participants: e.participants,
    principals: e.principals,
  };
}

/**
 * One encounter per cluster: a mention joins every cluster any member of which `sameMeeting` accepts; when it
 * matches two existing meetings they are merged (`absorb`), so the outcome does not depend on load order.
 */
export function resolveMeetings(mentions: MeetingMention[], existing: ExistingMeeting[]): MeetingResolution {
  let clusters: MeetingCluster[] = [...existing]
    .sort((a, b) => byText(a.id, b.id))
    .map((e) => ({ existing: [e], facts: [factsOfExisting(e)], mentions: [], reasons: [] }));
  for (const m of mentions) {
    const f = factsOfMention(m);
    const matching: Array<{ c: MeetingCluster; rule: string; reason: string }> = [];
    for (const c of clusters) {
      for (const g of c.facts) {
        const decision = sameMeeting(f, g);
        if (!decision.same) continue;
        matching.push({ c, rule: decision.rule, reason: decision.reason });
        break;
      }
    }
    if (!matching.length) {
      clusters.push({
        existing: [],
        facts: [f],
        mentions: [m],
        reasons: [
          { rule: 'new', reason: 'no meeting with a compatible date and shared participants or series' },
        ],
      });
      continue;
    }
    const target = matching[0]!.c;
    const bridged = matching.filter((x) => x.c.existing.length).length > 1;
    const reason = {
      rule: bridged ? 'bridge' : matching[0]!.rule,
      reason: `${matching[0]!.reason}: same encounter as ${matching.map((x) => describeCluster(x.c)).join(' and ')}`,
    };
    for (const { c: other } of matching.slice(1)) {
      mergeCluster(target, other);
      target.facts.push(...other.facts);
    }
    clusters = clusters.filter((c) => !matching.slice(1).some((x) => x.c === c));
    target.mentions.push(m);
    target.facts.push(f);
    target.reasons.push(reason);
  }
  return settle(
    'Meeting',
    clusters,
    existing.map((e) => e.id),
    meetingPlan,
  );
}

/** What a meeting cluster writes: the fullest name, the most specific kind, the most precise date. */
function meetingPlan(c: MeetingCluster, id: string): MeetingPlan {
  const ex = c.existing;
  const own = ex.map((e) => e.id).sort();
  const { name, aliases } = clusterNames(ex, c.mentions, id);
  const nameKeys = nameKeysOf('Meeting', [name, ...aliases]);
  const kept = ex.find((e) => e.id === (own[0] ?? id));
  const series =
    [...ex.map((e) => e.series), ...c.mentions.map((m) => m.series)]
      .filter((s): s is string => !!s)
      .sort(byFullness)[0] ?? null;
  const ordinals = [...ex.map((e) => e.ordinal), ...c.mentions.map((m) => m.ordinal)]
    .filter((o): o is number => typeof o === 'number')
    .sort((a, b) => a - b);
  const formats = [...ex.map((e) => e.format), ...c.mentions.map((m) => m.format)]
    .filter((s): s is string => !!s)
    .sort(byText);
  return {
    matchId: own[0] ?? id,
    absorb: own.slice(1),
    id,
    status: ex.length ? 'matched' : 'created',
    name,
    aliases,
    nameKeys,
    // A meeting's keys are those of its name and aliases, as stored.
    newKeys: without(nameKeys, kept ? nameKeysOf('Meeting', [kept.name, ...kept.aliases]) : []),
    kind: preferredKind([...ex.map((e) => e.kind), ...c.mentions.map((m) => m.kind)]),
    date: preferredDate([...ex.map((e) => parseDateSpan(e.date)), ...c.mentions.map((m) => m.date)]),
    format: formats[0] ?? null,
    // One report that it took place outweighs any that it was only planned, whatever the order they came in.
    held: ex.some((e) => e.held) || c.mentions.some((m) => m.held),
    series,
    seriesKey: seriesKey(series),
    ordinal: ordinals[0] ?? null,
  };
}
