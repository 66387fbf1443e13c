// Meetings from verbs: subjects before "met", "held talks", "received", "visited", objects after it up to the
// end of the clause; pronouns, title references and "the two ministers" point back to people already found.
import type { DateMention } from './date-resolver';
import type { MeetingFormat } from './extraction.types';
import type { MeetingContext, MeetingDraft, SentenceInfo } from './meeting.types';
import {
  BODY_SUBJECT_RE,
  findPlace,
  GENERIC_RE,
  groupPhrase,
  kindOf,
  NOT_PLACE,
  OBJECT_STOP,
  titleRefs,
  uniq,
  VERB_RE,
} from './meeting-patterns';
import type { PersonMention } from './people.types';

/** Drafts found so far in the article and the encounter in focus (pronouns and "also" refer to it). */
export interface MeetingFocus {
  drafts: MeetingDraft[];
  current: MeetingDraft | null;
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
      else if (/\b(He|She|They|he|she|they)\s+(?:also |then |later )?$/.test(subjSpan) && focus.current)
        subjIds.push(focus.current.principals[0] ?? -1);
      else if (/\b(the two|both) (leaders|sides|ministers)\b/i.test(subjSpan) && focus.current)
        subjIds.push(...focus.current.participants);
    }
    objIds.push(...titleRefs(objSpan, ctx.people, new Set([...subjIds, ...objIds])));
    // "received a delegation ... led by X": the leader is the counterpart.
    const visit = /visit/.test(verb);
    const all = uniq([...subjIds, ...objIds]);
    const d = firstDateAfter(dates, Math.max(0, clauseStart), s.length) ?? null;
    // "also met/visited" with no date of its own continues the encounter in focus's time.
    const also = !d && /\balso\s+$/.test(s.slice(Math.max(0, vStart - 6), vStart)) && focus.current?.date;
    const when = d?.value ?? (also ? focus.current!.date : null);
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
        : findPlace(s, vEnd, objEnd + 60);
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
      focus.current = drafts[drafts.length - 1]!;
    } else {
      const draft: MeetingDraft = { ...base, participants: all, principals: all };
      drafts.push(draft);
      focus.current = draft;
    }
  }
}
