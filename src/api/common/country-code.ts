import countries from 'i18n-iso-countries';
import { MAX_NAME_LENGTH } from './user-input';

// English names ship with the package; registering once makes them usable offline.
countries.registerLocale(require('i18n-iso-countries/langs/en.json'));

// getAlpha2Code compares the name with all ~400 names, lowercasing each, on every call (0.09 ms, twice per
// ShortestPath): the same case-insensitive match, first code first as it finds it, is one lookup in this index.
const CODE_BY_NAME = new Map<string, string>();
for (const [code, names] of Object.entries(
  countries.getNames('en', { select: 'all' }) as Record<string, string[]>,
))
  for (const name of names)
    if (!CODE_BY_NAME.has(name.toLowerCase())) CODE_BY_NAME.set(name.toLowerCase(), code);

/** An ISO alpha-2 code from a code or an English name; null when the value names no country. */
export function countryCode(value: string): string | null {
  const v = value.trim();
  if (v.length === 0 || v.length > MAX_NAME_LENGTH) return null;
  const byName = CODE_BY_NAME.get(v.toLowerCase());
  // Two letters are a code (the graph may hold user-assigned ones, X…), unless ISO has no such code and a name does
  // ('UK' is GB).
  if (/^[A-Za-z]{2}$/.test(v))
    return byName && !countries.isValid(v.toUpperCase()) ? byName : v.toUpperCase();
  return byName ?? null;
}
