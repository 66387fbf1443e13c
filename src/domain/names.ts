// Name folding shared by the extractor, the loader and the API, so one person gets one key everywhere.
import { boundedMemo } from './bounded-memo';

const DIACRITICS = /[\u0300-\u036f]/g;
const ASCII = /^[\x20-\x7e]*$/;
const NOT_ALNUM = /[^a-z0-9]/g;

/** The scorer's fold: NFKD, no diacritics, lowercase, only [a-z0-9]. Memoized: news repeats the same names. */
export const foldName = boundedMemo(function foldName(s: string): string {
  // ASCII needs no decomposition; NFKD is the costly step and this runs for every capitalized token.
  if (ASCII.test(s)) return s.toLowerCase().replace(NOT_ALNUM, '');
  return s
    .normalize('NFKD')
    .replace(DIACRITICS, '')
    .toLowerCase()
    .replace(/[^a-z0-9]/g, '');
});

const SUFFIXES = new Set(['jr', 'jnr', 'sr', 'snr', 'ii', 'iii', 'iv']);

/** Order-insensitive person key: "Hayashi Yoshimasa", "Yoshimasa Hayashi" and "Antony J. Blinken"/"Antony Blinken" agree. */
export const personKey = boundedMemo(function personKey(name: string): string {
  const plain = ASCII.test(name) ? name : name.normalize('NFKD').replace(DIACRITICS, '');
  const tokens = plain
    .toLowerCase()
    .replace(/[-‐‑'’.]/g, '')
    .split(/[^a-z0-9]+/)
    .filter((t) => t.length > 1 && !SUFFIXES.has(t));
  return tokens.sort().join('-');
});
