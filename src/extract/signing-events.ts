// Signings of a written agreement as ceremonies: "A and B signed a trade agreement in Lima in 2017", "a defence
// treaty signed in 1951", "since signing the memorandum last year".
import type { DateMention } from './date-resolver';
import { meetingDraft } from './meeting-draft';
import { findPlace, titleRefs, uniq } from './meeting-patterns';
import { meetingTense } from './meeting-tense';
import type { MeetingContext, MeetingDraft, SentenceInfo } from './meeting.types';

const DOCUMENT =
  '(?:[Aa]greements?|[Aa]ccords?|[Tt]reaty|[Tt]reaties|[Mm]emorand(?:um|a)(?: of [Uu]nderstanding)?|MoUs?|[Pp]act|[Dd]eclaration|[Cc]onvention|[Pp]rotocol|[Cc]harter|[Cc]ommuniqu[eé])';
// Up to six words of the document's name before its head noun: "a reconciliation agreement", "the 2019 trade pact".
const DOC_NP = `\\b((?:a|an|the|The|their|its)\\s+(?:[\\w'’-]+\\s+){0,6}?${DOCUMENT})\\b`;
// "signed a trade agreement", "signing the memorandum", "will sign an accord".
const ACTIVE_RE = new RegExp(`\\b(signed|signs|signing|sign)\\s+${DOC_NP}`, 'g');
// "a defence treaty signed in 1951", "the accord was signed".
const PASSIVE_RE = new RegExp(
  `${DOC_NP}(?:\\s+known as (?:the\\s+)?((?:[A-Z][\\w'-]*\\s?)+))?\\s+(?:(?:was|were|had been|has been)\\s+)?signed\\b(?!\\s+by\\b)`,
  'g',
);
const CLAUSE_END = /[,;:]|\s[–—-]\s|\b(?:that|which|who|and [a-z]+ed)\b/;

/** "By signing X on Tuesday, the prime ministers of A and B have ...": the main clause's subject, named or by title. */
function frontedSubject(si: SentenceInfo, from: number, ctx: MeetingContext): number[] {
  const s = si.norm;
  const comma = s.indexOf(',', from);
  if (comma < 0) return [];
  const span = s.slice(comma + 1, comma + 120).split(/\b(?:have|has|had|were|was|are|is|will|said)\b/)[0]!;
  const named = si.mentions
    .filter(
      (m) => m.start - si.start > comma && m.start - si.start < comma + 1 + span.length && !m.possessive,
    )
    .map((m) => m.person);
  return named.length ? named : titleRefs(span, si.start + comma + 1, ctx.people, new Set());
}

/** The signings the sentence reports with a date or a place of their own; people named before the verb sign. */
export function signingEvents(
  si: SentenceInfo,
  dates: readonly DateMention[],
  ctx: MeetingContext,
): MeetingDraft[] {
  const s = si.norm;
  const out: MeetingDraft[] = [];
  const seen = new Set<number>();
  for (const [re, passive] of [
    [ACTIVE_RE, false],
    [PASSIVE_RE, true],
  ] as const) {
    re.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = re.exec(s))) {
      const end = m.index + m[0].length;
      const np = passive ? m[1]! : m[2]!;
      const npAt = passive ? m.index : end - np.length;
      if ([...seen].some((at) => Math.abs(at - npAt) < 5)) continue;
      const verbAt = passive ? end - 'signed'.length : m.index;
      const tense = meetingTense(s.slice(0, verbAt), passive ? 'signed' : m[1]!);
      if (tense === 'negated' || tense === 'hypothetical') continue;
      // What follows the document up to the clause's end says where and when: "in Cairo in October 2017".
      const rest = s.slice(end);
      const stop = CLAUSE_END.exec(rest);
      const own = rest.slice(0, stop ? stop.index : rest.length);
      const date = dates.find((d) => d.index >= npAt && d.index < end + own.length) ?? null;
      const place = findPlace(s, end, end + own.length);
      if (!date && !place) continue;
      seen.add(npAt);
      const known = passive ? m[2]?.trim() : undefined;
      const document = (known ?? np.replace(/^(?:a|an|the|their|its)\s+/i, '')).replace(
        /^(?:\d{4}|(?:January|February|March|April|May|June|July|August|September|October|November|December)(?: \d{4})?)\s+/,
        '',
      );
      const signers = passive
        ? []
        : /^\s*(?:By|After|Before|Since|On)\s+$/.test(s.slice(0, verbAt))
          ? frontedSubject(si, end + own.length, ctx)
          : si.mentions
              .filter((p) => p.start - si.start < verbAt && !p.possessive)
              .filter((p) => !/[.;:]/.test(s.slice(p.end - si.start, verbAt)))
              .map((p) => p.person);
      const when = date ? (tense === 'planned' ? (date.ahead ?? date.value) : date.value) : null;
      out.push(
        meetingDraft({
          name: `${document} signing`,
          kind: 'ceremony',
          date: when,
          place: place?.name ?? null,
          participants: uniq(signers),
          sentence: si.index,
          context: true,
          ...(tense === 'planned' || (ctx.articleDate && when && when.slice(0, 10) > ctx.articleDate)
            ? { planned: true }
            : {}),
        }),
      );
    }
  }
  return out;
}
