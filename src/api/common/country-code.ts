import countries from 'i18n-iso-countries';
import { MAX_NAME_LENGTH } from './user-input';

// English names ship with the package; registering once makes getAlpha2Code usable offline.
countries.registerLocale(require('i18n-iso-countries/langs/en.json'));

/** An ISO alpha-2 code from a code or an English name; null when the value names no country. */
export function countryCode(value: string): string | null {
  const v = value.trim();
  if (v.length === 0 || v.length > MAX_NAME_LENGTH) return null;
  if (/^[A-Za-z]{2}$/.test(v)) return v.toUpperCase();
  return countries.getAlpha2Code(v, 'en') ?? null;
}
