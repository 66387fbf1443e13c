// "Talks at Tom Hale's residence ... the foreign secretary's house": a definite office with no name after it refers
// back to the person named last before it; when that person has no title, the office is theirs.
import type { Person, PersonMention } from './people.types';
import { titleCase } from './title-words';

// Offices one person holds at a time in a state, written lowercase after "the" when they stand for their holder.
const DEFINITE_OFFICE_RE =
  /\b[Tt]he ((?:prime minister|foreign (?:secretary|minister)|home (?:secretary|minister)|defen[cs]e (?:secretary|minister)|finance minister|chancellor|president|vice president|premier|chief minister|secretary of state))(?:'s)?\b(?! [A-Z])/g;

/** How many sentences back a definite office may look for the person it stands for. */
const REACH = 1;

/** Gives an untitled person the office a later "the <office>" names; `publisher` is the state of an untitled person
 *  whose own is not yet known (the outlet's own prime minister is "the prime minister"). */
export function definiteTitles(
  people: Person[],
  norm: string,
  sentenceOf: (offset: number) => number,
  publisher: string | null,
): void {
  const mentions: PersonMention[] = people
    .flatMap((p) => p.mentions)
    .filter((m) => m.sentence >= 0)
    .sort((a, b) => a.start - b.start);
  // Who holds each office by name, by state: "the prime minister" beside a foreign prime minister can still be ours.
  const held = new Map<string, (string | null)[]>();
  const hold = (office: string, country: string | null) =>
    held.set(office, [...(held.get(office) ?? []), country]);
  for (const p of people) if (p.title) hold(p.title.toLowerCase(), p.country);
  DEFINITE_OFFICE_RE.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = DEFINITE_OFFICE_RE.exec(norm))) {
    const office = m[1]!;
    const at = m.index;
    const sentence = sentenceOf(at);
    let last: PersonMention | undefined;
    for (const x of mentions) if (x.end <= at) last = x;
    if (!last || last.sentence < sentence - REACH) continue;
    const p = people[last.person]!;
    // Someone of the same (or an unknown) state already holds it by name: the reference is theirs, or ambiguous.
    const state = p.country ?? publisher;
    if (p.title || (held.get(office) ?? []).some((c) => !c || !state || c === state)) continue;
    p.title = titleCase(office);
    hold(office, state);
  }
}
