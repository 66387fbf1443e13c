// Meetings: per sentence, encounters named by nouns and reported by verbs, attached to the encounter in focus,
// dated by the discourse; then one draft per encounter.
import { findDates, findOffsets, shiftDate, type DateMention } from './date-resolver';
import type { MeetingContext, MeetingDraft, SentenceInfo } from './meeting.types';
import { mergeMeetings } from './meeting-merge';
import { nounEvents } from './meeting-nouns';
import { signingEvents } from './signing-events';
import { briefingEvents } from './briefing-events';
import { uniq, VERB_RE } from './meeting-patterns';
import { verbEvents, type MeetingFocus } from './meeting-verbs';
import type { PersonMention } from './people.types';

const LEAD_SENTENCES = 2;
const AGENCY_AFTER_DATE = /^\s*\((KCNA|Yonhap|Xinhua|AFP|Reuters|AP)\)/;
// "X and Y also took part", "Present there were X and Y", "He was accompanied by X": more people at the meeting in focus.
const JOINED_RE =
  /\b(also )?(participated|took part|attended|joined|were present|was present|in attendance|accompanied by)\b|^Present (?:there|on the occasion|at the (?:talks|meeting|reception|ceremony))\b|\b(?:heads of delegations?|participants|attendees|delegates) (?:also )?included\b|\b(?:due|expected|set|scheduled) to (?:attend|take part|participate) (?:are|is|were|was)\b/i;
// "The meeting was co-hosted by X and Y": the people who host or chair the meeting in focus.
const HOSTED_BY_RE =
  /^(?:The|This|That) (?:[\w'-]+ ){0,3}(?:meeting|talks|summit|conference|dialogue|forum|session|gathering) (?:was|were) (?:co-)?(?:hosted|chaired|opened|led|attended) by\b/;
// "X led the Russian delegation", "The Serbian delegation was led by X", "Kosovo sent its chief negotiator, Y".
const LED_DELEGATION_RE =
  /\bled (?:the|their|its) (?:[\w.-]+ ){0,3}delegations?\b|\bdelegations? (?:was|were) (?:led|headed) by\b|\b(?:sent|dispatched) (?:its|their) (?:[\w-]+ ){0,2}(?:negotiators?|envoys?|representatives?|delegations?)\b/;
// "..., sending X and Y in his place": the people sent attend in the sender's stead.
const SENT_RE =
  /\b(?:sending|sent|dispatching|dispatched)\b(?=[^.;]*\b(?:in (?:his|her|their|its) (?:place|stead)|as (?:his|her|their|its) (?:representatives?|envoys?)|to (?:attend|represent)\b))/;

// "X will represent the UK", "Madrid is being represented by Y": who speaks for a party at the meeting just announced.
const REPRESENT_RE = /\brepresent(?:s|ing)?\b|\brepresented by\b/;

/** The meeting was last reported in this sentence or one of the four before it. */
function recent(m: MeetingDraft, sentence: number): boolean {
  return Math.max(...m.sentences) >= sentence - 4;
}

// "The meetings reinforced ...": what the text just reported as one encounter were several.
const SEPARATE_MEETINGS_RE = /^(?:The|These|Both|All) (?:two |three |separate )?meetings\b/;

/** A visitor who met several officials of one other state met each of them: the meeting in focus becomes one per host. */
function splitVisit(focus: MeetingFocus, ctx: MeetingContext): void {
  const m = focus.current!;
  if (m.name || m.group || m.delegations || m.participants.length < 3) return;
  const [visitor, ...hosts] = m.participants as [number, ...number[]];
  const home = ctx.people[visitor]!.country;
  const state = ctx.people[hosts[0]!]!.country;
  if (!state || state === home || hosts.some((h) => ctx.people[h]!.country !== state)) return;
  const at = focus.drafts.indexOf(m);
  const each = hosts.map((h) => ({
    ...m,
    participants: [visitor, h],
    principals: [visitor, h],
    sentences: [...m.sentences],
  }));
  focus.drafts.splice(at, 1, ...each);
  focus.current = each[0]!;
}

/** Extracts meetings from sentence infos; participants are indexes into `ctx.people`. */
export function extractMeetings(sents: SentenceInfo[], ctx: MeetingContext): MeetingDraft[] {
  const focus: MeetingFocus = { drafts: [], current: null };
  const drafts = focus.drafts;
  let discourseDate: string | null = null;
  let lastDate: string | null = null;
  let lastDateAt = -1;
  for (const si of sents) {
    const s = si.norm;
    // A dateline's date ("Pyongyang, July 19 (KCNA)") and "X said on Monday" date the report, not an encounter.
    const dates: DateMention[] = findDates(s, ctx.articleDate).filter(
      (d) =>
        !AGENCY_AFTER_DATE.test(s.slice(d.end, d.end + 12)) &&
        !/\bsaid\s*$/.test(s.slice(Math.max(0, d.index - 6), d.index)) &&
        // "the first ... since 1898" measures a span back to another event.
        !/\bsince\s*$/.test(s.slice(Math.max(0, d.index - 7), d.index)) &&
        !/^since\b/i.test(s.slice(d.index, d.end)),
    );
    // "Four months later": an offset from the last date the text gave.
    if (lastDate) for (const o of findOffsets(s)) dates.push({ ...o, value: shiftDate(lastDate, o.offset!) });
    dates.sort((a, b) => a.index - b.index);
    // "... will travel to Ottawa today. They will attend the X Ministerial": an announced meeting with no time of its
    // own is in the month of the date one of the two sentences before gave.
    const previousDate = lastDateAt >= si.index - 2 ? lastDate : null;
    if (dates.length) {
      lastDate = dates[dates.length - 1]!.value;
      lastDateAt = si.index;
    }
    const dayDate = dates.find((d) => d.precision === 'day');
    const claimed = new Set<PersonMention>();
    const firstNew = drafts.length;
    if (focus.current && SEPARATE_MEETINGS_RE.test(s)) splitVisit(focus, ctx);
    if (
      focus.current &&
      (HOSTED_BY_RE.test(s) || (REPRESENT_RE.test(s) && recent(focus.current, si.index)))
    ) {
      // The sentence reports on the meeting, so a next one ("Madrid is being represented by Z") is still recent.
      if (!focus.current.sentences.includes(si.index)) focus.current.sentences.push(si.index);
      for (const m of si.mentions)
        if (!m.possessive) {
          claimed.add(m);
          focus.current.participants = uniq([...focus.current.participants, m.person]);
        }
    }
    const named = nounEvents(si, dates, ctx, claimed, focus.current);
    verbEvents(si, dates, ctx, claimed, focus, named.length > 0);
    for (const e of named) {
      const current = focus.current;
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
      if (!e.participants.length && !e.name) {
        if (e.definite && !e.planned && !e.sidelines) dateInFocus(e, drafts, current, si.index);
        continue;
      }
      drafts.push(e);
      focus.current ??= e;
    }
    // A signing is a ceremony of its own only where the sentence reports no other encounter.
    if (drafts.length === firstNew) drafts.push(...signingEvents(si, dates, ctx));
    if (drafts.length === firstNew) drafts.push(...briefingEvents(si, dates, ctx));
    // "X and Y also participated in the meeting": add to the meeting in focus.
    const current = focus.current;
    VERB_RE.lastIndex = 0;
    if (
      current &&
      // A meeting of parties nobody was named at ("talks between A and B") takes the heads of their delegations.
      (JOINED_RE.test(s) ||
        ((current.delegations ||
          (!current.participants.length && Math.max(...current.sentences) >= si.index - 1)) &&
          LED_DELEGATION_RE.test(s))) &&
      !VERB_RE.test(s)
    ) {
      for (const m of si.mentions)
        if (!claimed.has(m)) current.participants = uniq([...current.participants, m.person]);
    }
    const sent = current ? SENT_RE.exec(s) : null;
    if (current && sent)
      for (const m of si.mentions)
        if (m.start - si.start > sent.index && !claimed.has(m) && !m.possessive)
          current.participants = uniq([...current.participants, m.person]);
    VERB_RE.lastIndex = 0;
    // The lead's day is the news of the day; later, the time moves on only with an encounter dated in its own words.
    const dated = drafts.slice(firstNew).find((d) => d.dateExplicit && !d.planned && d.date?.length === 10);
    if (dated) discourseDate = dated.date;
    else if (dayDate && si.index < LEAD_SENTENCES) discourseDate = dayDate.value;
    const announcedMonth =
      !dates.length && previousDate && ctx.articleDate && previousDate >= ctx.articleDate
        ? previousDate.slice(0, 7)
        : null;
    for (const d of drafts.slice(firstNew)) {
      if (d.date) continue;
      if (d.planned) d.date = announcedMonth;
      else if (!d.context && !d.undated && !d.recent) {
        if (discourseDate) d.date = discourseDate;
        // "X, hosting Y for a summit, pledged ...": the first sentence's undated news in the past tense is of the report's day.
        else if (si.index === 0 && ctx.articleDate) d.date = ctx.articleDate;
        else d.recent = true;
      }
    }
  }
  return mergeMeetings(drafts, ctx, (i) => sents[i]?.norm ?? '');
}

/** "The trilateral meeting ... on Thursday": a definite phrase with no people of its own gives its date and place to the
 * meeting in focus (for "trilateral", the last one of three or more) when that one has no date of its own. */
function dateInFocus(
  e: MeetingDraft,
  drafts: readonly MeetingDraft[],
  current: MeetingDraft | null,
  sentence: number,
): void {
  const target = e.multilateral ? [...drafts].reverse().find((d) => d.participants.length >= 3) : current;
  if (!target || target.dateExplicit || !(e.dateExplicit || e.place)) return;
  if (target.place && e.place && target.place !== e.place) return;
  if (e.dateExplicit) {
    target.date = e.date;
    target.dateExplicit = true;
    delete target.recent;
  }
  target.place ??= e.place;
  target.sentences.push(sentence);
}
