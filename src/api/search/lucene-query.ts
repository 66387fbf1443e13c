import { titleFormOfText } from '../../extract/title-forms';
import { badUserInput, preview } from '../common/user-input';

export const MAX_SEARCH_TEXT = 200;
const MAX_TERMS = 12;
const LUCENE_SPECIAL = /[+\-!(){}[\]^"~*?:\\/&|]/g;

/** The words of a search text: lowercase letters and digits only (Lucene operators cannot survive this). */
export function searchTerms(text: string): string[] {
  if (text.length > MAX_SEARCH_TEXT) {
    throw badUserInput(
      'text',
      `must be at most ${MAX_SEARCH_TEXT} characters, got ${text.length} (${preview(text)})`,
    );
  }
  const words = text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter((w) => w.length > 0);
  return [...new Set(words)].slice(0, MAX_TERMS);
}

const escapeTerm = (t: string) => t.replace(LUCENE_SPECIAL, (c) => `\\${c}`);

/**
 * The words of the form the graph stores a title in, when the text words a title another way ("Minister of Defence"
 * is stored "Defense Minister"), else null: people's titles are indexed in that form only.
 */
function titleFormTerms(text: string, terms: string[]): string[] | null {
  const form = titleFormOfText(text);
  const formTerms = form === null ? [] : searchTerms(form);
  return formTerms.length > 0 && formTerms.join(' ') !== terms.join(' ') ? formTerms : null;
}

/**
 * A Lucene query that ranks exact phrases first (the text's, and its title form's), then all words, then any word,
 * and lets the last word be a prefix (search as you type). Null when the text has no words.
 */
export function luceneQuery(terms: string[], titleForm: string[] | null = null): string | null {
  if (terms.length === 0) return null;
  const escaped = terms.map(escapeTerm);
  const last = escaped[escaped.length - 1]!;
  const parts = [`(${escaped.join(' ')})`];
  if (escaped.length > 1)
    parts.push(`"${escaped.join(' ')}"^4`, `(${escaped.map((t) => `+${t}`).join(' ')})^2`);
  // a holder of the stored form matches the post exactly: the weight of the phrase and all-words clauses (a word: any-word)
  if (titleForm)
    parts.push(
      titleForm.length > 1 ? `"${titleForm.map(escapeTerm).join(' ')}"^6` : escapeTerm(titleForm[0]!),
    );
  if (last.length >= 3) parts.push(`${last}*^0.5`);
  return parts.join(' OR ');
}

/** A search text's words and its title form's (for highlights), and the Lucene query it asks (null: no words). */
export function searchQuery(text: string): { terms: string[]; query: string | null } {
  const terms = searchTerms(text);
  const form = titleFormTerms(text, terms);
  return { terms: [...new Set([...terms, ...(form ?? [])])], query: luceneQuery(terms, form) };
}
