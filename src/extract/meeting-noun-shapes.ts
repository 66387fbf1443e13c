// Noun phrases whose encounter takes a shape of its own: a meeting with an unnamed group ("at a meeting with ASEAN
// foreign ministers") and one plural phrase over several cities ("their conversations in Seoul and Tokyo").
import { capitalCountry } from './country-gazetteer';
import type { DateMention } from './date-resolver';
import { meetingDraft } from './meeting-draft';
import { CITY_LIST_RE, groupPhrase, kindOf, uniq } from './meeting-patterns';
import { pronounSubject } from './pronoun-reference';
import type { MeetingContext, MeetingDraft, SentenceInfo } from './meeting.types';

/** "X urged ... at a meeting with ASEAN foreign ministers": the subject (named, or "he"/"she") met an unnamed group;
 *  null when the phrase has no such group or no subject. */
export function groupMeeting(
  si: SentenceInfo,
  start: number,
  tail: string,
  head: string,
  firstDate: DateMention | null,
  upcoming: boolean,
  ctx: MeetingContext,
): MeetingDraft | null {
  if (!/\b(?:at|during|in)\s+$/.test(si.norm.slice(Math.max(0, start - 8), start))) return null;
  const group = groupPhrase(tail, -1);
  if (!group) return null;
  const named = [...si.mentions].reverse().find((m) => m.start - si.start < start && !m.possessive);
  const subj = named ? named.person : pronounSubject(si, start, ctx);
  if (subj === null) return null;
  return meetingDraft({
    name: `${ctx.people[subj]!.name}'s ${head.toLowerCase()} with ${group}`,
    kind: kindOf(head),
    date: (upcoming ? firstDate?.ahead : undefined) ?? firstDate?.value ?? null,
    place: null,
    participants: [subj],
    sentence: si.index,
    context: false,
    group: true,
    ...(upcoming ? { planned: true } : {}),
  });
}

/** "their conversations in Seoul and Tokyo": one encounter per city, each with that city's state's people and those
 *  who travelled; null unless every city has a party of its own state. */
export function perCityMeetings(
  tail: string,
  participants: readonly number[],
  base: { name: string; head: string; date: string | null; sentence: number },
  ctx: MeetingContext,
): MeetingDraft[] | null {
  const cities = CITY_LIST_RE.exec(tail);
  if (!cities) return null;
  const names = [cities[1]!, ...cities[2]!.split(/,\s*/).filter(Boolean), cities[3]!];
  const codes = names.map((n) => capitalCountry(n));
  const local = (code: string | null): number[] =>
    participants.filter((p) => !!code && ctx.people[p]!.country === code);
  if (!codes.every((c) => c && local(c).length)) return null;
  const travelling = participants.filter((p) => !codes.includes(ctx.people[p]!.country));
  return names.map((city, k) =>
    meetingDraft({
      name: `${base.name} in ${city}`,
      kind: kindOf(base.head),
      date: base.date,
      place: city,
      participants: uniq([...travelling, ...local(codes[k]!)]),
      sentence: base.sentence,
      context: true,
      group: true,
    }),
  );
}
