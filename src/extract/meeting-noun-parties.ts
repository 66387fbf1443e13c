// Who a meeting noun phrase belongs to when the phrase does not name them: the host of "meetings with A and B", the
// people before "their meetings", the city of "hosted by" a state.
import { capitalCity, lookupCountry } from './country-gazetteer';
import type { MeetingContext, SentenceInfo } from './meeting.types';
import { titleRefs } from './meeting-patterns';
import type { PersonMention } from './people.types';

/** "X's speech and meetings with A and B", "the minister held meetings with A and B": whose meetings they are is the
 * last person the clause named before the phrase, by name or by title. */
export function pluralHost(
  si: SentenceInfo,
  start: number,
  ctx: MeetingContext,
  guests: ReadonlySet<number>,
): number[] {
  const before = si.norm.slice(0, start);
  const clause = Math.max(0, before.search(/[^;:]*$/));
  const named = [...si.mentions]
    .reverse()
    .find((m) => m.start - si.start < start && m.start - si.start >= clause);
  if (named && !guests.has(named.person)) return [named.person];
  // The nearest title reference: scanned from the last "the" back, since a longer match may swallow it.
  const thes = [...before.slice(clause).matchAll(/\b[Tt]he\s/g)].reverse();
  for (const t of thes) {
    const at = clause + t.index;
    const refs = titleRefs(before.slice(at), si.start + at, ctx.people, new Set(guests));
    if (refs.length) return [refs[0]!];
  }
  return [];
}

/** Where a host named after "hosted by" holds a meeting: a state's capital, else the place named. */
export function hostPlace(host: string): { name: string; index: number } {
  const state = lookupCountry(host);
  return { name: (state && capitalCity(state.code)) || host, index: 0 };
}

/** People named in the sentence before `start` as a clause's subjects, not yet taken by another meeting. */
export function sentenceOwners(
  ments: readonly PersonMention[],
  si: SentenceInfo,
  start: number,
  claimed: ReadonlySet<PersonMention>,
): number[] {
  return ments
    .filter((m) => m.start - si.start < start && !m.possessive && !claimed.has(m))
    .map((m) => m.person);
}
