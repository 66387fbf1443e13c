// Organizations by name: the body a title implies, the kind of a body, and one canonical name per ministry.
import type { OrganizationKind } from './extraction.types';
import { INTERNATIONAL_BODIES } from './lexicon.data';

// Parties and movements of one state ("Hamas", "the Workers' Party of Korea"), each pattern able to find every match.
const STATE_BODIES = INTERNATIONAL_BODIES.filter((b) => b.country).map((b) => ({
  pattern: b.pattern,
  every: new RegExp(b.pattern.source, 'g'),
  country: b.country!,
}));

/** The state of a party or movement named in `text` ("Hamas delegation", "Workers' Party of Korea"), else null. */
export function bodyState(text: string): string | null {
  for (const b of STATE_BODIES) if (b.pattern.test(text)) return b.country;
  return null;
}

/** Where `text` (offsets from `base`) names a party or movement of one state, with that state. */
export function bodySpans(text: string, base: number): Array<{ from: number; to: number; country: string }> {
  const out: Array<{ from: number; to: number; country: string }> = [];
  for (const b of STATE_BODIES)
    for (const m of text.matchAll(b.every))
      out.push({ from: base + m.index, to: base + m.index + m[0].length, country: b.country });
  return out;
}

export interface OrgRef {
  name: string;
  canonical: string;
  kind: OrganizationKind;
  country: string | null;
}

const MINISTRY_FROM_TITLE =
  /\bminist(?:er|ry)(?: of| for)? (?:the )?([A-Z][A-Za-z]+(?: (?:and )?[A-Z][A-Za-z]+)*)/;

/** The organization a title belongs to, canonically named ("Ministry of Foreign Affairs", "Department of State"). */
export function orgForTitle(title: string, country: string | null, explicit: OrgRef | null): OrgRef | null {
  if (explicit) return explicit;
  const t = title.toLowerCase();
  const us = country === 'US';
  if (/\bforeign minist|\bforeign affairs\b|vice foreign/.test(t)) {
    return us
      ? { name: 'Department of State', canonical: 'Department of State', kind: 'department', country }
      : {
          name: 'Ministry of Foreign Affairs',
          canonical: 'Ministry of Foreign Affairs',
          kind: 'ministry',
          country,
        };
  }
  if (
    us &&
    /\b(secretary of state|deputy secretary|under secretary of state|assistant secretary of state|special representative|special envoy|ambassador)\b/.test(
      t,
    )
  ) {
    return { name: 'Department of State', canonical: 'Department of State', kind: 'department', country };
  }
  if (/\bdefen[cs]e\b/.test(t)) {
    return us
      ? { name: 'Department of Defense', canonical: 'Department of Defense', kind: 'department', country }
      : { name: 'Ministry of Defense', canonical: 'Ministry of Defense', kind: 'ministry', country };
  }
  // India's foreign ministry keeps its own name
  if (/\bexternal affairs\b/.test(t))
    return {
      name: 'Ministry of External Affairs',
      canonical: 'Ministry of External Affairs',
      kind: 'ministry',
      country: country ?? ministryState('Ministry of External Affairs'),
    };
  const m = MINISTRY_FROM_TITLE.exec(title.replace(/-/g, ' '));
  if (m && !/^(Foreign|State)$/.test(m[1]!)) {
    const name = `Ministry of ${m[1]}`;
    return { name, canonical: name, kind: 'ministry', country };
  }
  if (!us && country && /\b(special representative|director[- ]general|ambassador)\b/.test(t)) {
    return {
      name: 'Ministry of Foreign Affairs',
      canonical: 'Ministry of Foreign Affairs',
      kind: 'ministry',
      country,
    };
  }
  return null;
}

const ORG_KIND: Array<[RegExp, OrgRef['kind']]> = [
  [/\bministry\b/i, 'ministry'],
  [/\bdepartment\b/i, 'department'],
  [/\boffice\b/i, 'office'],
  [/\bparty\b|\bpolitburo\b|\bpolitical bureau\b|\bcentral committee\b|\bpresidium\b/i, 'party'],
  [/\bassembly\b|\bsenate\b|\bcongress\b|\bparliament\b/i, 'legislature'],
  [/\bcommand\b|\barmy\b|\bnavy\b|\bforces\b/i, 'military'],
  [/\bagency\b|\bcommission\b/i, 'agency'],
  [/\bcabinet\b|\bgovernment\b/i, 'government'],
];

export function orgKind(name: string): OrgRef['kind'] {
  for (const [re, kind] of ORG_KIND) if (re.test(name)) return kind;
  return 'other';
}

// Ministries whose name is one state's own.
const STATE_MINISTRIES = new Map([['Ministry of External Affairs', 'IN']]);

/** The state a ministry's canonical name belongs to when only one state names a ministry so, else null. */
export function ministryState(canonical: string): string | null {
  return STATE_MINISTRIES.get(canonical) ?? null;
}

/** Canonical name of a ministry written in any of its forms ("Foreign Ministry" → "Ministry of Foreign Affairs"). */
export function canonicalOrgName(name: string, country: string | null): string {
  const n = name
    .replace(/^the\s+/i, '')
    .replace(/\s+/g, ' ')
    .trim();
  const l = n.toLowerCase();
  if (
    /^(foreign ministry|ministry of foreign affairs|foreign affairs ministry|ministry for foreign affairs)$/.test(
      l,
    )
  ) {
    return country === 'US' ? 'Department of State' : 'Ministry of Foreign Affairs';
  }
  if (/^(state department|department of state)$/.test(l)) return 'Department of State';
  if (/^(defen[cs]e ministry|ministry of (national )?defen[cs]e)$/.test(l)) {
    return country === 'US' ? 'Department of Defense' : 'Ministry of Defense';
  }
  if (/^(defense department|department of defense|pentagon)$/.test(l)) return 'Department of Defense';
  const m = /^([A-Z][a-z]+) ministry$/i.exec(n);
  if (m) return `Ministry of ${m[1]![0]!.toUpperCase()}${m[1]!.slice(1).toLowerCase()}`;
  return n;
}
