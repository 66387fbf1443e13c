// The publisher's state: the default country for people with no stated one, and "Korea" in DPRK media.

const PUBLISHERS: Array<[RegExp, string]> = [
  [/\bkcna\b|\brodong\b|\.kp\b/i, 'KP'],
  [/state\.gov|whitehouse\.gov|\.mil\b|\bcnn\b|nytimes|washingtonpost|\bapnews\b|\bnpr\b|\.gov\b/i, 'US'],
  [/yonhap|koreaherald|koreatimes|joongang|chosun|hani\.co|\.kr\b/i, 'KR'],
  [/xinhua|chinadaily|globaltimes|fmprc|\.cn\b/i, 'CN'],
  [/kyodo|nhk|japantimes|asahi|mofa\.go\.jp|\.jp\b/i, 'JP'],
  [/\btass\b|\bria\b|mid\.ru|\.ru\b/i, 'RU'],
  [/\bbbc\b|\.uk\b/i, 'GB'],
];

export function publisherCountry(source: string | null, url: string | null, body: string): string | null {
  const hay = `${source ?? ''} ${url ?? ''}`;
  for (const [re, code] of PUBLISHERS) if (re.test(hay)) return code;
  // Datelines: "Pyongyang, July 19 (KCNA) --", "SEOUL, July 25 (Yonhap) --"
  const dateline = /^\s*[A-Z][A-Za-z .]+, [A-Z][a-z]+\.? \d{1,2} \(([^)]+)\)/.exec(body.slice(0, 200));
  if (dateline) for (const [re, code] of PUBLISHERS) if (re.test(dateline[1]!)) return code;
  return null;
}

/** The dateline city ("Pyongyang, July 19 (KCNA) --"), where "here" in the report is. */
export function datelineCity(body: string): string | null {
  const m = /^\s*([A-Z][A-Za-z .]+), [A-Z][a-z]+\.? \d{1,2}(?:, \d{4})? \(/.exec(body.slice(0, 200));
  if (!m) return null;
  const city = m[1]!.trim();
  return city === city.toUpperCase() ? city[0] + city.slice(1).toLowerCase() : city;
}
