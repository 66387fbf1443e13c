// Country names, short forms, demonyms, acronyms and capitals → ISO alpha-2, built once from world-countries.
import worldCountries from 'world-countries';

export interface CountryHit {
  code: string;
  kind: 'name' | 'demonym' | 'acronym';
}

export interface GazetteerMatch extends CountryHit {
  /** token index range [from, to) */
  from: number;
  to: number;
}

// Territories the annotation guide counts as states; other dependent territories (Hong Kong, Guam) are places.
const COUNTED_TERRITORIES = new Set(['TW', 'PS', 'XK']);

// Forms the package lacks but diplomatic English uses (acronyms, press short forms, adjectives unlike demonyms).
const EXTRA: Record<string, [string, CountryHit['kind']]> = {
  'U.S.': ['US', 'acronym'],
  US: ['US', 'acronym'],
  USA: ['US', 'acronym'],
  'U.S.A.': ['US', 'acronym'],
  America: ['US', 'name'],
  'United States': ['US', 'name'],
  ROK: ['KR', 'acronym'],
  Korea: ['KR', 'name'],
  'Republic of Korea': ['KR', 'name'],
  'South Korean': ['KR', 'demonym'],
  Korean: ['KR', 'demonym'],
  DPRK: ['KP', 'acronym'],
  'D.P.R.K.': ['KP', 'acronym'],
  'North Korean': ['KP', 'demonym'],
  "Democratic People's Republic of Korea": ['KP', 'name'],
  PRC: ['CN', 'acronym'],
  "People's Republic of China": ['CN', 'name'],
  Chinese: ['CN', 'demonym'],
  UK: ['GB', 'acronym'],
  'U.K.': ['GB', 'acronym'],
  Britain: ['GB', 'name'],
  'Great Britain': ['GB', 'name'],
  British: ['GB', 'demonym'],
  UAE: ['AE', 'acronym'],
  Emirati: ['AE', 'demonym'],
  Burma: ['MM', 'name'],
  // The state's name before 2019 and in everyday use.
  Macedonia: ['MK', 'name'],
  Macedonian: ['MK', 'demonym'],
  Burmese: ['MM', 'demonym'],
  Philippine: ['PH', 'demonym'],
  Dutch: ['NL', 'demonym'],
  Russian: ['RU', 'demonym'],
  'Russian Federation': ['RU', 'name'],
  Soviet: ['RU', 'demonym'],
  Czech: ['CZ', 'demonym'],
  Thai: ['TH', 'demonym'],
  Lao: ['LA', 'demonym'],
  Laos: ['LA', 'name'],
  Vietnam: ['VN', 'name'],
  'Viet Nam': ['VN', 'name'],
  Iranian: ['IR', 'demonym'],
  Syrian: ['SY', 'demonym'],
  Palestinian: ['PS', 'demonym'],
  Israeli: ['IL', 'demonym'],
  Taiwanese: ['TW', 'demonym'],
  Turkish: ['TR', 'demonym'],
  Turkiye: ['TR', 'name'],
  Türkiye: ['TR', 'name'],
  Saudi: ['SA', 'demonym'],
  Kazakh: ['KZ', 'demonym'],
  Uzbek: ['UZ', 'demonym'],
  Tajik: ['TJ', 'demonym'],
  Kyrgyz: ['KG', 'demonym'],
  Bosnian: ['BA', 'demonym'],
  Icelandic: ['IS', 'demonym'],
  Argentinian: ['AR', 'demonym'],
  Slovenian: ['SI', 'demonym'],
  Timorese: ['TL', 'demonym'],
  Scottish: ['GB', 'demonym'],
  Welsh: ['GB', 'demonym'],
};

// Forms that are names of other things far more often than of a state in this domain.
const BLOCKED = new Set([
  'Georgia',
  'Jordan',
  'Chad',
  'Guinea',
  'Niger',
  'Turkey',
  'Dominica',
  'Jersey',
  'Guernsey',
  'Man',
]);

// Regions and words that start with a country form but are not that country (checked on the next token).
const NOT_COUNTRY_BEFORE = new Set(['Peninsula', 'War', 'Sea', 'Strait', 'Straits']);

const table = new Map<string, CountryHit>();
const shortName = new Map<string, string>();
const capitalOf = new Map<string, string>();
const capitalByCode = new Map<string, string>();

function add(form: string, hit: CountryHit): void {
  const f = form.replace(/[’]/g, "'").trim();
  if (!f || BLOCKED.has(f) || f.includes(',') || /^[A-Z]{2}$/.test(f)) return;
  // Native forms opening in lowercase ("al-...", "the Abode of Peace") are not English usage; matching relies on this.
  if (f[0] === f[0]!.toLowerCase()) return;
  if (!table.has(f)) table.set(f, hit);
  // Tokens drop the possessive, so "People's Republic of China" is also keyed as its tokens read.
  const bare = f.replace(/'s\b/g, '');
  if (bare !== f && !table.has(bare)) table.set(bare, hit);
}

// Dependent territories with a government of their own ("Gibraltar's Chief Minister"): the state of those who serve
// them, never a state a place name alone makes.
const territories = new Map<string, string>();

for (const c of worldCountries) {
  const code = c.cca2;
  if (!c.independent && !COUNTED_TERRITORIES.has(code)) {
    territories.set(c.name.common, code);
    shortName.set(code, c.name.common);
    continue;
  }
  shortName.set(code, c.name.common);
  add(c.name.common, { code, kind: 'name' });
  add(c.name.official, { code, kind: 'name' });
  // Single-word alternatives are often native names that are English words ("Island" for Iceland).
  for (const alt of c.altSpellings)
    if (/[a-z]/.test(alt) && alt.includes(' ') && alt.split(' ').length <= 6)
      add(alt, { code, kind: 'name' });
  const dem = c.demonyms?.['eng'];
  if (dem) {
    add(dem.m, { code, kind: 'demonym' });
    add(dem.f, { code, kind: 'demonym' });
  }
  for (const cap of c.capital ?? []) capitalOf.set(cap.replace(/\.$/, ''), code);
  if (c.capital?.[0] && !capitalByCode.has(code)) capitalByCode.set(code, c.capital[0].replace(/\.$/, ''));
}
for (const [form, [code, kind]] of Object.entries(EXTRA)) {
  table.set(form, { code, kind });
  table.set(form.replace(/'s\b/g, ''), { code, kind });
}
// "South Korea"/"North Korea" are the package's common names; the official long forms above cover the rest.
shortName.set('KR', 'South Korea');
shortName.set('KP', 'North Korea');
capitalOf.set('Washington', 'US');
capitalOf.set('Washington, D.C.', 'US');
capitalOf.set('Washington, DC', 'US');
// Vietnamese outlets write their capital in two words.
capitalOf.set('Ha Noi', 'VN');

// Seats of government the press names for their state's officials ("Kremlin leader", "Pentagon spokesman").
const SEATS = new Map([
  ['Kremlin', 'RU'],
  ['Pentagon', 'US'],
  ['Elysee', 'FR'],
  ['Élysée', 'FR'],
  ['Zhongnanhai', 'CN'],
]);

/** The state whose government a seat's name stands for ("Kremlin" → RU), or null. */
export function seatState(name: string): string | null {
  return SEATS.get(name) ?? null;
}

/** The ISO code of a dependent territory by its common name ("Gibraltar" → GI), or null. */
export function lookupTerritory(name: string): string | null {
  return territories.get(name) ?? null;
}

export function countryName(code: string): string {
  return shortName.get(code) ?? code;
}

/** The capital city of a state ("the Chinese capital" → Beijing). */
export function capitalCity(code: string): string | null {
  return capitalByCode.get(code) ?? null;
}

export function capitalCountry(name: string): string | null {
  return capitalOf.get(name) ?? null;
}

export function lookupCountry(phrase: string): CountryHit | null {
  return table.get(phrase) ?? null;
}

// Phrases indexed by first word, longest first, so matching costs one map lookup per token.
const byFirst = new Map<string, Array<{ words: string[]; hit: CountryHit }>>();
for (const [form, hit] of table) {
  // Tokens split hyphenated names ("Timor-Leste", "Guinea-Bissau"), so the forms are split the same way.
  const words = form.split(/[ -]/);
  const list = byFirst.get(words[0]!) ?? [];
  list.push({ words, hit });
  byFirst.set(words[0]!, list);
}
for (const list of byFirst.values()) list.sort((a, b) => b.words.length - a.words.length);

/** Longest match of country forms over a token list (tokens already split on hyphens and possessives). */
export function matchCountries(tokens: readonly string[]): GazetteerMatch[] {
  const out: GazetteerMatch[] = [];
  let i = 0;
  while (i < tokens.length) {
    let found: GazetteerMatch | null = null;
    // Every form starts with a capital letter: lowercase tokens and punctuation skip the map lookup.
    const c0 = tokens[i]!.charCodeAt(0);
    if (!(c0 >= 65 && c0 <= 90) && c0 < 0xc0) {
      i++;
      continue;
    }
    const cands = byFirst.get(tokens[i]!);
    if (cands) {
      for (const { words, hit } of cands) {
        const n = words.length;
        if (i + n > tokens.length) continue;
        let ok = true;
        for (let k = 1; k < n && ok; k++) if (tokens[i + k] !== words[k]) ok = false;
        if (ok) {
          const next = tokens[i + n];
          if (next && NOT_COUNTRY_BEFORE.has(next) && n === 1 && hit.kind !== 'acronym') break;
          found = { code: hit.code, kind: hit.kind, from: i, to: i + n };
          break;
        }
      }
    }
    if (found) {
      out.push(found);
      i = found.to;
    } else i++;
  }
  return out;
}
