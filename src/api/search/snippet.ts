import type { TextRange } from './search-hit.type';

const WINDOW = 160;

const fold = (s: string) =>
  s
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase();

/** Ranges in `text` where a search term starts a word (diacritics and case folded; one folded char per char assumed). */
export function highlightRanges(text: string, terms: string[]): TextRange[] {
  const folded = [...text].map((c) => fold(c)[0] ?? c).join('');
  const ranges: TextRange[] = [];
  for (const term of terms) {
    let from = 0;
    for (;;) {
      const at = folded.indexOf(term, from);
      if (at < 0) break;
      const startsWord = at === 0 || !/[\p{L}\p{N}]/u.test(folded[at - 1]!);
      if (startsWord) ranges.push({ start: at, end: at + term.length });
      from = at + term.length;
    }
  }
  ranges.sort((a, b) => a.start - b.start || b.end - a.end);
  return ranges.filter((r, i) => i === 0 || r.start >= ranges[i - 1]!.end);
}

/** The first of the candidate texts that matches a term (else the first one), cut to a window around the match. */
export function snippet(
  candidates: (string | null | undefined)[],
  terms: string[],
): { snippet: string; highlights: TextRange[] } {
  const texts = candidates.filter((c): c is string => typeof c === 'string' && c.length > 0);
  for (const text of texts) {
    const ranges = highlightRanges(text, terms);
    if (ranges.length > 0) return cut(text, ranges);
  }
  const text = texts[0] ?? '';
  return cut(text, []);
}

function cut(text: string, ranges: TextRange[]): { snippet: string; highlights: TextRange[] } {
  if (text.length <= WINDOW) return { snippet: text, highlights: ranges };
  const first = ranges[0]?.start ?? 0;
  const start = Math.max(0, Math.min(first - 40, text.length - WINDOW));
  const end = start + WINDOW;
  const prefix = start > 0 ? '…' : '';
  const body = text.slice(start, end) + (end < text.length ? '…' : '');
  const highlights = ranges
    .filter((r) => r.start >= start && r.end <= end)
    .map((r) => ({ start: r.start - start + prefix.length, end: r.end - start + prefix.length }));
  return { snippet: prefix + body, highlights };
}
