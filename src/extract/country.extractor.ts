// Countries: every state a sentence names, abbreviates or refers to by its demonym, plus the states of people.
import { capitalCountry, countryName, matchCountries } from './country-gazetteer';
import type { ExtractedCountry } from './extraction.types';
import type { Person } from './people.types';
import { bodySpans } from './organization-names';
import type { Token } from './tokenizer';

/** The states each sentence names ("Korean" in DPRK media is the DPRK; "inter-Korean" names no state; "Korea" in
 *  "the Workers' Party of Korea" is the party's state). `norm`: the text the tokens' offsets index. */
export function sentenceStates(toks: readonly Token[][], publisher: string | null, norm: string): string[][] {
  return toks.map((ts) => {
    const out: string[] = [];
    const base = ts[0]?.start ?? 0;
    let spans: ReturnType<typeof bodySpans> | null = null;
    for (const c of matchCountries(ts.map((t) => t.text))) {
      const first = ts[c.from]!;
      if (first.hyphen === false && ts[c.from - 1]?.lower === 'inter') continue;
      spans ??= bodySpans(norm.slice(base, ts[ts.length - 1]?.end ?? base), base);
      const body = spans.find((x) => first.start >= x.from && first.start < x.to)?.country ?? null;
      out.push(
        body ?? (publisher === 'KP' && c.code === 'KR' && /^Korean?$/.test(first.text) ? 'KP' : c.code),
      );
    }
    return out;
  });
}

/** The states whose capitals each sentence names as a place ("met ... in Jakarta"): where an encounter was held. */
export function sentenceCapitals(toks: readonly Token[][]): string[][] {
  return toks.map((ts) =>
    ts.flatMap((t, k) => {
      const code = t.cap && /^(?:in|at|to)$/.test(ts[k - 1]?.lower ?? '') ? capitalCountry(t.text) : null;
      return code ? [code] : [];
    }),
  );
}

/** The article's countries in order of first mention, then the states of people not named otherwise. */
export function articleCountries(states: readonly string[][], people: readonly Person[]): ExtractedCountry[] {
  const codes = new Set<string>();
  for (const ss of states) for (const c of ss) codes.add(c);
  for (const p of people) if (p.country) codes.add(p.country);
  return [...codes].map((code) => ({ code, name: countryName(code) }));
}
