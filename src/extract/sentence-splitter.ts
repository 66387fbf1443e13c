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

/** Splits a body into sentences; newlines always end a sentence, periods after abbreviations and initials do not. */
export function splitSentences(body: string): Sentence[] {
  const norm = normalizeText(body);
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
