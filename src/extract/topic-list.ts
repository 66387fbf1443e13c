// Topic lists: a discussion verb's object split into one part per subject ("A, B and C", "expanding X and
// developing Y"), keeping "and" inside names, after an adjective and in "both A and B".
import { ADJECTIVE_ALONE, CAPITALIZED, DETERMINER, isVerbHead } from './topic-phrase';

/**
 * Whether the " and " at k is inside a name: two capitalized words on each side, no possessive after
 * ("the United Nations Relief and Works Agency", not "the DPRK and Russia's war").
 */
function insideName(p: string, k: number): boolean {
  const before = p.slice(0, k).split(' ').slice(-2);
  const after = p
    .slice(k + 5)
    .split(' ')
    .slice(0, 2);
  return (
    before.length === 2 &&
    after.length === 2 &&
    [...before, ...after].every((w) => CAPITALIZED.test(w)) &&
    !after[0]!.endsWith("'s")
  );
}

/** "cooperation between China and the United States": the " and " at k joins the two parties of "between". */
function betweenParties(p: string, k: number): boolean {
  return /\bbetween (?:the )?[\w.'-]+(?: [\w.'-]+)?$/.test(p.slice(0, k));
}

// "for both A and B": the "and" joins one subject's two parties.
const BOTH = /\bboth\b/;

/** Where " and " joins two gerund phrases ("expanding X and developing Y"), or -1. */
function parallelGerund(p: string): number {
  const first = /\b([a-z]+ing) /.exec(p);
  if (!first || !isVerbHead(first[1]!)) return -1;
  for (const m of p.matchAll(/ and ([a-z]+ing) /g))
    if (m.index > first.index && isVerbHead(m[1]!)) return m.index;
  return -1;
}

export function splitList(span: string): string[] {
  // "A, B, and C" / "A; B; C" / "A as well as B" — commas split, "and" splits two noun phrases.
  const parts = span.split(/;\s*|,\s*(?:and\s+|or\s+)?|\s+as well as\s+|,?\s+including\s+|\s+such as\s+/);
  // "A, B and C": in a comma list the last "and" joins two items.
  if (parts.length >= 2) {
    const last = parts.pop()!;
    // the last "and" that does not join the parties of a "between"
    let k = last.lastIndexOf(' and ');
    while (k > 0 && betweenParties(last, k)) k = last.lastIndexOf(' and ', k - 1);
    // ... but an adjective before it modifies the noun after ("a free and open Indo-Pacific")
    if (
      k > 0 &&
      !ADJECTIVE_ALONE.test(last.slice(last.lastIndexOf(' ', k - 1) + 1, k)) &&
      !insideName(last, k) &&
      !BOTH.test(last.slice(0, k))
    ) {
      parts.push(last.slice(0, k), last.slice(k + 5));
    } else parts.push(last);
  }
  // "A and B and C" with no commas: the last "and" joins the last subject ("economic and trade cooperation and X").
  if (parts.length === 1 && (parts[0]!.match(/ and /g) ?? []).length >= 2 && parallelGerund(parts[0]!) < 0) {
    const only = parts.pop()!;
    let k = only.lastIndexOf(' and ');
    while (k > 0 && betweenParties(only, k)) k = only.lastIndexOf(' and ', k - 1);
    if (k < 0 || insideName(only, k)) parts.push(only);
    else parts.push(only.slice(0, k), only.slice(k + 5));
  }
  const out: string[] = [];
  for (const p of parts) {
    // "peace and stability in X" is one subject: "and" splits only two phrases of two words or more (a determiner
    // not counted).
    const det = DETERMINER.exec(p)?.[0].length ?? 0;
    const pair =
      /^(.+?\s\S+)\s+and\s+((?:the |a |an |our |their |its )?[a-zA-Z-]+(?:'s)? (?:\w+ )?(?:of|on|for|in|to|with|against)\b.*)$/.exec(
        p.slice(det),
      );
    // ... but not "both A and B", one subject's two parties
    const m =
      pair &&
      !insideName(p, det + pair[1]!.length) &&
      !betweenParties(p, det + pair[1]!.length) &&
      !BOTH.test(pair[1]!)
        ? pair
        : null;
    // "expanding X and developing Y": parallel gerunds are two subjects
    const g = m ? -1 : parallelGerund(p);
    if (m) out.push(p.slice(0, det) + m[1]!, m[2]!);
    else if (g > 0) out.push(p.slice(0, g), p.slice(g + 5));
    else out.push(p);
  }
  return out;
}
