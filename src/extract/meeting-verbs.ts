// Meetings from verbs: subjects before "met", "held talks", "received", "visited", objects after it up to the
// end of the clause; pronouns, title references and "the two ministers" point back to people already found.
import { lookupCountry } from './country-gazetteer';
import type { DateMention } from './date-resolver';
import type { MeetingFormat, MeetingKind } from './extraction.types';
import { meetingDraft } from './meeting-draft';
import type { MeetingContext, MeetingDraft, SentenceInfo } from './meeting.types';
import { meetingTense, type MeetingTense } from './meeting-tense';
import { previousSubject } from './pronoun-reference';
import { FIRST_PERSON_SUBJECT, insideQuote } from './release-author';
import {
  BODY_SUBJECT_RE,
  findPlace,
  GENERIC_RE,
  groupPhrase,
  kindOf,
  namedCounterparts,
  NOT_PLACE,
  OBJECT_STOP,
  titleRefs,
  uniq,
  VERB_RE,
  clauseStartBefore,
  nextVerbAt,
  PRONOUN_SUBJECT,
  SEPARATE_CUE,
  SEQUENCE_CUE,
  officeHolders,
  whereAntecedent,
} from './meeting-patterns';
import { PRIVATE_HEADS } from './lexicon.data';
import type { PersonMention } from './people.types';

const AGENT_SENT_RE =
  /\b(?:dispatch(?:ed|es|ing)?|sen(?:d|ds|t|ding)|appoint(?:ed|s|ing)?|tasked|asked)\s+(?:a|an|his|her|their|its|the)\s+(?:[\w-]+\s+){0,3}(?:envoy|delegation|representative|emissary|team|officials?|aides?|ministers?)\s+(?:to\s+(?:the\s+)?[A-Z][\w-]*(?:\s+[A-Z][\w-]*)*\s+)?$/;

const GROUP_SUBJECT_RE =
  /\b(?:their|his|her|its|the)\s+(?:[a-z-]+\s+){0,3}(?:chiefs|ministers|officials|envoys|negotiators|delegations|aides|diplomats|deputies|representatives|teams)\s+(?:also\s+|have\s+|had\s+)?$/;

// "X visited Manila and met Y": the second verb's subject span ends on "and" after the first verb's object.
const COORDINATED_RE = /\b[a-z]+(?:ed|t)\b[^,;]*\band\s+(?:then\s+|also\s+|later\s+)?$/;

/** Drafts found so far in the article and the encounter in focus (pronouns and "also" refer to it). */
export interface MeetingFocus {
  drafts: MeetingDraft[];
  current: MeetingDraft | null;
  /** the last person named alone as the subject of a meeting verb: who "he" or "she" most likely is */
  lastSubject?: number;
}

// Perfect-tense encounters that are not of the day: "in recent months", "several times", "since 2019", "before".
const LONG_AGO =
  /\b(?:in recent (?:months|years|weeks)|over the (?:past|last) (?:months|years)|a series of|several|many|numerous|since|before|previously|ever|already|in the past|repeatedly|often)\b/i;
// "hosting X for a rare summit", "met Y at talks in Z": the occasion names the kind.
const OCCASION_RE =
  /\b(?:for|at|during|in) (?:a|an|the|their)? ?(?:[\w-]+ ){0,3}?(summit|talks|dialogue|conference|ceremony|call)\b/i;
const RELATIVE_OPENER = /^,\s+who\b/;

/** A verb's kind, or the occasion's when the verb says only that they met ("hosting X for a rare summit"). */
function occasionKind(verb: string, objSpan: string): MeetingKind {
  const kind = kindOf(verb);
  const occasion = kind === 'meeting' ? OCCASION_RE.exec(objSpan) : null;
  return occasion ? kindOf(occasion[1]!) : kind;
}

function firstDateAfter(dates: readonly DateMention[], pos: number, before: number): DateMention | null {
  for (const d of dates) if (d.index >= pos && d.index < before) return d;
  return null;
}

/** Adds the encounters the sentence's meeting verbs report to `focus`; `nounNamed` says a noun already named one. */
export function verbEvents(
  si: SentenceInfo,
  dates: readonly DateMention[],
  ctx: MeetingContext,
  claimed: Set<PersonMention>,
  focus: MeetingFocus,
  nounNamed: boolean,
): void {
  const s = si.norm;
  const ments = si.mentions;
  const drafts = focus.drafts;
  let sentenceSubject: number[] = [];
  let sentenceTense: MeetingTense | null = null;
  // Meeting verbs: subjects before the verb, objects after it up to the end of the clause.
  VERB_RE.lastIndex = 0;
  let vm: RegExpExecArray | null;
  while ((vm = VERB_RE.exec(s))) {
    const verb = vm[1]!;
    const vStart = vm.index;
    const vEnd = vStart + verb.length;
    // "in her upcoming meeting with Y", "X's June 29 trilateral meeting with Y": after a determiner, "meeting with" is
    // a noun phrase's.
    if (
      /^meeting with$/i.test(verb) &&
      /(?:\b(?:his|her|their|its|the|a|an)|['’]s?)\s+(?:[\w-]+\s+){0,4}$/i.test(
        s.slice(Math.max(0, vStart - 40), vStart),
      )
    )
      continue;
    // "X has dispatched a special envoy to meet with Y": the envoy meets Y, not X.
    if (verb === 'to meet' && AGENT_SENT_RE.test(s.slice(Math.max(0, vStart - 90), vStart))) continue;
    OBJECT_STOP.lastIndex = vEnd;
    const stop = OBJECT_STOP.exec(s);
    // The objects of a verb end where the next meeting verb begins ("hosting A, and dining with B").
    const next = nextVerbAt(s, vm.index + vm[0].length);
    const objEnd = Math.min(stop ? stop.index : s.length, next);
    const clauseStart = clauseStartBefore(s, vStart);
    const rel = (m: PersonMention): number => m.start - si.start;
    const participle =
      /ing\b/.test(verb) && !/\b(?:is|are|was|were)\s+$/.test(s.slice(Math.max(0, vStart - 5), vStart));
    // A participle ("..., including hosting X") takes the tense of its sentence's first meeting verb.
    const tense: MeetingTense =
      participle && sentenceTense ? sentenceTense : meetingTense(s.slice(clauseStart, vStart), verb);
    if (tense === 'negated' || tense === 'hypothetical') continue;
    // "A and B agreed ..., days after their defence chiefs held talks": a group noun right before the verb is its
    // subject, not the people named earlier.
    const groupSubject = GROUP_SUBJECT_RE.test(s.slice(Math.max(clauseStart, vStart - 60), vStart));
    const subj = groupSubject
      ? []
      : ments.filter((m) => rel(m) >= clauseStart && rel(m) < vStart && !m.possessive && !claimed.has(m));
    // "..., who paid a courtesy call on him": the subject of a relative clause is the person before it.
    if (!subj.length && RELATIVE_OPENER.test(s.slice(clauseStart - 1, clauseStart + 6))) {
      const antecedent = [...ments].reverse().find((m) => rel(m) < clauseStart && !claimed.has(m));
      if (antecedent) subj.push(antecedent);
    }
    const obj = ments.filter(
      (m) =>
        rel(m) > vEnd &&
        rel(m) < objEnd &&
        !claimed.has(m) &&
        !(m.possessive && !/delegation|team/.test(s.slice(m.end - si.start, m.end - si.start + 60))),
    );
    // "X told Y", "X told the British minister": someone named or referred to by title right after the verb.
    if (
      /^told$/.test(verb) &&
      !(obj[0] && rel(obj[0]) - vEnd < 45) &&
      !titleRefs(
        s.slice(vEnd, Math.min(objEnd, vEnd + 45)),
        si.start + vEnd,
        ctx.people,
        new Set(subj.map((m) => m.person)),
      ).length
    )
      continue;
    // "X told CNN's Y", "told the reporter Y": speaking to the press is no meeting.
    if (
      /^told$/.test(verb) &&
      obj.some((m) => pressMention(m, s.slice(Math.max(0, rel(m) - 20), rel(m)), ctx))
    )
      continue;
    // Generic history ("have been greeted in Beijing multiple times") is not one encounter.
    if (/\b(?:has|have) been\s+$/.test(s.slice(Math.max(0, vStart - 12), vStart))) continue;
    if (GENERIC_RE.test(s.slice(vEnd, objEnd + 40))) continue;
    const objSpan = s.slice(vEnd, objEnd);
    const subjSpan = s.slice(clauseStart, vStart);
    const subjIds = subj.map((m) => m.person);
    // A participle with no subject of its own ("..., including hosting X") shares the sentence's subject.
    if (!subj.length && participle && sentenceSubject.length) subjIds.push(...sentenceSubject);
    // "X visited Manila and met Y": a verb joined by "and" to the one before shares its subject.
    else if (!subj.length && COORDINATED_RE.test(subjSpan) && sentenceSubject.length)
      subjIds.push(...sentenceSubject);
    // "X ... - meeting A in Moscow, B in Beijing": a participle opening its clause has the sentence's first person.
    else if (!subj.length && participle) {
      const first = ments.find((m) => rel(m) < vStart && !m.possessive && !claimed.has(m));
      if (first) subjIds.push(first.person);
    }
    const objIds = obj.map((m) => m.person);
    const exclude = new Set([...subjIds, ...objIds]);
    if (!subjIds.length) {
      const refs = titleRefs(subjSpan, si.start + clauseStart, ctx.people, exclude);
      const opener = /^\s*(?:He|She)\b/.test(subjSpan) ? previousSubject(si, ctx) : null;
      if (refs.length) subjIds.push(...refs);
      // "Today I met ...": in a first-person release, the writer.
      else if (ctx.author != null && FIRST_PERSON_SUBJECT.test(subjSpan) && !insideQuote(s, vStart))
        subjIds.push(ctx.author);
      // "X arrived in Tokyo. She will meet Y": a sentence opening on "He"/"She" is about the one the sentence before
      // opened on; else the last subject of a meeting verb, else the meeting in focus's first party.
      else if (opener !== null && PRONOUN_SUBJECT.test(subjSpan)) subjIds.push(opener);
      else if (PRONOUN_SUBJECT.test(subjSpan) && (focus.lastSubject !== undefined || focus.current))
        subjIds.push(focus.lastSubject ?? focus.current!.principals[0] ?? -1);
      // "X is due to visit Lima, where she will meet Y": a pronoun in a relative clause is the main clause's subject.
      else if (PRONOUN_SUBJECT.test(subjSpan) && /^\s*(?:where|when)\b/.test(subjSpan)) {
        const main = ments.find((m) => rel(m) < clauseStart && !m.possessive);
        if (main) subjIds.push(main.person);
      } else if (/\b(the two|both) (leaders|sides|ministers)\b/i.test(subjSpan) && focus.current)
        subjIds.push(...focus.current.participants);
    }
    if (!sentenceSubject.length) {
      sentenceSubject = uniq(subjIds);
      sentenceTense = tense;
    }
    if (subj.length === 1) focus.lastSubject = subj[0]!.person;
    objIds.push(...titleRefs(objSpan, si.start + vEnd, ctx.people, new Set([...subjIds, ...objIds])));
    // "received a delegation ... led by X": the leader is the counterpart.
    const visit = /visit|travel|flew|flies/.test(verb);
    const all = uniq([...subjIds, ...objIds]);
    // A verb's date is in its clause up to the end of its objects ("met X on Monday"), not in what was said there.
    // "his missions at the beginning of July – meeting X in Moscow": an elaboration after a dash or colon shares the
    // main clause's date.
    const elaboration = /[–—:-]\s*$/.test(s.slice(Math.max(0, vStart - 3), vStart));
    // "X is due to visit Lima next month, where she will meet Y": "where" stands for the place before it, and the
    // main clause's date is the visit's, so the meeting's.
    const where = /^\s*where\b/.test(s.slice(clauseStart)) ? whereAntecedent(s, clauseStart) : null;
    const d =
      firstDateAfter(dates, Math.max(0, clauseStart), Math.max(objEnd, vEnd + 40)) ??
      (elaboration || where ? [...dates].reverse().find((x) => x.end <= vStart) : undefined) ??
      null;
    // "also met/visited" with no date of its own continues the encounter in focus's time.
    // "..., and then X met Y": an encounter in sequence with the one in focus happened the same day.
    const also =
      !d &&
      (/\balso\s+$/.test(s.slice(Math.max(0, vStart - 6), vStart)) ||
        (/\b(?:and then|then|afterwards|after that|later that day)\b/i.test(subjSpan) && tense === 'past')) &&
      // "will also hold talks" after a meeting already held: what is to come is not of that day.
      !(tense === 'planned' && !focus.current?.planned) &&
      focus.current?.date;
    const dated = d ? (tense === 'planned' ? (d.ahead ?? d.value) : d.value) : null;
    const when = dated ?? (also ? focus.current!.date : null);
    const timing = {
      ...(tense === 'planned' || (when && ctx.articleDate && when.slice(0, 10) > ctx.articleDate)
        ? { planned: true }
        : {}),
      // "has told", "has met": recent unless the text says otherwise, so the month of the report.
      ...(tense === 'perfect' && !when
        ? LONG_AGO.test(s.slice(clauseStart, Math.max(objEnd, vEnd + 60)))
          ? { undated: true }
          : { recent: true }
        : {}),
    };
    const found = subjIds.length === 1 ? groupPhrase(objSpan, obj[0] ? rel(obj[0]) - vEnd : -1) : null;
    // "met the delegation ... led by its Minister X": the group is X's, met in X; "had a talk with the delegation"
    // after that meeting refers back to it.
    const ledBy = !!obj[0] && /\b(?:led|headed) by\b[^,;]*$/.test(s.slice(vEnd, rel(obj[0])));
    const refersBack =
      /^\s*(?:with\s+)?the\s+delegation\b/.test(objSpan) &&
      !!focus.current?.participants.includes(subjIds[0]!) &&
      Math.max(...focus.current.sentences) >= si.index - 3;
    const group = found && !ledBy && !refersBack ? found : null;
    // "met his counterparts from A and B" when the article names A's and B's holders of the office: they met them.
    const counterparts = group ? namedCounterparts(group, subjIds[0]!, ctx.people) : null;
    if (counterparts) {
      objIds.push(...counterparts);
      all.push(...counterparts);
    }
    // "X will hold discussions with the Director-General of Y and the Chief of Mission of Z": one each.
    const offices = !group && subjIds.length === 1 && !objIds.length ? officeHolders(objSpan) : [];
    const unnamed = counterparts
      ? []
      : group
        ? [{ with: group, place: findPlace(s, vEnd, objEnd + 60)?.name ?? null }]
        : offices.map((office) => ({ with: `the ${office}`, place: null }));
    // A subject alone with a group or with office holders nobody names: one encounter each, the subject's only.
    for (const counterpart of unnamed) {
      drafts.push(
        meetingDraft({
          name: `${ctx.people[subjIds[0]!]!.name}'s ${kindOf(vm[0])} with ${counterpart.with}`,
          kind: occasionKind(vm[0], objSpan),
          date: when,
          place: counterpart.place,
          participants: [subjIds[0]!],
          sentence: si.index,
          context: /^(will|to) /.test(verb),
          group: true,
          ...timing,
        }),
      );
      focus.current = drafts[drafts.length - 1]!;
    }
    const body = !subj.length && !all.length ? BODY_SUBJECT_RE.exec(subjSpan) : null;
    const bodyName = body?.[1]!.replace(/^(?:When|As|After|Before|While|Since|If|Once|The|Then)\s+/, '');
    if (body && d && /^met$/.test(verb)) {
      const leaders = /leaders|heads/.test(body[2]!);
      drafts.push({
        ...unnamedPeople(d.value, findPlace(s, vEnd, objEnd + 60)?.name ?? null, si.index),
        name: `${bodyName} ${leaders ? 'summit' : `${body[2]} meeting`}`,
        kind: leaders ? 'summit' : 'meeting',
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
        ...unnamedPeople(d.value, findPlace(s, vEnd, objEnd + 60)?.name ?? null, si.index),
        name: nm?.[1] ?? null,
        kind: nm ? kindOf(nm[1]!) : 'meeting',
        series: nm?.[1] ?? null,
        delegations: true,
      };
      drafts.push(draft);
      focus.current = draft;
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
        : (findPlace(s, vEnd, objEnd + 60) ?? (where ? { name: where, index: clauseStart } : null));
    // "Among the countries she will visit ...": a visit by one person with no place is no encounter.
    if (all.length === 1 && !place) {
      for (const m of [...subj, ...obj]) claimed.delete(m);
      continue;
    }
    const named = !nounNamed
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
    // "A in Moscow, B in Beijing and C at his residence": each guest met where the text places them.
    const placedEach =
      obj.length > 1 && (objSpan.match(/\b(?:in|at) (?:his |her |the )?[A-Z]/g)?.length ?? 0) >= 2;
    const separately =
      placedEach ||
      /\bseparately\b/.test(s.slice(vStart - 2, vEnd + 14)) ||
      SEPARATE_CUE.test(s.slice(clauseStart, objEnd)) ||
      SEQUENCE_CUE.test(objSpan) ||
      /\b(?:meetings|calls|conversations|visits)\b/.test(verb);
    const kind = kindOf(vm[0]) === 'meeting' && named ? kindOf(named[1]!) : occasionKind(vm[0], objSpan);
    const base = {
      kind,
      date: when,
      dateExplicit: !!when,
      // A phone call has no venue: a place after it is what was discussed ("a ceasefire in Gaza").
      place: kind === 'call' && format === 'phone' ? null : (place?.name ?? null),
      format,
      sentences: [si.index],
      ordinal: named ? Number(/^(\d+)/.exec(named[1]!)?.[1] ?? NaN) || null : null,
      series: named ? named[1]!.replace(/^\d+(?:st|nd|rd|th) /, '') : null,
      context: /^(will|to) /.test(verb),
      name: named ? named[1]! : null,
      ...timing,
      // "X told Y": they spoke, but the words say nothing of how, when or where.
      ...(/^told$/i.test(verb) ? { weak: true } : {}),
    };
    if (separately && objIds.length > 1 && subjIds.length >= 1) {
      for (const o of uniq(objIds)) {
        const k = obj.findIndex((m) => m.person === o);
        const own =
          placedEach && k >= 0
            ? findPlace(s, rel(obj[k]!), k + 1 < obj.length ? rel(obj[k + 1]!) : objEnd)
            : null;
        drafts.push({
          ...base,
          ...(placedEach ? { place: own?.name ?? null } : {}),
          participants: uniq([...subjIds, o]),
          principals: uniq([...subjIds, o]),
        });
      }
      focus.current = drafts[drafts.length - 1]!;
    } else {
      const draft: MeetingDraft = { ...base, participants: all, principals: all };
      drafts.push(draft);
      focus.current = draft;
    }
  }
}

/** A journalist: an outlet's possessive before the name ("CNN's"), or a title whose head is a private trade. */
function pressMention(m: PersonMention, before: string, ctx: MeetingContext): boolean {
  // "CNN's", "Al Jazeera's": an outlet's possessive, not a state's.
  const owner = /\b((?:[A-Z][\w-]* )*[A-Z][\w-]*)'s?\s*$/.exec(before)?.[1];
  if (owner && !lookupCountry(owner) && !ctx.people.some((p) => p.name.endsWith(owner))) return true;
  const title = ctx.people[m.person]?.title?.toLowerCase().split(/\s+/) ?? [];
  return title.some((w) => PRIVATE_HEADS.has(w));
}

/** A dated encounter whose people the sentence does not name (a body's members, delegations): they come later. */
function unnamedPeople(date: string, place: string | null, sentence: number): MeetingDraft {
  return meetingDraft({
    name: null,
    kind: 'meeting',
    date,
    place,
    participants: [],
    sentence,
    context: false,
  });
}
