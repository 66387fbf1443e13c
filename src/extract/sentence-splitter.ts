// Sentence splitting that keeps exact offsets into the body (evidence must slice the original text).

export interface Sentence {
  index: number;
  start: number;
  end: number;
  text: string;
  /** index of the paragraph (blank-line separated block) the sentence is in */
  paragraph: number;
}

/** Same-length normalization (curly quotes, dashes, NBSP) so matching code sees one form and offsets still hold. */
export function normalizeText(s: string): string {
  return s
    .replace(/[’‘ʼ]/g, "'")
    .replace(/[“”]/g, '"')
    .replace(/[–—‒]/g, '-')
    .replace(/\u00a0/g, ' ');
}

const ABBREVIATIONS = new Set([
  'mr',
  'mrs',
  'ms',
  'dr',
  'prof',
  'gen',
  'lt',
  'col',
  'maj',
  'capt',
  'cmdr',
  'adm',
  'sgt',
  'sen',
  'rep',
  'gov',
  'amb',
  'st',
  'no',
  'vs',
  'jr',
  'jnr',
  'sr',
  'inc',
  'co',
  'corp',
  'ltd',
  'dept',
  'gov',
  'pres',
  'u.s',
  'u.k',
  'u.n',
  'd.c',
  'e.g',
  'i.e',
  'a.m',
  'p.m',
  'jan',
  'feb',
  'mar',
  'apr',
  'jun',
  'jul',
  'aug',
  'sep',
  'sept',
  'oct',
  'nov',
  'dec',
  'mt',
  'ft',
  'messrs',
  'hon',
  'rt',
  'sec',
  'h.e',
]);

// After an abbreviation, these words still start a new sentence ("in Washington, D.C. The Secretary ...").
const SENTENCE_OPENERS = new Set([
  'The',
  'He',
  'She',
  'They',
  'It',
  'We',
  'I',
  'This',
  'That',
  'These',
  'Both',
  'In',
  'On',
  'At',
  'But',
  'And',
  'A',
  'An',
  'His',
  'Her',
  'Their',
  'Our',
  'During',
  'After',
  'Before',
  'Finally',
  'Meanwhile',
]);

const CANDIDATE = /[.!?]+["')\]]*(?=\s+["'([]?[A-Z0-9])|\n\s*\n|\n/g;

/** The width a body's text is wrapped at (a high percentile of its line lengths), or 0 when it has few lines. */
function wrapWidth(norm: string): number {
  const lengths: number[] = [];
  let at = 0;
  while (at < norm.length) {
    let nl = norm.indexOf('\n', at);
    if (nl < 0) nl = norm.length;
    const n = nl - at;
    if (n > 0) lengths.push(n);
    at = nl + 1;
  }
  if (lengths.length < 4) return 0;
  lengths.sort((a, b) => a - b);
  return lengths[Math.floor(lengths.length * 0.8)]!;
}

const ENDS_SENTENCE = /[.!?:;]["')\]]*\s*$/;

/**
 * A single line break inside a sentence, as text extracted from PDFs or hard-wrapped copy has: the line does not
 * end a sentence and either the next line goes on in lowercase or the line runs to the body's wrap width.
 */
function softBreak(norm: string, lineStart: number, at: number, width: number): boolean {
  const line = norm.slice(lineStart, at);
  if (!/[A-Za-z]/.test(line) || ENDS_SENTENCE.test(line)) return false;
  const next = /^[ \t]*(\S)/.exec(norm.slice(at + 1, at + 40))?.[1] ?? '';
  if (!next || /[•*\u2022-]/.test(next)) return false;
  if (/[a-z]/.test(next)) return true;
  return width >= 50 && line.trim().length >= 0.7 * width;
}

/** Splits a body into sentences; a line break ends one unless the sentence runs on across it (see softBreak),
 *  periods after abbreviations and initials do not. */
export function splitSentences(body: string): Sentence[] {
  const norm = normalizeText(body);
  const width = wrapWidth(norm);
  let lineStart = 0;
  const out: Sentence[] = [];
  let segStart = 0;
  let paragraph = 0;
  let pendingParagraph = 0;
  const push = (from: number, to: number): void => {
    let s = from;
    let e = to;
    while (s < e && /\s/.test(body[s]!)) s++;
    while (e > s && /\s/.test(body[e - 1]!)) e--;
    if (e - s < 2 || !/[A-Za-z]/.test(body.slice(s, e))) return;
    paragraph = pendingParagraph;
    out.push({ index: out.length, start: s, end: e, text: body.slice(s, e), paragraph });
  };
  CANDIDATE.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = CANDIDATE.exec(norm))) {
    const mark = m[0];
    if (mark[0] === '\n') {
      const from = lineStart;
      lineStart = m.index + mark.length;
      if (mark === '\n' && softBreak(norm, from, m.index, width)) continue;
      push(segStart, m.index);
      segStart = m.index + mark.length;
      if (/\n\s*\n/.test(mark)) pendingParagraph++;
      else if (out.length && out[out.length - 1]!.end <= m.index) pendingParagraph++;
      continue;
    }
    if (mark === '.') {
      const before = norm.slice(Math.max(segStart, m.index - 12), m.index);
      const word = /([A-Za-z][A-Za-z.]*)$/.exec(before)?.[1] ?? '';
      const lower = word.toLowerCase();
      const next = /^\s+["'([]?([A-Za-z0-9]+)/.exec(norm.slice(m.index + 1, m.index + 40))?.[1] ?? '';
      const isInitial = /^[A-Z]$/.test(word);
      if (
        (ABBREVIATIONS.has(lower) || isInitial || /^[A-Za-z](\.[A-Za-z])+$/.test(word)) &&
        !SENTENCE_OPENERS.has(next)
      ) {
        continue;
      }
    }
    const end = m.index + mark.length;
    push(segStart, end);
    segStart = end;
  }
  push(segStart, body.length);
  return out;
}
