// Meetings: encounters from meeting verbs ("met with", "spoke with", "received", "held talks") and from
// specific meeting nouns ("the May 21 Summit between ...", "the last dialogue took place in Beijing in June 2017").
import type { MeetingFormat, MeetingKind } from './extraction.types';
import { capitalCountry, lookupCountry } from './country-gazetteer';
import { findDates, type DateMention } from './date-resolver';
import type { Person, PersonMention } from './people.extractor';

export interface SentenceInfo {
  index: number;
  start: number;
  end: number;
  paragraph: number;
  /** normalized sentence text */
  norm: string;
  mentions: PersonMention[];
}

export interface MeetingDraft {
  name: string | null;
  kind: MeetingKind;
  date: string | null;
  dateExplicit: boolean;
  place: string | null;
  format: MeetingFormat | null;
  participants: number[];
  principals: number[];
  sentences: number[];
  ordinal: number | null;
  series: string | null;
  /** created from a noun phrase for context, not the article's main report */
  context: boolean;
  /** "on the sidelines of X": a separate encounter with the same people */
  sidelines?: boolean;
  /** an encounter with an unnamed group ("met with foreign ministers from ..."): kept apart from named ones */
  group?: boolean;
  /** met as delegations: the people said to lead them are its participants */
  delegations?: boolean;
}

const VERB_RE =
  /\b(met|meets|is meeting|was meeting|will meet|to meet|meeting with|held (?:a |an |the |their )?(?:[\w'-]+ ){0,3}?(?:talks|meeting|summit|dialogue|call|phone call|discussion|conversation|consultations)|had (?:a |an )?(?:[\w'-]+ ){0,3}?(?:talks?|meeting|call|conversation|discussion)|(?:spoke|speaks|speaking|talked)(?= (?:\w+ ){0,3}?(?:with|to) [A-Z])|received|receives|hosted|hosts|visited|will visit|is visiting|called on|paid (?:a )?(?:courtesy )?(?:call|visit)|told|telephoned|phoned|greeted)\b/gi;
const OBJECT_STOP =
  /\b(?:to (?:discuss|reaffirm|review|address|exchange|talk|explore|advance|build|underscore|coordinate|consult|follow|strengthen|deepen|convey|mark|sign|attend)|about|where|which|who|regarding|on the sidelines|that|as part of|amid|after|before|because|while)\b|\band (?:discussed|condemned|reaffirmed|agreed|emphasi[sz]ed|expressed|underscored|reiterated|stressed|welcomed|highlighted|noted|shared|exchanged)\b|[;:]| - /g;
const NOUN_RE =
  /\b((?:(?:the|their|a|an|his|her|its) )?(?:[\w.'-]+'s )?(?:(?:January|February|March|April|May|June|July|August|September|October|November|December)(?: \d{1,2})?(?:,? \d{4})? )?(?:\d+(?:st|nd|rd|th) |first |second |third |last |previous |next |historic )?(?:(?:[A-Z][\w.'-]*|of|and|the)[ -])*?(?:trilateral |bilateral |virtual |in-person |phone |telephone |video |leaders' |(?:foreign |defen[cs]e |finance )?ministers' |ministerial |strategic |summit |annual |regular |working-level )*([Mm]eeting|[Ss]ummit|[Dd]ialogue|[Tt]alks|[Tt]alk|[Cc]all|[Vv]isit|[Ee]ngagement|[Cc]onversation|[Cc]onsultations|[Cc]onference|[Cc]eremony)s?)\b/g;

// An unnamed group as the object of a meeting ("foreign ministers from Southeast Asia", "ASEAN foreign ministers").
const GROUP_RE =
  /^\s+(?:with\s+)?(?:the\s+)?((?:[A-Z][\w.-]*\s+)?(?:[a-z-]+\s+)?(?:ministers|officials|leaders|counterparts|delegations|representatives|envoys|diplomats|lawmakers|heads of state)\b(?:\s+(?:from|of)\s+[^;]*)?)/;
// "NATO leaders met ...": a gathering of a body's members with no one named.
const BODY_SUBJECT_RE =
  /\b((?:[A-Z][A-Za-z0-9]+ )?[A-Z][A-Za-z0-9]+) (leaders|heads of state|(?:foreign |defense |finance )?ministers)\s+(?:also\s+)?$/;
const HEAD_OF_STATE_RE =
  /\b(?:president|general secretary|chairman|prime minister|premier|king|chancellor|supreme leader)\b/i;

const CITY_LIST_RE =
  /^\s+in ([A-Z][\w.'-]*(?: [A-Z][\w.'-]*)?)((?:, [A-Z][\w.'-]*(?: [A-Z][\w.'-]*)?)*),? and ([A-Z][\w.'-]*(?: [A-Z][\w.'-]*)?)\b/;
const GENERIC_RE = /\b(?:multiple|several|many|numerous) times\b|\brepeatedly\b|\bregularly\b/;

const HEAD_RE =
  /\b(?:meeting|summit|dialogue|talks?|call|visit|engagement|conversation|consultations|conference|ceremony)s?\b/gi;

function kindOf(word: string): MeetingKind {
  const w = word.toLowerCase();
  if (/summit/.test(w)) return 'summit';
  if (/dialogue/.test(w)) return 'dialogue';
  if (
    /\b(spoke|speaks|speaking|talked|call|phoned|telephoned)\b/.test(w) &&
    !/paid|called on|courtesy/.test(w)
  )
    return 'call';
  if (/talks?\b/.test(w)) return 'talks';
  if (/visit/.test(w)) return 'visit';
  if (/ceremony/.test(w)) return 'ceremony';
  if (/conference/.test(w)) return 'conference';
  return 'meeting';
}

const PLACE_RE =
  /\b(?:in|at) ((?:[A-Z][\w.'-]*)(?: [A-Z][\w.'-]*){0,3})(?:, ((?:[A-Z][\w.'-]*)(?: [A-Z][\w.'-]*)?))?/g;
const NOT_PLACE =
  /^(January|February|March|April|May|June|July|August|September|October|November|December|The|Ministry|Department|Office|Presidential|Strategic|Dialogue|Summit|Talks|Meeting|Begin|Washington's|Secretary|President|Foreign|Deputy|This|Korea-China)\b/;

function findPlace(s: string, from: number, to: number): { name: string; index: number } | null {
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

function firstDateAfter(dates: DateMention[], pos: number, before: number): DateMention | null {
  for (const d of dates) if (d.index >= pos && d.index < before) return d;
  return null;
}

function uniq(xs: number[]): number[] {
  return [...new Set(xs)].filter((x) => x >= 0);
}

export interface MeetingContext {
  articleDate: string | null;
  datelineCity: string | null;
  people: Person[];
}

const TITLE_REF_RE =
  /\b(?:the|The) ((?:[A-Z]?[a-z-]+ ){0,5}?(?:[Ss]ecretary|[Mm]inisters?|[Pp]resident|[Rr]epresentative|[Dd]irector(?:-[Gg]eneral)?|[Pp]remier|[Cc]hancellor|[Aa]dvis[eo]r|[Ee]nvoy|[Ss]pokesperson|[Aa]mbassador|[Cc]ounterpart|[Ll]eaders?)(?: of (?:[A-Z]\w+ ?)+)?)\b/g;

/** Persons a title reference points to ("the Secretary", "The Vice Foreign Ministers", "the vice-minister of Defence"). */
function titleRefs(span: string, people: Person[], exclude: Set<number>): number[] {
  const out: number[] = [];
  const re = TITLE_REF_RE;
  re.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = re.exec(span))) {
    const words = m[1]!
      .toLowerCase()
      .replace(/-/g, ' ')
      .replace(/s\b/g, '')
      .split(' ')
      .filter((w) => w && !/^(of|the|for|two|three|both)$/.test(w));
    if (/leader/.test(words.join(' '))) continue;
    people.forEach((p, i) => {
      if (exclude.has(i) || !p.title) return;
      const pt = new Set(p.title.toLowerCase().replace(/-/g, ' ').replace(/s\b/g, '').split(' '));
      const hit = words.filter((w) => pt.has(w)).length;
      if (hit === words.length && hit > 0) out.push(i);
    });
  }
  return out;
}

/** The group phrase of a meeting object, cut before a named person or "as well as". */
function groupPhrase(objSpan: string, firstNamed: number): string | null {
  const m = GROUP_RE.exec(objSpan);
  if (!m) return null;
  let g = m[1]!;
  const off = m.index + m[0].length - g.length;
  if (firstNamed >= 0 && firstNamed - off < g.length) g = g.slice(0, Math.max(0, firstNamed - off));
  g = g
    .replace(/,?\s+as well as\b.*$/, '')
    .replace(/,?\s*(?:and|including)?\s*$/, '')
    .trim();
  return g.length > 3 ? g : null;
}

/** "the DPRK-Russia summit": the heads of the two states named, when the article names exactly one for each. */
function headsOfStates(phrase: string, people: Person[]): number[] {
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

/** Extracts meetings from sentence infos; participants are indexes into `ctx.people`. */
export function extractMeetings(sents: SentenceInfo[], ctx: MeetingContext): MeetingDraft[] {
  const drafts: MeetingDraft[] = [];
  let discourseDate: string | null = null;
  let current: MeetingDraft | null = null;
  for (const si of sents) {
    const s = si.norm;
    const dates = findDates(s, ctx.articleDate).filter(
      (d) =>
        !/^\s*\((KCNA|Yonhap|Xinhua|AFP|Reuters|AP)\)/.test(s.slice(d.end, d.end + 12)) &&
        !/\bsaid\s*$/.test(s.slice(Math.max(0, d.index - 6), d.index)),
    );
    const dayDate = dates.find((d) => d.precision === 'day');
    const ments = si.mentions;
    const claimed = new Set<PersonMention>();
    // Meeting nouns with a date, a place, "between X and Y" or "with X": specific encounters.
    const nounEvents: MeetingDraft[] = [];
    HEAD_RE.lastIndex = 0;
    let hm: RegExpExecArray | null;
    while ((hm = HEAD_RE.exec(s))) {
      // The full noun phrase is matched in a short window ending at the head noun, which keeps the regex cheap.
      const wStart = Math.max(0, hm.index - 90);
      const window = s.slice(wStart, hm.index + hm[0].length);
      NOUN_RE.lastIndex = 0;
      let nm: RegExpExecArray | null = null;
      let x: RegExpExecArray | null;
      while ((x = NOUN_RE.exec(window))) if (x.index + x[0].length === window.length) nm = x;
      if (!nm) continue;
      // The lazy capitalized run may open on a connector ("of the NATO Summit"): the phrase starts after it.
      const lead = /^(?:(?:of|and) )+/.exec(nm[1]!)?.[0].length ?? 0;
      const phrase = nm[1]!.slice(lead);
      const start = wStart + nm.index + lead;
      const end = start + phrase.length;
      const tail = s.slice(end, end + 160);
      const between = /^\s+(between|with|among)\b/.exec(tail);
      const heldM = /^\s+(?:was |were )?(?:held|took place|happened|occurred)\b/.exec(tail);
      const sidelines = /on the sidelines of\s*$/.test(s.slice(Math.max(0, start - 25), start));
      const named =
        /[A-Z]/.test(
          phrase
            .replace(/^(?:the|their|a|an|his|her|its) /i, '')
            .replace(/'s\b.*$/, '')
            .slice(0, 1),
        ) || /\d+(st|nd|rd|th) /.test(phrase);
      const inPhraseDate = findDates(phrase, ctx.articleDate)[0] ?? null;
      const verbNear = /\b(met|meet|spoke|held|received)\b/.test(s.slice(Math.max(0, start - 40), start));
      if (verbNear && !sidelines) continue;
      let to = end;
      if (between) {
        OBJECT_STOP.lastIndex = end + between[0].length;
        const stop = OBJECT_STOP.exec(s);
        to = stop ? stop.index : s.length;
        const held = /\s(?:took place|was held|were held|in [A-Z]|on [A-Z])/.exec(s.slice(end));
        if (held) to = Math.min(to, end + held.index);
      }
      const after = heldM ? s.slice(end, end + 120).split(/,\s/)[0]! : '';
      const heldDate = heldM ? (findDates(after, ctx.articleDate)[0] ?? null) : null;
      const heldPlace = heldM ? findPlace(after, 0, after.length) : null;
      const inPlace = /^\s+in [A-Z]/.test(tail) ? findPlace(tail, 0, 30) : null;
      const clauseTail = between
        ? s.slice(to, ((OBJECT_STOP.lastIndex = to), OBJECT_STOP.exec(s)?.index ?? s.length))
        : '';
      const betweenDate = between ? (findDates(clauseTail, ctx.articleDate)[0] ?? null) : null;
      const betweenPlace = between ? findPlace(clauseTail, 0, clauseTail.length) : null;
      const date =
        inPhraseDate ??
        heldDate ??
        betweenDate ??
        (/^\s+(?:held |in [A-Z][\w ,]*? )?(?:in|on|last|this) /.test(tail)
          ? (findDates(tail.slice(0, 60), ctx.articleDate)[0] ?? null)
          : null);
      const specific = !!(date || heldPlace || inPlace || betweenPlace || sidelines);
      const ps = ments.filter(
        (m) => m.start - si.start >= start && m.start - si.start < to && !claimed.has(m),
      );
      const possessor =
        /^(?:their) /.test(phrase) ||
        /\btheir (?:[a-z-]+,? (?:and )?){0,4}$/.test(s.slice(Math.max(0, start - 60), start)) ||
        /^\s+(?:in [A-Z][\w, ]*? )?where (?:they|the two)\b/.test(tail);
      // "X urged ... at a meeting with ASEAN foreign ministers": the subject met an unnamed group.
      const group =
        between && !ps.length && /^(?:at|during|in)\s+$/.test(s.slice(Math.max(0, start - 7), start))
          ? groupPhrase(tail, -1)
          : null;
      if (group) {
        const subj = [...ments].reverse().find((m) => m.start - si.start < start && !m.possessive);
        if (subj) {
          const d0 = dates[0] ?? null;
          nounEvents.push({
            name: `${ctx.people[subj.person]!.name}'s ${nm[2]!.toLowerCase()} with ${group}`,
            kind: kindOf(nm[2]!),
            date: d0?.value ?? null,
            dateExplicit: !!d0,
            place: null,
            format: null,
            participants: [subj.person],
            principals: [subj.person],
            sentences: [si.index],
            ordinal: null,
            series: null,
            context: false,
            group: true,
          });
          continue;
        }
      }
      if (!specific && !(between && ps.length)) continue;
      if (!specific && !named && !between) continue;
      for (const m of ps) claimed.add(m);
      let participants = ps
        .filter(
          (m) =>
            !m.possessive || s.slice(m.end - si.start, m.end - si.start + 20).includes(phrase.slice(0, 5)),
        )
        .map((m) => m.person);
      const possM = ments.find(
        (m) => m.possessive && m.end - si.start <= start + 2 && m.end - si.start >= start - 40,
      );
      if (possM) participants.push(possM.person);
      if (possessor && current) participants = [...current.participants, ...participants];
      if (!participants.length && /summit/i.test(nm[2]!)) participants = headsOfStates(phrase, ctx.people);

      const nameText = phrase.replace(/^(?:the|their|a|an|his|her|its) /i, '').replace(/^[\w.'-]+'s /, '');
      const ord = /^(\d+)(?:st|nd|rd|th) /.exec(nameText);
      const series = named
        ? nameText.replace(
            /^(?:(?:January|February|March|April|May|June|July|August|September|October|November|December)(?: \d{1,2})?(?:,? \d{4})? )?(?:\d+(?:st|nd|rd|th) |first |second |third |last |previous |next |historic )?/,
            '',
          )
        : null;
      // "their conversations in Seoul and Tokyo": one encounter per city, each with that city's state's people.
      const cities = /s$/.test(nm[0]) ? CITY_LIST_RE.exec(tail) : null;
      if (cities && participants.length > 2) {
        const names = [cities[1]!, ...cities[2]!.split(/,\s*/).filter(Boolean), cities[3]!];
        const codes = names.map((n) => capitalCountry(n));
        const local = (code: string | null): number[] =>
          participants.filter((p) => !!code && ctx.people[p]!.country === code);
        const travelling = participants.filter((p) => !codes.includes(ctx.people[p]!.country));
        if (codes.every((c) => c && local(c).length)) {
          names.forEach((city, k) =>
            nounEvents.push({
              name: `${nameText} in ${city}`,
              kind: kindOf(nm[2]!),
              date: date?.value ?? null,
              dateExplicit: !!date,
              place: city,
              format: null,
              participants: uniq([...travelling, ...local(codes[k]!)]),
              principals: uniq([...travelling, ...local(codes[k]!)]),
              sentences: [si.index],
              ordinal: null,
              series: null,
              context: true,
              group: true,
            }),
          );
          continue;
        }
      }
      nounEvents.push({
        name: named ? nameText : null,
        kind: kindOf(nm[2]!),
        date: date?.value ?? (sidelines ? (current?.date ?? null) : null),
        dateExplicit: !!date,
        place: heldPlace?.name ?? inPlace?.name ?? betweenPlace?.name ?? null,
        format: /virtual|video/.test(phrase) ? 'virtual' : /phone|telephone/.test(phrase) ? 'phone' : null,
        participants: uniq(participants),
        principals: uniq(participants),
        sentences: [si.index],
        ordinal: ord ? Number(ord[1]) : null,
        series: series && /[A-Z]/.test(series) ? series : null,
        context: true,
        sidelines,
      });
    }
    // Meeting verbs: subjects before the verb, objects after it up to the end of the clause.
    VERB_RE.lastIndex = 0;
    let vm: RegExpExecArray | null;
    while ((vm = VERB_RE.exec(s))) {
      const verb = vm[1]!;
      const vStart = vm.index;
      const vEnd = vStart + verb.length;
      OBJECT_STOP.lastIndex = vEnd;
      const stop = OBJECT_STOP.exec(s);
      const objEnd = stop ? stop.index : s.length;
      const clauseStart = Math.max(0, s.lastIndexOf(';', vStart) + 1);
      const rel = (m: PersonMention): number => m.start - si.start;
      const subj = ments.filter(
        (m) => rel(m) >= clauseStart && rel(m) < vStart && !m.possessive && !claimed.has(m),
      );
      const obj = ments.filter(
        (m) =>
          rel(m) > vEnd &&
          rel(m) < objEnd &&
          !claimed.has(m) &&
          !(m.possessive && !/delegation|team/.test(s.slice(m.end - si.start, m.end - si.start + 60))),
      );
      if (/^told$/.test(verb) && !(obj[0] && rel(obj[0]) - vEnd < 45)) continue;
      // Generic history ("have been greeted in Beijing multiple times") is not one encounter.
      if (/\b(?:has|have) been\s+$/.test(s.slice(Math.max(0, vStart - 12), vStart))) continue;
      if (GENERIC_RE.test(s.slice(vEnd, objEnd + 40))) continue;
      const objSpan = s.slice(vEnd, objEnd);
      const subjSpan = s.slice(clauseStart, vStart);
      const subjIds = subj.map((m) => m.person);
      const objIds = obj.map((m) => m.person);
      const exclude = new Set([...subjIds, ...objIds]);
      if (!subj.length) {
        const refs = titleRefs(subjSpan, ctx.people, exclude);
        if (refs.length) subjIds.push(...refs);
        else if (/\b(He|She|They|he|she|they)\s+(?:also |then |later )?$/.test(subjSpan) && current)
          subjIds.push(current.principals[0] ?? -1);
        else if (/\b(the two|both) (leaders|sides|ministers)\b/i.test(subjSpan) && current)
          subjIds.push(...current.participants);
      }
      objIds.push(...titleRefs(objSpan, ctx.people, new Set([...subjIds, ...objIds])));
      // "received a delegation ... led by X": the leader is the counterpart.
      const visit = /visit/.test(verb);
      const all = uniq([...subjIds, ...objIds]);
      const d = firstDateAfter(dates, Math.max(0, clauseStart), s.length) ?? null;
      // "also met/visited" with no date of its own continues the encounter in focus's time.
      const also = !d && /\balso\s+$/.test(s.slice(Math.max(0, vStart - 6), vStart)) && current?.date;
      const when = d?.value ?? (also ? current!.date : null);
      const group = subjIds.length === 1 ? groupPhrase(objSpan, obj[0] ? rel(obj[0]) - vEnd : -1) : null;
      if (group) {
        const who = ctx.people[subjIds[0]!]!.name;
        drafts.push({
          name: `${who}'s ${kindOf(vm[0])} with ${group}`,
          kind: kindOf(vm[0]),
          date: when,
          dateExplicit: !!when,
          place: findPlace(s, vEnd, objEnd + 60)?.name ?? null,
          format: null,
          participants: [subjIds[0]!],
          principals: [subjIds[0]!],
          sentences: [si.index],
          ordinal: null,
          series: null,
          context: /^(will|to) /.test(verb),
          group: true,
        });
      }
      const body = !subj.length && !all.length ? BODY_SUBJECT_RE.exec(subjSpan) : null;
      const bodyName = body?.[1]!.replace(/^(?:When|As|After|Before|While|Since|If|Once|The|Then)\s+/, '');
      if (body && d && /^met$/.test(verb)) {
        const leaders = /leaders|heads/.test(body[2]!);
        drafts.push({
          name: `${bodyName} ${leaders ? 'summit' : `${body[2]} meeting`}`,
          kind: leaders ? 'summit' : 'meeting',
          date: d.value,
          dateExplicit: true,
          place: findPlace(s, vEnd, objEnd + 60)?.name ?? null,
          format: null,
          participants: [],
          principals: [],
          sentences: [si.index],
          ordinal: null,
          series: null,
          context: true,
        });
        continue;
      }
      // "Delegations representing A and B met ... for the X Dialogue": the heads named next ("led the ... delegation") join it.
      if (!all.length && /\bdelegations\b/.test(subjSpan) && /^(met|held)/.test(verb) && d) {
        const nm =
          /\bfor the (?:(?:first|second|third|inaugural|joint|annual) )*((?:[A-Z][\w.'-]*[ -])+(?:Dialogue|Summit|Meeting|Talks|Conference|Forum|Consultations))\b/.exec(
            s,
          );
        const draft: MeetingDraft = {
          name: nm?.[1] ?? null,
          kind: nm ? kindOf(nm[1]!) : 'meeting',
          date: d.value,
          dateExplicit: true,
          place: findPlace(s, vEnd, objEnd + 60)?.name ?? null,
          format: null,
          participants: [],
          principals: [],
          sentences: [si.index],
          ordinal: null,
          series: nm?.[1] ?? null,
          context: false,
          delegations: true,
        };
        drafts.push(draft);
        current = draft;
        continue;
      }
      if (all.length < 2 && !(visit && all.length === 1)) continue;
      for (const m of [...subj, ...obj]) claimed.add(m);
      // "visited Hong Kong": the object of a visit is its place.
      const visited =
        visit && !obj.length ? /^\s+((?:[A-Z][\w.'-]*)(?: [A-Z][\w.'-]*){0,2})/.exec(objSpan) : null;
      const place =
        visited && !NOT_PLACE.test(visited[1]!)
          ? { name: visited[1]!, index: vEnd }
          : findPlace(s, vEnd, objEnd + 60);
      const named =
        nounEvents.length === 0
          ? /\bfor the (?:(?:first|second|third|inaugural|joint|annual) )*((?:\d+(?:st|nd|rd|th) )?(?:[A-Z][\w.'-]*[ -])+(?:Dialogue|Summit|Meeting|Talks|Conference|Forum|Consultations))\b/.exec(
              s,
            )
          : null;
      const format: MeetingFormat | null =
        /virtual|video/i.test(s) && !/\blast virtual\b/.test(s)
          ? 'virtual'
          : kindOf(verb) === 'call'
            ? 'phone'
            : null;
      const separately = /\bseparately\b/.test(s.slice(vStart - 2, vEnd + 14));
      const base = {
        kind: kindOf(vm[0]) === 'meeting' && named ? kindOf(named[1]!) : kindOf(vm[0]),
        date: when,
        dateExplicit: !!when,
        place: place?.name ?? null,
        format,
        sentences: [si.index],
        ordinal: named ? Number(/^(\d+)/.exec(named[1]!)?.[1] ?? NaN) || null : null,
        series: named ? named[1]!.replace(/^\d+(?:st|nd|rd|th) /, '') : null,
        context: /^(will|to) /.test(verb),
        name: named ? named[1]! : null,
      };
      if (separately && objIds.length > 1 && subjIds.length >= 1) {
        for (const o of uniq(objIds))
          drafts.push({ ...base, participants: uniq([...subjIds, o]), principals: uniq([...subjIds, o]) });
        current = drafts[drafts.length - 1]!;
      } else {
        const draft: MeetingDraft = { ...base, participants: all, principals: all };
        drafts.push(draft);
        current = draft;
      }
    }
    for (const e of nounEvents) {
      if (e.sidelines && current) {
        e.participants = [...current.participants];
        e.principals = [...current.principals];
        e.date = e.date ?? current.date;
      }
      // A past encounter named only by a generic noun ("the last virtual meeting") belongs to the series in focus.
      if (!e.name && !e.participants.length && current?.series && /\b(last|previous|first|next)\b/.test(s)) {
        e.name = current.series;
        e.series = current.series;
        e.kind = current.kind;
      }
      if (!e.participants.length && !e.name) continue;
      drafts.push(e);
      if (!current) current = e;
    }
    // "X and Y also participated in the meeting": add to the meeting in focus.
    if (
      current &&
      (/\b(also )?(participated|took part|attended|joined|were present|was present)\b/.test(s) ||
        (current.delegations && /\bled (?:the|their|its) (?:[\w.-]+ ){0,3}delegations?\b/.test(s))) &&
      !VERB_RE.test(s)
    ) {
      for (const m of ments)
        if (!claimed.has(m)) current.participants = uniq([...current.participants, m.person]);
    }
    VERB_RE.lastIndex = 0;
    if (dayDate && !dayDate.relative) discourseDate = dayDate.value;
    else if (dayDate) discourseDate = dayDate.value;
    for (const d of drafts)
      if (!d.date && !d.context && d.sentences[0] === si.index && discourseDate) d.date = discourseDate;
  }
  return mergeMeetings(drafts, ctx);
}

function compatibleDates(a: string | null, b: string | null): boolean {
  return !a || !b || a.startsWith(b) || b.startsWith(a);
}

function mergeMeetings(drafts: MeetingDraft[], ctx: MeetingContext): MeetingDraft[] {
  const out: MeetingDraft[] = [];
  for (const d of drafts) {
    if (!d.date && !d.context) d.date = ctx.articleDate;
    const same = d.sidelines
      ? undefined
      : d.group
        ? out.find((m) => m.group && m.name === d.name && compatibleDates(m.date, d.date))
        : out.find((m) => {
            if (m.sidelines || m.group) return false;
            if (!compatibleDates(m.date, d.date)) return false;
            if (m.place && d.place && m.place !== d.place) return false;
            if (m.name && d.name && m.name !== d.name && m.series !== d.series) return false;
            const a = new Set(m.participants);
            const inter = d.participants.filter((x) => a.has(x)).length;
            if (!d.participants.length || !m.participants.length)
              return !!(
                m.name &&
                d.name &&
                (m.series === d.series || m.name === d.name) &&
                m.date === d.date
              );
            return inter === Math.min(a.size, d.participants.length) && inter >= Math.min(2, a.size);
          });
    if (same) {
      same.participants = uniq([...same.participants, ...d.participants]);
      same.principals = uniq([...same.principals, ...d.principals]);
      same.sentences.push(...d.sentences);
      same.name = same.name ?? d.name;
      same.series = same.series ?? d.series;
      same.ordinal = same.ordinal ?? d.ordinal;
      same.place = same.place ?? d.place;
      same.format = same.format ?? d.format;
      if (d.dateExplicit && (!same.dateExplicit || (d.date ?? '').length > (same.date ?? '').length)) {
        same.date = d.date;
        same.dateExplicit = true;
      }
      if (same.kind === 'meeting' && d.kind !== 'meeting' && d.kind !== 'call') same.kind = d.kind;
      continue;
    }
    out.push(d);
  }
  for (const m of out) {
    // A gathering hosting a sideline encounter spans days: without its own date it gets the month.
    if (m.sidelines && !m.date) {
      const host = out.find(
        (x) => !x.sidelines && x.date && x.participants.some((p) => m.participants.includes(p)),
      );
      if (host?.date) m.date = host.dateExplicit ? host.date : host.date.slice(0, 7);
    }
    if (!m.place && m.format !== 'virtual' && m.format !== 'phone' && m.kind !== 'call' && ctx.datelineCity)
      m.place = ctx.datelineCity;
  }
  return out;
}
