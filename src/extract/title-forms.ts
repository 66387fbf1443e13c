// One form per title for the graph: articles word one post several ways ("Minister for Foreign Affairs", "Foreign
// Minister", "MINISTER FOR FOREIGN AFFAIRS", "Vice-Minister of Defence"), and a position is one fact however worded.
// The extraction keeps the article's words (the contract's `title`); the loader stores this form.
import { NUMERIC_ORDINALS, PORTFOLIO, TITLE_HEADS, TITLE_MODS } from './lexicon.data';
import { titleCase } from './title-words';

/**
 * The rule's version: bump it with any change to what `canonicalTitle` gives, and `parley migrate` puts graphs stored in
 * an older form in the new one (upgrade/titles-one-form runs once per version).
 */
export const TITLE_FORMS_VERSION = 2;

/** Heads whose "<head> of/for <portfolio>" is also written "<portfolio> <head>" ("Minister of Finance", "Finance Minister"). */
const INVERTIBLE_HEADS = new Set(['minister', 'secretary']);

/** Portfolio words that name a post, not a field ("affairs" and "policy" only follow one; "state" is not here). */
const POST_PORTFOLIOS = new Set([...PORTFOLIO].filter((w) => w !== 'affairs' && w !== 'policy'));

/** One form per word where English has two: a spelling, or a head's gendered forms ("Spokesman", "Spokesperson"). */
const SPELLINGS: Record<string, string> = {
  defence: 'defense',
  labour: 'labor',
  advisor: 'adviser',
  councillor: 'councilor',
  spokesman: 'spokesperson',
  spokeswoman: 'spokesperson',
};

/** A plural head at the end names one holder's post in the singular ("Foreign Ministers A and B": each a "Foreign Minister"). */
const SINGULAR_HEADS: Record<string, string> = { ministers: 'minister', secretaries: 'secretary' };

/** Modifiers written with a hyphen before the head ("Vice-Minister", "Under-Secretary"). */
const HYPHENATED_MOD = /\b(Vice|Deputy|Under)-(?=\p{Lu})/gu;

function capitalized(word: string): string {
  return word.charAt(0).toUpperCase() + word.slice(1);
}

function respelled(word: string): string {
  const ordinal = NUMERIC_ORDINALS[word.toLowerCase()];
  if (ordinal) return capitalized(ordinal);
  const to = SPELLINGS[word.toLowerCase()];
  if (!to) return word;
  return word === word.toLowerCase() ? to : capitalized(to);
}

/**
 * The graph's form of a title: in capitals or in lower case, title-cased; one form per word, a head in the
 * singular; "Vice-Minister" as "Vice Minister", "1st" as "First", "Former" as "former"; and "[modifiers]
 * Minister|Secretary of|for [the] <portfolio> [Affairs]" as "[modifiers] <portfolio> Minister|Secretary" ("Deputy
 * Minister of Health" → "Deputy Health Minister"), "Foreign Affairs" as "Foreign". A title with more after the portfolio ("Minister of
 * Industry and Trade") or another head ("Secretary of State") is left as written.
 */
export function canonicalTitle(title: string): string {
  let t = title.trim().replace(/\s+/g, ' ');
  if (!/\p{Ll}/u.test(t)) t = titleCase(t.toLowerCase());
  else if (!/\p{Lu}/u.test(t)) t = titleCase(t);
  // "former" describes the holder, not the post: in lower case as at a sentence's start too
  t = t.replace(HYPHENATED_MOD, '$1 ').replace(/^Former /, 'former ');
  const words = t.split(' ').map(respelled);
  const last = words.length - 1;
  // (not after "of"/"for": "Council of Ministers" names a body)
  const singular = SINGULAR_HEADS[words[last]!.toLowerCase()];
  if (singular && !words.some((w) => /^(of|for)$/i.test(w))) words[last] = capitalized(singular);
  const head = words.findIndex((w) => INVERTIBLE_HEADS.has(w.toLowerCase()));
  if (head >= 0 && words.slice(0, head).every((w) => TITLE_MODS.has(w.toLowerCase()))) {
    const rest = words.slice(head + 1).map((w) => w.toLowerCase());
    let at = 0;
    if (rest[at] === 'of' || rest[at] === 'for') at++;
    else return joinForeignAffairs(words);
    if (rest[at] === 'the') at++;
    const portfolio = words[head + 1 + at];
    const tail = rest.slice(at + 1);
    if (
      portfolio &&
      POST_PORTFOLIOS.has(portfolio.toLowerCase()) &&
      (tail.length === 0 || (tail.length === 1 && tail[0] === 'affairs'))
    ) {
      const affairs = tail.length === 1 && portfolio.toLowerCase() !== 'foreign' ? ['Affairs'] : [];
      // (rewritten, so capitalized as a title: "executive deputy minister of Foreign Affairs")
      const front = words.slice(0, head).map((w) => (w === 'former' ? w : capitalized(w)));
      return [...front, capitalized(portfolio), ...affairs, capitalized(words[head]!)].join(' ');
    }
  }
  return joinForeignAffairs(words);
}

/** "Foreign Affairs Minister" → "Foreign Minister": the same post, in the form the others take. */
function joinForeignAffairs(words: string[]): string {
  const out = words.filter(
    (w, i) =>
      !(
        w.toLowerCase() === 'affairs' &&
        words[i - 1]?.toLowerCase() === 'foreign' &&
        INVERTIBLE_HEADS.has(words[i + 1]?.toLowerCase() ?? '')
      ),
  );
  return out.join(' ');
}

/**
 * The graph's form of a text that names a post (it holds a title head: "minister of defence", "spokesman"), for a
 * search to find titles stored in that form; null for any other text ("Labour Party" keeps its spelling).
 */
export function titleFormOfText(text: string): string | null {
  // split at hyphens too: "vice-minister", "secretary-general" hold their head as a word
  const words = text.toLowerCase().split(/[^\p{L}]+/u);
  return words.some((w) => TITLE_HEADS.has(w)) ? canonicalTitle(text) : null;
}
