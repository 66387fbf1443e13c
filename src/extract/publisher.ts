// The publisher's state (whose unqualified officials an article names: "the President" in a US paper) and the
// dateline city. International outlets have no state: their unqualified titles stay unresolved.
import worldCountries from 'world-countries';
import { capitalCountry } from './country-gazetteer';

/** National outlets and state media by a word of their name or host; wire services and international outlets are absent on purpose. */
const OUTLETS: Array<[RegExp, string]> = [
  [/\bkcna\b|\brodong\b/i, 'KP'],
  [
    /\bcnn\b|nytimes|washingtonpost|\bapnews\b|\bnpr\b|\bvoanews\b|\bfoxnews\b|\bnbcnews\b|\bcbsnews\b|politico/i,
    'US',
  ],
  [/yonhap|koreaherald|koreatimes|joongang|chosun|hani\.co/i, 'KR'],
  [/xinhua|chinadaily|globaltimes|fmprc|\bcgtn\b/i, 'CN'],
  [/kyodo|\bnhk\b|japantimes|asahi|mainichi/i, 'JP'],
  [/\btass\b|\bria novosti\b|\bmid\.ru\b/i, 'RU'],
  [/\bbbc\b|theguardian|telegraph\.co/i, 'GB'],
  [/\bsmh\.com|theaustralian|\babc\.net\.au\b/i, 'AU'],
];

// Country-code domains let go as generic names (".tv", ".io", ".co" ...), not as a state's.
const GENERIC_CC = new Set([
  '.tv',
  '.io',
  '.co',
  '.me',
  '.fm',
  '.ai',
  '.ly',
  '.cc',
  '.ws',
  '.to',
  '.am',
  '.gg',
]);
const TLD = new Map<string, string>();
for (const c of worldCountries)
  for (const t of c.tld) if (!GENERIC_CC.has(t) && !TLD.has(t)) TLD.set(t, c.cca2);
TLD.set('.uk', 'GB');

// A host stands alone or after "//", never inside a path ("/2015/a.md" is no Moldovan host).
const HOST_RE = /(?<![\w.-]|[^/]\/)(?:[a-z0-9-]+\.)+([a-z]{2,})\b/gi;

/** The state of a host name: its country-code domain, or the US for the US-only ".gov" and ".mil". */
function hostCountry(hay: string): string | null {
  HOST_RE.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = HOST_RE.exec(hay))) {
    const top = '.' + m[1]!.toLowerCase();
    if (top === '.gov' || top === '.mil') return 'US';
    const code = TLD.get(top);
    if (code) return code;
  }
  return null;
}

export function publisherCountry(source: string | null, url: string | null, body: string): string | null {
  const hay = `${source ?? ''} ${url ?? ''}`;
  for (const [re, code] of OUTLETS) if (re.test(hay)) return code;
  const host = hostCountry(hay);
  if (host) return host;
  // Datelines: "Pyongyang, July 19 (KCNA) --", "SEOUL, July 25 (Yonhap) --"
  const dateline = /^\s*[A-Z][A-Za-z .]+, [A-Z][a-z]+\.? \d{1,2} \(([^)]+)\)/.exec(body.slice(0, 200));
  if (dateline) for (const [re, code] of OUTLETS) if (re.test(dateline[1]!)) return code;
  return null;
}

const CITY = String.raw`[A-Z][A-Za-z.'-]*(?: [A-Z][A-Za-z.'-]*){0,3}`;
const DATE = String.raw`(?:[A-Z][a-z]{2,}\.? \d{1,2}|\d{1,2} [A-Z][a-z]{2,})(?:,? \d{4})?`;
// "Pyongyang, July 19 (KCNA) --", "WASHINGTON, March 11 -", "BEIJING (Reuters) -", "Sydney, Australia, 3 May 2010 -",
// "ISLAMABAD: ...", and a line of its own ending on the agency ("BONN, Germany, Feb. 17, Kyodo").
const DATELINE_RE = new RegExp(
  String.raw`^\s*(${CITY})(?:, ${CITY})?(?:, (${DATE}))?(?: (\([^)]{2,40}\)))?(?: ?(-{1,2}|[–—])\s|(?<=\))|(:) |(?<=\d)(?:, [A-Z][\w ]{1,30})?[ \t]*\n)`,
);
// Capitalized openings that head a story but name no city ("BREAKING: ...").
const NOT_A_CITY = new Set([
  'breaking',
  'update',
  'updated',
  'exclusive',
  'watch',
  'live',
  'note',
  'analysis',
  'opinion',
  'editorial',
  'correction',
  'video',
  'photos',
  'background',
  'details',
]);

/** The dateline city, where "here" in the report is; an all-capitals city ("WASHINGTON") comes back in title case. */
export function datelineCity(body: string): string | null {
  const m = DATELINE_RE.exec(body.slice(0, 200));
  // A capital alone on the first line ("Islamabad", then the story) is a dateline too.
  const line = /^\s*([A-Z][a-z]+(?: [A-Z][a-z]+)?)[ \t]*\n/.exec(body);
  if (!m) return line && capitalCountry(line[1]!) ? line[1]! : null;
  const city = m[1]!.trim();
  const caps = city === city.toUpperCase();
  const name = caps
    ? city.toLowerCase().replace(/(^|[ -])([a-z])/g, (_s, a: string, b: string) => a + b.toUpperCase())
    : city;
  // A bare "Words - " or "WORDS: " opening is a dateline only for a city in capitals (a long word, or a capital's
  // name: "HA NOI —"); a date or an agency marks any other.
  if (!m[2] && !m[3] && !(caps && (/[A-Z]{4}/.test(city) || capitalCountry(name)))) return null;
  if (m[5] && (!caps || NOT_A_CITY.has(city.toLowerCase()))) return null;
  return name;
}
