// One draft per encounter: drafts with compatible dates, places, names and participants are merged.
import { capitalCountry, lookupCountry } from './country-gazetteer';
import type { MeetingContext, MeetingDraft } from './meeting.types';
import { findPlace } from './meeting-patterns';
import { uniq } from './meeting-patterns';

function compatibleDates(a: string | null, b: string | null): boolean {
  return !a || !b || a.startsWith(b) || b.startsWith(a);
}

/** A name that opens on a capital ("Lima Accords signing"), not a common noun ("peace treaty signing"). */
function properName(name: string | null): boolean {
  return !!name && /^[A-Z]/.test(name);
}

function sameEncounter(m: MeetingDraft, d: MeetingDraft): boolean {
  if (m.sidelines || m.group) return false;
  if (!compatibleDates(m.date, d.date)) return false;
  if (m.place && d.place && m.place !== d.place) return false;
  // A call held and talks still planned (or the reverse) are two encounters, whatever their parties and month.
  if (!!m.planned !== !!d.planned && (m.kind === 'call') !== (d.kind === 'call') && !m.weak && !d.weak)
    return false;
  if (m.name && d.name && m.name !== d.name && m.series !== d.series) return false;
  // A bilateral beside a trilateral is another encounter.
  if ((m.multilateral && d.participants.length === 2) || (d.multilateral && m.participants.length === 2))
    return false;
  if (!d.participants.length || !m.participants.length)
    return !!(m.name && d.name && (m.series === d.series || m.name === d.name) && m.date === d.date);
  const a = new Set(m.participants);
  const inter = d.participants.filter((x) => a.has(x)).length;
  // "A and B participated in a trilateral meeting hosted by C": a sentence's drafts of one party's part are its encounter.
  if (inter === d.participants.length && d.sentences.some((x) => m.sentences.includes(x))) return true;
  return inter === Math.min(a.size, d.participants.length) && inter >= Math.min(2, a.size);
}

/** Merged meetings indexed by participant, by date of named ones and by group name: a draft is compared only with
 * the meetings it could join, so merging stays near linear in drafts. */
class MergedMeetings {
  readonly list: MeetingDraft[] = [];
  private readonly position = new Map<MeetingDraft, number>();
  private readonly index = new Map<string, Set<MeetingDraft>>();

  add(m: MeetingDraft): void {
    this.position.set(m, this.list.length);
    this.list.push(m);
    this.reindex(m);
  }

  reindex(m: MeetingDraft): void {
    const keys = m.participants.map((p) => `p${p}`);
    if (m.name) keys.push(`d${m.date ?? ''}`, `g${m.name}`);
    if (!m.participants.length) keys.push('none');
    for (const k of keys) {
      const set = this.index.get(k) ?? new Set<MeetingDraft>();
      set.add(m);
      this.index.set(k, set);
    }
  }

  /** The first merged meeting `d` is the same encounter as. */
  find(d: MeetingDraft): MeetingDraft | undefined {
    if (d.sidelines) return undefined;
    if (d.reference && d.participants.length) {
      const holder = this.list.find(
        (m) =>
          !m.group &&
          !m.sidelines &&
          compatibleDates(m.date, d.date) &&
          d.participants.every((p) => m.participants.includes(p)),
      );
      if (holder) return holder;
    }
    const keys = d.group
      ? [`g${d.name ?? ''}`]
      : d.participants.length
        ? [...d.participants.map((p) => `p${p}`), 'none']
        : [`d${d.date ?? ''}`];
    let best: MeetingDraft | undefined;
    for (const k of keys)
      for (const m of this.index.get(k) ?? new Set<MeetingDraft>()) {
        if (best && this.position.get(m)! >= this.position.get(best)!) continue;
        const same = d.group
          ? m.group && m.name === d.name && compatibleDates(m.date, d.date)
          : sameEncounter(m, d);
        if (same) best = m;
      }
    return best;
  }
}

// "a meeting ... at the SCO summit in China": a state other than the dateline's named where the meeting is reported.
const IN_STATE = /\b(?:in|at) (?:the )?([A-Z][\w-]+(?: [A-Z][\w-]+)?)/g;

/** Whether the sentences reporting a meeting name a place other than the dateline's city, or a state other than its
 *  state (`home`). */
function heldElsewhere(
  m: MeetingDraft,
  sentenceText: (i: number) => string,
  dateline: string,
  home: string | null,
): boolean {
  for (const i of m.sentences) {
    const text = sentenceText(i);
    const place = findPlace(text, 0, text.length);
    if (place && place.name !== dateline && lookupCountry(place.name)?.code !== home) return true;
    for (const x of text.matchAll(IN_STATE)) {
      const state = lookupCountry(x[1]!);
      if (state && state.kind !== 'demonym' && state.code !== home) return true;
    }
  }
  return false;
}

export function mergeMeetings(
  drafts: MeetingDraft[],
  ctx: MeetingContext,
  sentenceText: (i: number) => string,
): MeetingDraft[] {
  const merged = new MergedMeetings();
  const out = merged.list;
  for (const d of drafts) {
    if (!d.date && d.recent) d.date = ctx.articleDate?.slice(0, 7) ?? null;
    if (!d.date && !d.context && !d.undated && !d.planned) d.date = ctx.articleDate;
    const same = merged.find(d);
    if (same) {
      same.participants = uniq([...same.participants, ...d.participants]);
      same.principals = uniq([...same.principals, ...d.principals]);
      same.sentences.push(...d.sentences);
      // "a peace treaty ... the agreement known as the Lima Accords": a proper name outranks a common one.
      if (!same.name || (properName(d.name) && !properName(same.name))) same.name = d.name;
      same.series = same.series ?? d.series;
      same.ordinal = same.ordinal ?? d.ordinal;
      same.place = same.place ?? d.place;
      same.format = same.format ?? d.format;
      if (d.multilateral) same.multilateral = true;
      // A report that it happened outweighs an earlier announcement of it.
      if (same.planned && !d.planned) delete same.planned;
      if (d.dateExplicit && (!same.dateExplicit || (d.date ?? '').length > (same.date ?? '').length)) {
        same.date = d.date;
        same.dateExplicit = true;
      }
      if (same.weak && !d.weak) {
        same.kind = d.kind;
        delete same.weak;
      } else if (same.kind === 'meeting' && d.kind !== 'meeting' && d.kind !== 'call' && !d.weak)
        same.kind = d.kind;
      merged.reindex(same);
      continue;
    }
    merged.add(d);
  }
  // "a readout of the meeting between A and B was released ... A and B met on Monday": a reference read before the
  // report it refers to is that meeting, when it is the one meeting of exactly those parties.
  for (const m of [...out]) {
    if (!m.reference || m.dateExplicit || !m.participants.length) continue;
    const same = (x: MeetingDraft) =>
      x.participants.length === m.participants.length &&
      x.participants.every((p) => m.participants.includes(p));
    const reports = out.filter((x) => x !== m && !x.reference && !x.group && !x.sidelines && same(x));
    // (a reference has no place of its own: one read near it is another phrase's, "developments in Kashmir")
    if (reports.length !== 1) continue;
    reports[0]!.sentences.push(...m.sentences);
    out.splice(out.indexOf(m), 1);
  }
  const datelineState = ctx.datelineCity ? capitalCountry(ctx.datelineCity) : null;
  for (const m of out) {
    // "President X's China visit in November", in a September report: an encounter dated after its report is to come.
    if (!m.planned && m.date && ctx.articleDate && m.date > ctx.articleDate.slice(0, m.date.length))
      m.planned = true;
    // A gathering hosting a sideline encounter spans days: without its own date it gets the month.
    if (m.sidelines && !m.date) {
      const host = out.find(
        (x) => !x.sidelines && x.date && x.participants.some((p) => m.participants.includes(p)),
      );
      if (host?.date) m.date = host.dateExplicit ? host.date : host.date.slice(0, 7);
    }
    if (
      !m.place &&
      m.format !== 'virtual' &&
      m.format !== 'phone' &&
      m.kind !== 'call' &&
      ctx.datelineCity &&
      !heldElsewhere(m, sentenceText, ctx.datelineCity, datelineState)
    )
      m.place = ctx.datelineCity;
  }
  return out;
}
