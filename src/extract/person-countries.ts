// States of people the text does not tie to a state directly, from general cues of diplomatic prose:
// the delegation they led, the ministry an apposition points back to, and counterparts holding the same office.
import { matchCountries } from './country-gazetteer';
import type { MeetingDraft } from './meeting.types';
import type { OrgMention } from './organization.extractor';
import type { Person } from './people.types';
import { tokenize } from './tokenizer';

const LED_RE = /\bled (?:the|a|an|its|their) ((?:[A-Z][\w.'-]*[ -]){1,4})(?:delegation|side|team)\b/;
const CLAUSE_END = /\b(?:while|whereas)\b|;/;
const MINISTRY_REF_RE = /^,? (?:an? |the )?(?:[\w-]+ ){0,4}?(?:for|at|of|from) the (ministry|department)\b/;

function statesIn(phrase: string): string[] {
  const toks = tokenize(phrase, 0, phrase.length).map((t) => t.text);
  return matchCountries(toks).map((c) => c.code);
}

/** "X and Y led the Thai delegation": the state of the delegation the person's clause says they led. */
export function delegationCountry(sentence: string, after: number): string | null {
  const rest = sentence.slice(after);
  const m = LED_RE.exec(rest);
  if (!m) return null;
  const stop = CLAUSE_END.exec(rest);
  if (stop && stop.index < m.index) return null;
  return statesIn(m[1]!)[0] ?? null;
}

/** "Zhang, a spokesperson for the ministry": the ministry (with its state) named last before the mention. */
export function ministryAnaphor(
  norm: string,
  nameEnd: number,
  nameStart: number,
  orgs: readonly OrgMention[],
): OrgMention | null {
  const m = MINISTRY_REF_RE.exec(norm.slice(nameEnd, nameEnd + 90));
  if (!m) return null;
  const kind = m[1] === 'ministry' ? 'ministry' : 'department';
  let best: OrgMention | null = null;
  for (const o of orgs) if (o.index < nameStart && o.kind === kind && o.country) best = o;
  return best;
}

function head(title: string | null): string {
  return (title ?? '').toLowerCase().replace(/^(?:former|acting|then) /, '');
}

/**
 * Two people with the same office in one encounter serve different states: when neither states its own,
 * the first named is the home state's, and the other takes the foreign state the article is about
 * (named beside the encounter, else the one most of the article's foreign people serve).
 */
export function counterpartCountries(
  drafts: readonly MeetingDraft[],
  people: Person[],
  explicit: readonly boolean[],
  home: string | null,
  sentenceStates: readonly string[][],
): void {
  if (!home) return;
  const count = new Map<string, number>();
  people.forEach((p) => {
    if (p.country && p.country !== home) count.set(p.country, (count.get(p.country) ?? 0) + 1);
  });
  const foreign = new Set(count.keys());
  // The state most of the article's foreign people serve, when one leads.
  const ranked = [...count].sort((a, b) => b[1] - a[1]);
  const main = ranked[0] && (ranked.length === 1 || ranked[0][1] > ranked[1]![1]) ? ranked[0][0] : null;
  for (const d of drafts) {
    const open = d.participants.filter((i) => !explicit[i] && !people[i]!.country && people[i]!.title);
    if (open.length < 2) continue;
    // The foreign state: one named beside the encounter among the article's foreign people, else the only one.
    const near = new Set(d.sentences.flatMap((si) => sentenceStates[si] ?? []).filter((c) => foreign.has(c)));
    const other = near.size === 1 ? [...near][0]! : main;
    if (!other) continue;
    for (let a = 0; a < open.length; a++)
      for (let b = a + 1; b < open.length; b++) {
        const pa = people[open[a]!]!;
        const pb = people[open[b]!]!;
        if (pb.country || head(pa.title) !== head(pb.title)) continue;
        pa.country = home;
        pb.country = other;
      }
  }
}
