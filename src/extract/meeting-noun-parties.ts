// Who a meeting noun phrase belongs to when the phrase does not name them: the host of "meetings with A and B", the
// people before "their meetings", the city of "hosted by" a state.
import { capitalCity, capitalCountry, lookupCountry } from './country-gazetteer';
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

/** Where a meeting "hosted by"/"held in" a place is: a state's capital, the place "in" names, or a capital as host
 *  ("hosted by Beijing"; "hosted by Republic of Korea Special Representative X" is a person). */
export function hostPlace(host: string, by: boolean): { name: string; index: number } | null {
  // "hosted by Republic of Korea Special Envoy X": the longest run of the words that names a state or a capital
  const words = host.split(' ');
  for (let n = words.length; n > 0; n--) {
    const head = words.slice(0, n).join(' ');
    const state = lookupCountry(head);
    if (state) return { name: capitalCity(state.code) ?? head, index: 0 };
    if (capitalCountry(head)) return { name: head, index: 0 };
  }
  return by ? null : { name: host, index: 0 };
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
