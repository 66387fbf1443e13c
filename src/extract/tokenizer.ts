// Word tokens with absolute body offsets; hyphenated compounds split unless they are a given name ("Hong-kyun"),
// and a title or honorific glued to the next name by a scraper ("ComradeKim") split in two.
import { HONORIFICS, NUMERIC_ORDINALS, TITLE_HEADS, TITLE_MODS } from './lexicon.data';

export interface Token {
  /** normalized text (straight quotes), possessive 's removed */
  text: string;
  lower: string;
  start: number;
  end: number;
  cap: boolean;
  word: boolean;
  possessive: boolean;
  /** joined to the previous token by a hyphen, no space */
  hyphen: boolean;
}

const TOKEN_RE =
  /[A-Za-z\u00C0-\u024F](?:[A-Za-z\u00C0-\u024F]|[.'-](?=[A-Za-z\u00C0-\u024F]))*\.?|\d+(?:st|nd|rd|th)?|[^\sA-Za-z\u00C0-\u024F\d]/g;
const KEEP_DOT =
  /^(?:[A-Z]|[A-Za-z](?:\.[A-Za-z])+|Jr|Jnr|Sr|Snr|Gen|Sen|Rep|Mr|Mrs|Ms|Dr|Lt|Col|Adm|Gov|St|Amb|Prof|Maj|Capt|Sgt)$/;

function isLetter(c: number): boolean {
  return (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || (c >= 0xc0 && c <= 0x24f);
}

/** The length of a title or honorific glued before a capitalized word ("PresidentXi" → 9), else 0. */
function gluedPrefix(text: string): number {
  for (let k = 2; k < text.length - 1; k++) {
    const c = text.charCodeAt(k);
    if (c < 65 || c > 90) continue;
    const head = text.slice(0, k).toLowerCase();
    return /[a-z]$/.test(head) && (HONORIFICS.has(head) || TITLE_HEADS.has(head) || TITLE_MODS.has(head))
      ? k
      : 0;
  }
  return 0;
}

function push(out: Token[], text: string, start: number, hyphen: boolean): void {
  const glued = text.length > 4 ? gluedPrefix(text) : 0;
  if (glued) {
    push(out, text.slice(0, glued), start, hyphen);
    push(out, text.slice(glued), start + glued, false);
    return;
  }
  let t = text;
  let possessive = false;
  const n = t.length;
  // Possessive "Korea's" / plural "Workers'" (checked by char codes: this runs once per token).
  if (n > 2 && t.charCodeAt(n - 1) === 115 && t.charCodeAt(n - 2) === 39 && isLetter(t.charCodeAt(n - 3))) {
    t = t.slice(0, -2);
    possessive = true;
  } else if (n > 1 && t.charCodeAt(n - 1) === 39 && t.charCodeAt(n - 2) === 115) {
    t = t.slice(0, -1);
    possessive = true;
  }
  const c0 = t.charCodeAt(0);
  const word = isLetter(c0);
  out.push({
    text: t,
    lower: t.toLowerCase(),
    start,
    end: start + t.length,
    cap: word && ((c0 >= 65 && c0 <= 90) || (c0 >= 0xc0 && c0 <= 0xde)),
    word,
    possessive,
    hyphen,
  });
}

/** Tokenizes normalized text `norm` in [from, to), offsets absolute. */
export function tokenize(norm: string, from: number, to: number): Token[] {
  const out: Token[] = [];
  const slice = norm.slice(from, to);
  TOKEN_RE.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = TOKEN_RE.exec(slice))) {
    let raw = m[0];
    const start = from + m.index;
    // Plural possessive "Workers' Party": the apostrophe belongs to the word.
    if (
      /s$/.test(raw) &&
      slice[m.index + raw.length] === "'" &&
      /\s/.test(slice[m.index + raw.length + 1] ?? '')
    ) {
      raw += "'";
      TOKEN_RE.lastIndex++;
    }
    let trailingDot = false;
    if (raw.length > 1 && raw.endsWith('.') && !KEEP_DOT.test(raw.slice(0, -1))) {
      raw = raw.slice(0, -1);
      trailingDot = true;
    }
    if (raw.includes('-') && /^[A-Za-z]/.test(raw)) {
      // "Hong-kyun" stays one given name; "U.S.-Japan", "Vice-Minister", "vice-minister" split.
      const parts = raw.split('-');
      const keep =
        /^[A-Z]/.test(parts[0]!) &&
        parts.slice(1).every((p) => /^[a-z]/.test(p)) &&
        !/^(based|led|level|born|run|owned|backed)$/.test(parts[1] ?? '');
      if (keep || parts.some((p) => p === '')) push(out, raw, start, false);
      else {
        let off = start;
        parts.forEach((p, k) => {
          push(out, p, off, k > 0);
          off += p.length + 1;
        });
      }
    } else push(out, raw, start, false);
    const ordinal = NUMERIC_ORDINALS[raw];
    // "1st Vice Foreign Minister": a numeric ordinal before a capitalized word reads as its word ("First Vice ...").
    if (ordinal && / [A-Z]/.test(slice.slice(m.index + raw.length, m.index + raw.length + 2)))
      Object.assign(out[out.length - 1]!, { lower: ordinal, cap: true, word: true });
    if (trailingDot) push(out, '.', start + raw.length, false);
  }
  return out;
}
