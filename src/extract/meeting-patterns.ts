// Meeting vocabulary and the small parsers every meeting rule shares: kind, place, title references, groups.
import { capitalCity, lookupCountry, matchCountries } from './country-gazetteer';
import type { MeetingKind } from './extraction.types';
import type { Person } from './people.types';
import { office } from './person-countries';

export const VERB_RE =
  /\b(met|meets|is meeting|was meeting|will meet|to meet|meeting with|(?<=(?:, |- |\bafter |\bbefore |\bwhile |\bwhen ))meeting(?= (?:[A-Z]|his |her |their |the [A-Z]))|(?:held|holds|hold|holding) (?:a |an |the |their |his |her )?(?:[\w'-]+ ){0,3}?(?:rounds? of (?:the |their |a )?(?:[\w'-]+ ){0,2}?)?(?:talks|meetings?|summits?|dialogues?|calls?|phone call|discussions?|conversations?|consultations)|(?:had|(?<=\b(?:will|to|would|'ll) )have|having) (?:a |an )?(?:[\w'-]+ ){0,3}?(?:talks?|meetings?|calls?|conversations?|discussions?)|(?:spoke|speaks|speaking|spoken|talked)(?= (?:\w+ ){0,3}?(?:with|to) | by (?:tele)?phone\b| (?:over|on) the (?:tele)?phone\b| (?:during|in|on|over) (?:a|an|the) (?:[\w-]+ ){0,3}?(?:call|conversation)\b)|received|receives|receiving|hosted|hosts|hosting|visited|dined with|dining with|dines with|sat down with|will visit|is visiting|called on|paid (?:a )?(?:courtesy )?(?:call|visit)|told|telephoned|phoned|greeted|(?:traveled|travelled|travels|flew|flies) to(?= [A-Z][^.;]{0,60}?\b(?:to (?:discuss|attend|hold)|for (?:talks|a visit|meetings|a summit|discussions))\b))\b/gi;
export const OBJECT_STOP =
  /\b(?:to (?:discuss|reaffirm|review|address|exchange|talk|explore|advance|build|underscore|coordinate|consult|follow|strengthen|deepen|convey|mark|sign|attend)|about|where|which|who|whom|whose|regarding|on the sidelines|that|as part of|amid|after|before|because|while)\b|\band (?:discussed|condemned|reaffirmed|agreed|emphasi[sz]ed|expressed|underscored|reiterated|stressed|welcomed|highlighted|noted|shared|exchanged|urged|pressed|pressured|asked|raised|warned|called|invited|thanked|demanded|sought)\b|[;:]| - /g;
export const NOUN_RE =
  /\b((?:(?:the|their|a|an|his|her|its) )?(?:[\w.'-]+'s )?(?:(?:January|February|March|April|May|June|July|August|September|October|November|December)(?: \d{1,2})?(?:,? \d{4})? )?(?:\d+(?:st|nd|rd|th) |first |second |third |last |previous |next |historic )?(?:(?!(?:After|Before|During|Following|At|In|On|By|With|When|While|As|Since|Ahead|Despite|Amid|Earlier|Later|Last|Next|This|That|These|Those|Their|His|Her|Its|Such|Both|Two)\b)[A-Z][\w.'-]*[ -](?:(?:of|and|the|for)[ -](?=[A-Z]))*)*?(?:trilateral |bilateral |multilateral |three-way |virtual |in-person |face-to-face |private |closed-door |phone |telephone |video |leaders' |(?:foreign |defen[cs]e |finance )?ministers' |ministerial |strategic |summit |annual |regular |working-level |reconciliation |peace |ceasefire |security |trade |official |state |courtesy |high-level |informal )*([Mm]eeting|[Ss]ummit|[Dd]ialogue|[Tt]alks|[Tt]alk|[Cc]all|[Vv]isit|[Tt]rip|[Ee]ngagement|[Cc]onversation|[Cc]onsultations|[Cc]onference|[Cc]eremony|[Ss]igning|[Dd]inner|Ministerial(?![ -][A-Z]))s?)\b/g;

// An unnamed group as the object of a meeting ("foreign ministers from Southeast Asia", "ASEAN foreign ministers",
// "the Indian government").
export const GROUP_RE =
  /^\s+(?:with\s+)?(?:the\s+|his\s+|her\s+|their\s+|its\s+)?((?:[A-Z][\w.-]*\s+(?:and\s+[A-Z][\w.-]*\s+)?(?:[A-Z][\w.-]*\s+)?)?(?:[a-z-]+\s+)?(?:ministers|officials|leaders|counterparts|delegations?|representatives|envoys|diplomats|lawmakers|heads of state|government|authorities|administration|leadership)\b(?:\s+(?:from|of)\s+[^;]*)?|(?:[\w-]+\s+){0,3}(?:Council|Union|Alliance|Community|Organization|Organisation|Association|Group|bloc|council|alliance)\b(?=\s+(?:for|at|to|in)\b))/;
// "with the Director-General of X and the Chief of Mission of Y": unnamed holders of single offices, one per "and the".
const OFFICE_HOLDERS_RE =
  /^\s+with\s+the\s+((?:[\w’'\u00ad-]+\s+){0,5}?(?:Director|Director[-\u00ad]General|Chief|Head|Secretary[-\u00ad]General|Minister|Ambassador|Governor|Commissioner|Chairman|Chair)\b[^;:]*)/;

/** The unnamed office holders a verb's object names ("the Director-General of X and the Chief of Y"), else []. */
export function officeHolders(objSpan: string): string[] {
  const m = OFFICE_HOLDERS_RE.exec(objSpan);
  if (!m) return [];
  return m[1]!
    .split(/\s+and\s+the\s+/)
    .map((x) => x.trim().replace(/[,.]$/, ''))
    .filter((x) =>
      /\b(?:Director|Chief|Head|Secretary|Minister|Ambassador|Governor|Commissioner|Chair)/.test(x),
    );
}

// "NATO leaders met ...": a gathering of a body's members with no one named.
export const BODY_SUBJECT_RE =
  /\b((?:[A-Z][A-Za-z0-9]+ )?[A-Z][A-Za-z0-9]+) (leaders|heads of state|(?:foreign |defense |finance )?ministers)\s+(?:also\s+)?$/;
export const HEAD_OF_STATE_RE =
  /\b(?:president|general secretary|chairman|prime minister|premier|king|chancellor|supreme leader)\b/i;

export const CITY_LIST_RE =
  /^\s+in ([A-Z][\w.'-]*(?: [A-Z][\w.'-]*)?)((?:, [A-Z][\w.'-]*(?: [A-Z][\w.'-]*)?)*),? and ([A-Z][\w.'-]*(?: [A-Z][\w.'-]*)?)\b/;
export const GENERIC_RE = /\b(?:multiple|several|many|numerous) times\b|\brepeatedly\b|\bregularly\b/;

export const HEAD_RE =
  /\b(?:meeting|summit|dialogue|talks?|call|visit|trip|engagement|conversation|consultations|conference|ceremony|signing|dinner)s?\b|\bministerial\b(?![ -](?:meeting|conference|talks|dialogue|summit|council|forum|session|statement)s?\b)/gi;

export function kindOf(word: string): MeetingKind {
  const w = word.toLowerCase();
  if (/summit/.test(w)) return 'summit';
  if (/dialogue/.test(w)) return 'dialogue';
  if (
    /\b(spoke|speaks|speaking|spoken|talked|calls?|phoned|telephoned|(?:tele)?phone conversations?)\b/.test(
      w,
    ) &&
    !/paid|called on|courtesy/.test(w)
  )
    return 'call';
  if (/talks?\b/.test(w)) return 'talks';
  if (/visit|trip|travel|flew|flies/.test(w)) return 'visit';
  if (/ceremony|signing/.test(w)) return 'ceremony';
  if (/conference/.test(w)) return 'conference';
  return 'meeting';
}

export const PLACE_RE =
  /\b(?:in|at) ((?:[A-Z][\w.'-]*)(?: [A-Z][\w.'-]*){0,3})(?:, ((?:[A-Z][\w.'-]*)(?: [A-Z][\w.'-]*)?))?/g;
export const NOT_PLACE =
  /^(January|February|March|April|May|June|July|August|September|October|November|December|The|Ministry|Department|Office|Presidential|Strategic|Dialogue|Summit|Talks|Meeting|Begin|Washington's|Secretary|President|Foreign|Deputy|This|Korea-China)\b/;

// "in the Chinese capital", "in the capital of Laos": the state's capital city.
const CAPITAL_RE =
  /\b(?:in|at) the (?:([A-Z][\w-]*(?: [A-Z][\w-]*)?) capital\b|capital(?: city)? of ([A-Z][\w-]*(?: [A-Z][\w-]*)?))/g;

export function findPlace(s: string, from: number, to: number): { name: string; index: number } | null {
  CAPITAL_RE.lastIndex = from;
  const cap = CAPITAL_RE.exec(s);
  if (cap && cap.index < to) {
    const state = lookupCountry((cap[1] ?? cap[2])!);
    const city = state ? capitalCity(state.code) : null;
    if (city) return { name: city, index: cap.index };
  }
  PLACE_RE.lastIndex = from;
  let m: RegExpExecArray | null;
  while ((m = PLACE_RE.exec(s)) && m.index < to) {
    let name = m[1]!;
    if (NOT_PLACE.test(name) || /^\d/.test(name)) continue;
    if (/ (Affairs|Ministry|Department|Summit|Dialogue|Forum|Meeting)\b/.test(name)) continue;
    name = name.replace(/\.$/, '');
    if (m[2] && /^(D\.?C\.?|DC)$/.test(m[2])) name = `${name}, ${m[2].replace(/\.$/, '.')}`;
    return { name, index: m.index };
  }
  return null;
}

const TITLE_REF_RE =
  /\b(?:the|The|his|her|their|([A-Z][\w.]*(?: [A-Z][\w.]*)?)'s) ((?:two |both )?(?:(?:[A-Z]?[a-z-]+|[A-Z]{2,4}|U\.S\.) ){0,5}?(?:[Ss]ecretary|[Mm]inisters?|[Pp]residents?|[Rr]epresentative|[Dd]irector(?:-[Gg]eneral)?|[Pp]remier|[Cc]hancellor|[Aa]dvis[eo]r|[Ee]nvoy|[Ss]pokesperson|[Aa]mbassador|[Cc]ounterpart|[Ll]eaders?|[Kk]ing|[Qq]ueen|[Ee]mperor|[Ee]mir|[Ss]ultan|[Cc]rown [Pp]rince|[Pp]rime [Mm]inister)(?: of [A-Z]\w+(?: [A-Z]\w+)*(?:(?:, | and |, and )[A-Z]\w+)*)?)\b/g;
// Cabinet offices a plain "minister" may refer to: ministers and secretaries of state, not their deputies or staff.
const CABINET_RE = /^(?:[A-Z][\w-]* )*(?:Minister|Secretary)(?: of State| for [A-Z][\w ]+)?$/;
const GOVERNMENT_HEAD_RE =
  /\b(?:president|prime minister|premier|chancellor|king|queen|emperor|supreme leader|general secretary|chairman)\b/i;

const words = (s: string): string[] =>
  s
    .toLowerCase()
    .replace(/-/g, ' ')
    .replace(/s\b/g, '')
    .split(' ')
    .filter((w) => w && !/^(of|the|for|two|three|both|former|then|acting)$/.test(w));

/** The last mention of a person that starts before `at` (absolute offset), or -1. */
function lastMentionBefore(p: Person, at: number): number {
  let last = -1;
  for (const m of p.mentions) if (m.sentence >= 0 && m.start < at && m.start > last) last = m.start;
  return last;
}

/**
 * Persons a title reference points to ("the Secretary", "the Israeli prime minister", "the Vice Foreign Ministers",
 * "the two leaders"): people whose title holds every word of the reference and whose state matches its adjective;
 * a singular reference takes the one mentioned last before it.
 */
export function titleRefs(
  span: string,
  spanStart: number,
  people: readonly Person[],
  exclude: Set<number>,
): number[] {
  const out: number[] = [];
  const re = TITLE_REF_RE;
  re.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = re.exec(span))) {
    const phrase = m[2]!;
    const pluralWords = /^(?:two|both) |s$/i.test(phrase) && !/(?:ss|ous)$/i.test(phrase);
    // "China's foreign minister": a state's possessive names the title holder's state.
    const owner = m[1] ? lookupCountry(m[1]) : null;
    if (m[1] && !owner) continue;
    // "the US and Cuban presidents": each state named before the title narrows it; two states make it plural.
    const states = new Set<string>(owner ? [owner.code] : []);
    const want: string[] = [];
    // "the prime ministers of Bulgaria, Albania and Macedonia": the states after "of" are the holders' states.
    const [office, of] = phrase.split(/ of (?=[A-Z])/);
    const tokens = office!.split(/\s+/);
    for (let t = 0; t < tokens.length; t++) {
      // "South Korean", "North Korean": a demonym of two words
      const two = t + 1 < tokens.length ? lookupCountry(`${tokens[t]} ${tokens[t + 1]}`) : null;
      if (two?.kind === 'demonym') {
        states.add(two.code);
        t++;
        continue;
      }
      const c = lookupCountry(tokens[t]!);
      if (c && (c.kind === 'demonym' || c.kind === 'acronym')) states.add(c.code);
      else if (tokens[t] !== 'and') want.push(...words(tokens[t]!));
    }
    const ofStates = (of ?? '').split(/,\s*(?:and\s+)?|\s+and\s+/).map((n) => lookupCountry(n.trim()));
    if (of && ofStates.some((c) => !!c)) for (const c of ofStates) if (c) states.add(c.code);
    if (of && !ofStates.some((c) => !!c)) want.push(...words(`of ${of}`));
    const country = states.size === 1 ? [...states][0]! : null;
    const plural = pluralWords || states.size > 1;
    const leader = want.length === 1 && want[0] === 'leader';
    const cands: number[] = [];
    // "the US and Cuban presidents": a holder of the office whose state is not known may fill a state left open.
    const stateless: number[] = [];
    people.forEach((p, i) => {
      if (exclude.has(i) || (country && p.country && p.country !== country)) return;
      if (states.size > 1 && !p.country) {
        if (p.title && want.length && want.every((w) => words(p.title!).includes(w))) stateless.push(i);
        return;
      }
      if (states.size > 1 && !(p.country && states.has(p.country))) return;
      if (leader) {
        if (country && GOVERNMENT_HEAD_RE.test(p.title ?? '') && !/vice|deputy|former/i.test(p.title ?? ''))
          cands.push(i);
        return;
      }
      if (!p.title) return;
      const pt = new Set(words(p.title));
      if (want.length && want.every((w) => pt.has(w))) cands.push(i);
      // "the British minister": a state's minister is any member of its cabinet ("Foreign Secretary").
      else if (country && want.length === 1 && want[0] === 'minister' && CABINET_RE.test(p.title))
        cands.push(i);
    });
    // "her South Korean counterpart": the one titled person of that state the article names, unless the clause
    // already names one ("his Philippine counterpart, X").
    if (
      !cands.length &&
      country &&
      want.length === 1 &&
      want[0] === 'counterpart' &&
      ![...exclude].some((i) => people[i]?.country === country)
    ) {
      const titled = people.flatMap((p, i) =>
        !exclude.has(i) && p.country === country && p.title ? [i] : [],
      );
      if (titled.length === 1) cands.push(titled[0]!);
    }
    if (states.size > 1) {
      const open = states.size - new Set(cands.map((i) => people[i]!.country)).size;
      if (open > 0 && stateless.length === 1) cands.push(stateless[0]!);
    }
    if (!cands.length) continue;
    if (plural) {
      out.push(...cands);
      continue;
    }
    // The exact title first ("the president" is not the vice president), then the one mentioned last before.
    const exact = cands.filter((i) => words(people[i]!.title ?? '').length === want.length);
    const serving = exact.filter((i) => !/\b(?:former|ex-)/i.test(people[i]!.title ?? ''));
    const pool = serving.length ? serving : exact.length ? exact : cands;
    const at = spanStart + m.index;
    let best = pool[0]!;
    for (const i of pool)
      if (lastMentionBefore(people[i]!, at) > lastMentionBefore(people[best]!, at)) best = i;
    out.push(best);
  }
  return out;
}

/** The group phrase of a meeting object, cut before a named person or "as well as". */
export function groupPhrase(objSpan: string, firstNamed: number): string | null {
  const m = GROUP_RE.exec(objSpan);
  if (!m) return null;
  let g = m[1]!;
  const off = m.index + m[0].length - g.length;
  if (firstNamed >= 0 && firstNamed - off < g.length) g = g.slice(0, Math.max(0, firstNamed - off));
  g = g
    .replace(/,?\s+as well as\b.*$/, '')
    // "leaders of the GCC at a summit at Camp David": where they met is no part of who they are.
    .replace(/\s+at\s+(?:a|an|the|his|her|their)\b.*$/, '')
    // "counterparts from A and B, but it is unknown ...": a contrasting clause ends the group.
    .replace(/,?\s+(?:but|while|whereas|although|though|yet)\b.*$/, '')
    // "leaders from Arab nations and has also dispatched ...": a new verb phrase ends the group.
    .replace(/\s+and\s+(?:has|have|had|is|was|were|also|then|later)\b.*$/, '')
    .replace(/,?\s*(?:\b(?:and|including))?\s*[.;:]?$/, '')
    .trim();
  return g.length > 3 ? g : null;
}

/** "his counterparts from A, B and C": the one holder of the subject's office the article names for each state, or
 *  null unless every state has exactly one. */
export function namedCounterparts(
  group: string,
  subject: number,
  people: readonly Person[],
): number[] | null {
  const m = /^counterparts (?:from|of|in) (.+)$/.exec(group);
  const held = office(people[subject]?.title ?? null);
  if (!m || !held) return null;
  const states = matchCountries(m[1]!.split(/[\s,]+/).filter((w) => w && w !== 'and' && w !== 'the'));
  if (states.length < 1) return null;
  const out: number[] = [];
  for (const st of states) {
    const holders = people
      .map((p, i) => (i !== subject && p.country === st.code && office(p.title) === held ? i : -1))
      .filter((i) => i >= 0);
    if (holders.length !== 1) return null;
    out.push(holders[0]!);
  }
  return out;
}

/** "the DPRK-Russia summit": the heads of the two states named, when the article names exactly one for each. */
export function headsOfStates(phrase: string, people: Person[]): number[] {
  const m = /\b([A-Z][\w.]*)-([A-Z][\w.]*)\b/.exec(phrase);
  if (!m) return [];
  const codes = [lookupCountry(m[1]!)?.code, lookupCountry(m[2]!)?.code];
  if (!codes[0] || !codes[1]) return [];
  const out: number[] = [];
  for (const code of codes) {
    const heads = people
      .map((p, i) =>
        p.country === code &&
        HEAD_OF_STATE_RE.test(p.title ?? '') &&
        !/vice|deputy|former/i.test(p.title ?? '')
          ? i
          : -1,
      )
      .filter((i) => i >= 0);
    if (heads.length === 1) out.push(heads[0]!);
  }
  return out.length === 2 ? out : [];
}

export function uniq(xs: number[]): number[] {
  return [...new Set(xs)].filter((x) => x >= 0);
}

// Where the clause of a verb begins: after a semicolon, a dash, "and then", "while", "but" or a relative pronoun.
const CLAUSE_BOUNDARY =
  /;|\s-\s|,\s+(?:and\s+)?(?:then|later|afterwards)\b|,\s+(?:while|whereas|but|although|though|before|after|whom|who|whose|which|where|when)\b|\b(?:said|says|added|noted|stressed|announced|confirmed|reported)(?:\s+on\s+\w+)?(?:\s+that)?\s+(?=[a-z]*\s*[A-Z]|the |his |her |their )/g;
// A relative clause set off by commas ("X, whose nations ..., had spoken") closes before the verb.
const PARENTHETICAL = /^,\s+(?:who|whom|whose|which)\b[^,;]*,\s*(?:[a-z]+\s+){0,2}$/;
// "He has also met ...": a pronoun subject, with auxiliaries and adverbs between it and the verb.
export const PRONOUN_SUBJECT =
  /\b(?:He|She|They|he|she|they)\s+(?:(?:has|have|had|also|then|later|will|would|reportedly|again|subsequently|separately|first|briefly|previously|already|is|was|were|are|due|set|expected|scheduled|slated|likely|going|planning|plans|hopes|hoping|to)\s+)*$/;
// Cues that a verb's objects were met one by one ("met a series of leaders, including hosting A and B").
export const SEPARATE_CUE = /\b(?:including|respectively|a series of|individually|one by one|in turn)\b/;
// "met A, then B, and later C": counterparts met one after another, each an encounter of its own.
export const SEQUENCE_CUE = /,\s*(?:and\s+)?(?:then|later|afterwards|subsequently|followed by)\b/;

export function clauseStartBefore(s: string, verbStart: number): number {
  let start = 0;
  CLAUSE_BOUNDARY.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = CLAUSE_BOUNDARY.exec(s)) && m.index < verbStart) {
    if (PARENTHETICAL.test(s.slice(m.index, verbStart))) continue;
    start = m[0].startsWith(',') ? m.index + 1 : m.index + m[0].length;
  }
  return start;
}

export function nextVerbAt(s: string, from: number): number {
  const re = new RegExp(VERB_RE.source, 'gi');
  re.lastIndex = from;
  return re.exec(s)?.index ?? s.length;
}

/** Where the clause that starts at `from` ends: the next clause boundary, if any. */
export function clauseEndAfter(s: string, from: number): number {
  CLAUSE_BOUNDARY.lastIndex = from;
  return CLAUSE_BOUNDARY.exec(s)?.index ?? s.length;
}

// "... visit Lima next month, where": the place a relative "where" opening the clause stands for.
const WHERE_ANTECEDENT_RE =
  /\b(?:in|to|at|visit|visits|visiting|visited)\s+([A-Z][\w.'-]*(?:\s+[A-Z][\w.'-]*){0,2})(?:\s+[a-z][\w\s-]{0,30}?)?,$/;

/** The place a "where" clause starting at `clauseStart` (its comma) refers to, or null. */
export function whereAntecedent(s: string, clauseStart: number): string | null {
  return WHERE_ANTECEDENT_RE.exec(s.slice(Math.max(0, clauseStart - 80), clauseStart))?.[1] ?? null;
}
