// What a meeting without a name of its own is called: its participants' family names ("Blinken–Hayashi meeting").
import { foldName } from '../domain/names';
import type { MeetingDraft } from './meeting.types';
import type { Person } from './people.types';

// Countries whose names the press writes family name first ("Wang Yi", "Kim Gunn"); Japanese names go both ways.
const FAMILY_FIRST_COUNTRIES = new Set(['CN', 'KR', 'KP', 'TW', 'HK', 'MO', 'VN']);
const BOTH_WAYS_COUNTRIES = new Set(['JP']);
// Endings of Japanese given names (雄/夫 -ao/-eo/-io, 郎 -ro, 三/蔵 -zo, 子 -ko, 彦 -hiko, 博 -hiro, 正 -masa, 明 -aki,
// 一 -ichi, 二/治 -ji), none the ending of a common family name ("Sato", "Kato" end in -to): in a two-word name written
// either way, the one word with such an ending is the given name.
const JAPANESE_GIVEN_ENDING = /^[A-Z][a-z]+(?:ao|eo|io|ro|zo|ko|hiko|hiro|masa|aki|ichi|ji)$/;
const SUFFIX = /,? (?:Jr|Jnr|Sr)\.?$/;
const INITIAL = /^[A-Z]\.$/;
const HYPHENATED_GIVEN = /^[A-Z][a-z]+-[a-z]+$/;

function nameParts(p: Person): string[] {
  return p.name
    .replace(SUFFIX, '')
    .split(' ')
    .filter((x) => !INITIAL.test(x));
}

/** How often each token of a two-or-more-part name stands alone as a mention of the person. */
function shortCounts(p: Person): Map<string, number> {
  const parts = nameParts(p);
  const counts = new Map<string, number>();
  if (parts.length <= 1) return counts;
  for (const m of p.mentions) {
    const toks = m.tokens.filter((t) => !INITIAL.test(t));
    if (toks.length !== 1) continue;
    const hit = parts.find((x) => foldName(x) === foldName(toks[0]!));
    if (hit) counts.set(hit, (counts.get(hit) ?? 0) + 1);
  }
  return counts;
}

/** The token of a two-or-more-part name that the article's one-word mentions use most, else the headline's, if any. */
function shortReference(p: Person): string | undefined {
  if (nameParts(p).length <= 1) return undefined;
  const counts = shortCounts(p);
  let best: string | undefined;
  for (const [k, n] of counts) if (!best || n > counts.get(best)!) best = k;
  return best ?? p.headlineShort;
}

/**
 * The name a meeting is called by: the token the article itself uses for short references ("Foreign Minister
 * Hayashi"), else the first token of a name written family name first (a hyphenated given name "Kim Hong-kyun",
 * or a person of a country whose names are written that way, or whose compatriots the article already names
 * family name first), a Japanese name by its given name's ending, else the last token.
 */
function familyName(p: Person, familyFirst: ReadonlySet<string> = new Set()): string {
  const parts = nameParts(p);
  if (parts.length <= 1) return parts[0] ?? p.name;
  const short = shortReference(p);
  if (short) return short;
  if (HYPHENATED_GIVEN.test(parts[parts.length - 1]!)) return parts[0]!;
  if (p.country && BOTH_WAYS_COUNTRIES.has(p.country) && parts.length === 2) {
    const [a, b] = [JAPANESE_GIVEN_ENDING.test(parts[0]!), JAPANESE_GIVEN_ENDING.test(parts[1]!)];
    if (a !== b) return a ? parts[1]! : parts[0]!;
  }
  if (p.country && (FAMILY_FIRST_COUNTRIES.has(p.country) || familyFirst.has(p.country))) return parts[0]!;
  return parts[parts.length - 1]!;
}

/** The article's name for a meeting, else "A–B kind" from its participants' family names, else its kind. */
export function meetingNamer(people: readonly Person[]): (d: MeetingDraft) => string {
  // Countries whose people this article names family name first, by short references to the first token (twice at
  // least: one may be a slip, "Prime Minister Imran (PM) Imran Khan").
  const orderCountries = new Set<string>();
  for (const p of people)
    if (
      p.country &&
      shortReference(p) === nameParts(p)[0] &&
      (shortCounts(p).get(nameParts(p)[0]!) ?? 0) >= 2
    )
      orderCountries.add(p.country);
  return (d) =>
    d.name ??
    (d.participants.length
      ? `${d.participants.map((i) => familyName(people[i]!, orderCountries)).join('–')} ${d.kind}`
      : d.kind);
}
