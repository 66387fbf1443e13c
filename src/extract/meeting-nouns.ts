// Meetings named by a noun phrase: "the May 21 Summit between ...", "the last dialogue took place in Beijing in
// June 2017", "at a meeting with ASEAN foreign ministers".
import { lookupCountry } from './country-gazetteer';
import { findDates, type DateMention } from './date-resolver';
import { TITLE_HEADS } from './lexicon.data';
import { meetingDraft } from './meeting-draft';
import type { MeetingContext, MeetingDraft, SentenceInfo } from './meeting.types';
import {
  clauseEndAfter,
  nextVerbAt,
  findPlace,
  whereAntecedent,
  HEAD_RE,
  headsOfStates,
  kindOf,
  NOUN_RE,
  OBJECT_STOP,
  titleRefs,
  uniq,
} from './meeting-patterns';
import { eachGroup, ownTailLength, plainName, titledName } from './meeting-phrase-name';
import { groupMeeting, perCityMeetings } from './meeting-noun-shapes';
import {
  attachedDate,
  ATTENDANCE_RE,
  BODY_PARTIES_RE,
  CLAUSE_VERB_RE,
  FRONTED_RE,
  mainClauseAt,
  PRONOUN_BEFORE_RE,
  FUTURE_AFTER_RE,
  FUTURE_BEFORE_RE,
  HOSTED_BY_AFTER,
  HOSTED_PARTICIPLE_RE,
  LEADING_DATE_OR_ORDINAL,
  LIGHT_VERB_RE,
  PAST_MARK,
  PLURAL_GROUPS,
  PLURAL_HEAD,
  PRECEDING_RE,
  PRESENCE_RE,
  SUBJECT_TO_PHRASE_RE,
  UPCOMING_RE,
} from './meeting-noun-cues';
import { hostPlace, pluralHost, sentenceOwners } from './meeting-noun-parties';
import { previousSubject, sentenceOpener } from './pronoun-reference';
import type { PersonMention } from './people.types';

/** Encounters the sentence names by a noun; the mentions they take are added to `claimed`. */
export function nounEvents(
  si: SentenceInfo,
  dates: readonly DateMention[],
  ctx: MeetingContext,
  claimed: Set<PersonMention>,
  current: MeetingDraft | null,
): MeetingDraft[] {
  const s = si.norm;
  const ments = si.mentions;
  const nounEvents: MeetingDraft[] = [];
  // Meeting nouns with a date, a place, "between X and Y" or "with X": specific encounters.
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
    // "a visit by X", "the visit of X to Y": the visitors follow "by" or "of".
    // "their meetings to X": several people's encounters with the one they went to.
    const theirsTo =
      /^their /.test(phrase) && PLURAL_HEAD.test(nm[0]) ? /^\s+(to)\b(?= [A-Z])/.exec(tail) : null;
    // "the meeting on 26 July between A and B", "a meeting in the Weimar format with A": a date or a format may come
    // between the noun and its parties.
    const between =
      theirsTo ??
      (/^(?:visit|trip)/i.test(nm[2]!)
        ? /^\s+(between|with|among|by|of)\b/
        : /^(?:\s+on\s+(?:\d{1,2}\s+[A-Z][a-z]+|[A-Z][a-z]+(?:\s+\d{1,2})?),?)?(?:\s+in\s+(?:the|a)\s+[\w+-]+\s+format)?\s+(between|with|among)\b/
      ).exec(tail);
    const futureAfter = FUTURE_AFTER_RE.exec(tail);
    const upcoming =
      UPCOMING_RE.test(phrase) ||
      UPCOMING_RE.test(s.slice(Math.max(0, start - 12), start)) ||
      FUTURE_BEFORE_RE.test(s.slice(Math.max(0, start - 60), start)) ||
      !!futureAfter;
    const heldM = /^\s+(?:was |were )?(?:held|took place|happened|occurred)\b/.exec(tail);
    const sidelines = /on the sidelines of\s*$/.test(s.slice(Math.max(0, start - 25), start));
    const nameText = phrase
      .replace(/^(?:the|their|a|an|his|her|its) /i, '')
      .replace(/^(?:[\w.'-]+ ){0,2}[\w.'-]+'s /, '');
    // "Talks are expected to resume": a head noun capitalised only because it opens the sentence names nothing.
    const named =
      (/^[A-Z]/.test(nameText.replace(LEADING_DATE_OR_ORDINAL, '')) && !/^[A-Z][a-z]+s?$/.test(nameText)) ||
      /\d+(st|nd|rd|th) /.test(phrase);
    const inPhraseDate = findDates(phrase, ctx.articleDate)[0] ?? null;
    // "have met ... since X's trip": the verb counts back to the phrase's event, it does not report it.
    const verbNear = /\b(met|meet|spoke|held|holding|holds|received)\b(?![^,;]*\bsince\b)/.test(
      s.slice(Math.max(0, start - 40), start),
    );
    // "Ministers from A and B met in Oslo for the Regional Meeting on X": with no person before it, the verb reports
    // the named meeting, which the noun phrase must make.
    const groupOccasion =
      named &&
      /\b(?:for|at)\s+$/.test(s.slice(Math.max(0, start - 6), start)) &&
      !ments.some((m) => m.start - si.start < start);
    if (verbNear && !sidelines && !groupOccasion) continue;
    let to = end;
    // "Tuesday's meeting on reform is being hosted by X": the agents of a host verb take part.
    const hostedBy = HOSTED_BY_AFTER.exec(tail);
    if (hostedBy) to = clauseEndAfter(s, end + hostedBy[0].length);
    if (between) {
      OBJECT_STOP.lastIndex = end + between[0].length;
      const stop = OBJECT_STOP.exec(s);
      // The people of "with X" end at the clause's end or the next meeting verb ("..., and then Y met Z").
      to = Math.min(stop ? stop.index : s.length, clauseEndAfter(s, end), nextVerbAt(s, end));
      const objAt = end + between[0].length;
      const held = /\s(?:took place|was held|were held|in [A-Z]|on [A-Z])/.exec(s.slice(objAt));
      if (held) to = Math.min(to, objAt + held.index);
      to = Math.min(to, mainClauseAt(s, start, objAt));
    }
    const after = heldM ? s.slice(end, end + 120).split(/,\s/)[0]! : '';
    const heldDate = heldM ? (findDates(after, ctx.articleDate)[0] ?? null) : null;
    const heldPlace = heldM ? findPlace(after, 0, after.length) : null;
    // "a meeting of foreign ministers of both countries in Lisbon on Wednesday": where and when follow whose it is.
    // A definite phrase ("the meeting of the chiefs") refers back to a meeting already reported; it names none.
    const ownLen =
      named || between || (!upcoming && /^(?:the|this|that|their) /i.test(phrase)) ? 0 : ownTailLength(tail);
    const futureClause = futureAfter ? tail.slice(futureAfter[0].length).split(/[,;]/)[0]! : '';
    // "talks between A and B hosted by Beijing in April": the host's city and the time that follows.
    const hostedAt = HOSTED_PARTICIPLE_RE.exec(tail);
    const hostClause = hostedAt
      ? tail.slice(hostedAt.index + hostedAt[0].length - hostedAt[2]!.length).split(/[,;]/)[0]!
      : '';
    const inPlace = /^\s+(?:in|at) (?:the )?[A-Z]/.test(tail.slice(ownLen))
      ? findPlace(tail, ownLen, ownLen + 40)
      : futureClause
        ? findPlace(futureClause, 0, futureClause.length)
        : hostedAt
          ? hostPlace(hostedAt[2]!, / by /.test(hostedAt[0]))
          : null;
    const clauseTail = between
      ? s.slice(to, ((OBJECT_STOP.lastIndex = to), OBJECT_STOP.exec(s)?.index ?? s.length))
      : '';
    const betweenPlace = between ? findPlace(clauseTail, 0, clauseTail.length) : null;
    // "X is in the US for a highly anticipated visit", "X will travel to Doha next week for talks with Y": being or
    // going somewhere for a visit or talks is taking part, there, then.
    const presence = /^(?:visit|trip|talks|meeting)/i.test(nm[2]!)
      ? PRESENCE_RE.exec(s.slice(Math.max(0, start - 80), start))
      : null;
    const date =
      inPhraseDate ??
      heldDate ??
      attachedDate(s.slice(end, end + 400), ctx.articleDate) ??
      (ownLen ? attachedDate(s.slice(end + ownLen, end + 400), ctx.articleDate) : null) ??
      // "the meetings ... are due to take place in Lisbon from August 28": the date of the clause announcing it.
      (futureAfter ? (findDates(futureClause, ctx.articleDate)[0] ?? null) : null) ??
      (hostedAt ? (findDates(hostClause, ctx.articleDate)[0] ?? null) : null) ??
      (groupOccasion ? (dates[0] ?? null) : null) ??
      // "In March 2023, the two countries ... at a summit in Tokyo": a date opening the sentence with no person after it.
      (inPlace && dates[0] && dates[0].index < 4 && !ments.some((m) => m.start - si.start < start)
        ? dates[0]
        : null) ??
      (presence ? (findDates(presence[0], ctx.articleDate)[0] ?? null) : null);
    // "X is due to pay a state visit to Y", "X hosted a dinner": a light verb right before the phrase.
    const lightVerb = LIGHT_VERB_RE.exec(s.slice(Math.max(0, start - 40), start));
    // Where the verb whose subject takes part begins, in the sentence.
    const lightAt = lightVerb
      ? Math.max(0, start - 40) + lightVerb.index
      : presence
        ? Math.max(0, start - 80) + presence.index
        : null;
    // "... met in Manado for the X Meeting": the place of the verb is the occasion's.
    const occasionPlace = groupOccasion ? findPlace(s, 0, start) : null;
    const specific = !!(
      date ||
      (named && lightAt !== null) ||
      !!presence ||
      heldPlace ||
      inPlace ||
      betweenPlace ||
      sidelines ||
      occasionPlace ||
      hostedBy
    );
    const ps = ments.filter((m) => m.start - si.start >= start && m.start - si.start < to && !claimed.has(m));
    const theirWords = /\btheir ((?:[a-z-]+,? (?:and )?){0,4})$/.exec(
      s.slice(Math.max(0, start - 60), start),
    );
    const possessor =
      /^(?:their) /.test(phrase) ||
      // "their first two meetings", not "their defence chiefs held talks" (a verb: "their" is its subject's).
      (!!theirWords && !CLAUSE_VERB_RE.test(theirWords[1]!)) ||
      /^\s+(?:in [A-Z][\w, ]*? )?where (?:they|the two)\b/.test(tail);
    // "X urged ... at a meeting with ASEAN foreign ministers": the subject met an unnamed group.
    const group =
      between && !ps.length ? groupMeeting(si, start, tail, nm[2]!, dates[0] ?? null, upcoming, ctx) : null;
    if (group) {
      nounEvents.push(group);
      continue;
    }
    if (!specific && !(between && ps.length)) continue;
    // "posting that engagement with X": an engagement is an encounter only with a date, a place or a verb of its own.
    if (/^engagement/i.test(nm[2]!) && !date && !inPlace && !heldPlace && !betweenPlace && lightAt === null)
      continue;
    if (!specific && !named && !between) continue;
    for (const m of ps) claimed.add(m);
    // A possessive name opening the phrase ("Kim's talks with ...") is a party to it; one further in names
    // something else ("talks with Kim's envoy" has the envoy, not Kim).
    const head = start + phrase.length - nm[2]!.length;
    const possM = ments.find(
      (m) => m.possessive && m.end - si.start >= start - 3 && m.end - si.start <= Math.min(head, start + 40),
    );
    let participants = ps.filter((m) => !m.possessive || m === possM).map((m) => m.person);
    // "a meeting between the US and Cuban presidents": title references name the parties.
    if (between && !ps.length)
      participants.push(...titleRefs(s.slice(end, to), si.start + end, ctx.people, new Set()));
    if (possM) participants.push(possM.person);
    // "Pakistan President's meeting with X", "the president's talks": the holder of the office is a party to it.
    const office = possM ? null : /^(?:(?:the|The) )?(?:([A-Z][\w.]*) )?([A-Za-z-]+)'s /.exec(phrase);
    if (office && TITLE_HEADS.has(office[2]!.toLowerCase())) {
      const span = office[1] && lookupCountry(office[1]) ? `${office[1]}'s ${office[2]}` : `the ${office[2]}`;
      participants.push(...titleRefs(span, si.start + start, ctx.people, new Set(participants)).slice(0, 1));
    }
    // "X would raise it in her upcoming meeting with Y": "his"/"her" is the person the clause last named.
    else if (
      between &&
      (/^(?:his|her) /i.test(phrase) ||
        /\b(?:his|her)\s+(?:[a-z-]+\s+){0,2}$/.test(s.slice(Math.max(0, start - 30), start)))
    ) {
      const owner = [...ments]
        .reverse()
        .find(
          (m) => m.end - si.start <= start && !m.possessive && !/[;:]/.test(s.slice(m.end - si.start, start)),
        );
      if (owner && !participants.includes(owner.person)) participants.push(owner.person);
    }
    // "X's participation in the summit": X attended it.
    const attendee = ments.find(
      (m) => m.possessive && m.end - si.start < start && ATTENDANCE_RE.test(s.slice(m.end - si.start, start)),
    );
    if (attendee) participants.push(attendee.person);
    // "X is due to pay a state visit to Y", "X hosted a dinner": the subject of a light verb takes part.
    if (lightAt !== null && !possM) {
      const verbAt = lightAt;
      const subject = [...ments]
        .reverse()
        .find((m) => m.end - si.start <= verbAt && !m.possessive && !claimed.has(m));
      // "Y, who paid a courtesy call on him": a relative clause describes the encounter the sentence reports.
      if (subject && !/[.;:]|\bwho\b/.test(s.slice(subject.end - si.start, verbAt))) {
        participants.push(subject.person);
        // "A and B will attend the summit": every subject joined by "and" or a comma.
        let k = ments.indexOf(subject);
        while (
          k > 0 &&
          /^(?:,\s*|\s+and\s+|,\s+and\s+)(?:[A-Z][\w-]*\.?\s+){0,3}$/.test(
            s.slice(ments[k - 1]!.end - si.start, ments[k]!.start - si.start),
          )
        ) {
          k--;
          if (!ments[k]!.possessive) participants.push(ments[k]!.person);
        }
      }
    }
    // "..., where she will hold talks with Y": a pronoun subject right before the phrase is the sentence's subject (its
    // first person), or, opening the sentence, the one the sentence before opened on.
    const pronoun = between ? PRONOUN_BEFORE_RE.exec(s.slice(Math.max(0, start - 50), start)) : null;
    if (
      pronoun &&
      !participants.some((p) => ments.some((m) => m.person === p && m.start - si.start < start))
    ) {
      const who = sentenceOpener(ments.filter((m) => m.start - si.start < start)) ?? previousSubject(si, ctx);
      if (who !== null) participants.push(who);
    }
    // "After talks in Beijing, Foreign Minister Wang said ...": the main clause's subject took part.
    // "At a dinner on Friday night, X backed ...": the subject of the sentence an occasion opens was there.
    const fronted =
      FRONTED_RE.test(s.slice(0, start)) ||
      (/^\s*At\s+$/.test(s.slice(0, start)) && /^(?:dinner|lunch|meeting|summit|talks)/i.test(nm[2]!));
    if (fronted) {
      const comma = s.indexOf(',', end);
      const subject = comma < 0 ? undefined : ments.find((m) => m.start - si.start > comma && !m.possessive);
      // An abbreviated rank ("Gen.", "Adm.") before the name is no sentence end.
      const lead = s
        .slice(comma + 1, subject ? subject.start - si.start : comma + 1)
        .replace(/\b[A-Z][a-z]{0,3}\./g, '');
      if (subject && !/[.;:]/.test(lead)) participants.push(subject.person);
    }
    // "X, speaking at a news conference with Y", "said X, after a meeting with Y": the person just named met Y too.
    if (between?.[1] === 'with' && ps.length && !possM && !fronted) {
      const before = [...ments].reverse().find((m) => m.end - si.start <= start && !m.possessive);
      if (before && SUBJECT_TO_PHRASE_RE.test(s.slice(before.end - si.start, start)))
        participants.unshift(before.person);
    }
    // "their meetings": the people the sentence named before the phrase, else those of the meeting in focus.
    const owners = possessor ? sentenceOwners(ments, si, start, claimed) : [];
    if (possessor)
      participants = [...(owners.length >= 2 ? owners : (current?.participants ?? [])), ...participants];
    if (!participants.length && /summit/i.test(nm[2]!)) participants = headsOfStates(phrase, ctx.people);

    const ord = /^(\d+)(?:st|nd|rd|th) /.exec(nameText);
    const series = named ? nameText.replace(LEADING_DATE_OR_ORDINAL, '') : null;
    // "their conversations in Seoul and Tokyo": one encounter per city, each with that city's state's people.
    const perCity =
      /s$/.test(nm[0]) && participants.length > 2
        ? perCityMeetings(
            tail,
            participants,
            { name: nameText, head: nm[2]!, date: date?.value ?? null, sentence: si.index },
            ctx,
          )
        : null;
    if (perCity) {
      nounEvents.push(...perCity);
      continue;
    }
    // "meetings with A and B", "their meetings with C": one encounter per counterpart.
    const guests = ps.filter((m) => !m.possessive).map((m) => m.person);
    const hosts = possM
      ? [possM.person]
      : owners.length || !PLURAL_HEAD.test(nm[0]) || guests.length < 2
        ? owners
        : pluralHost(si, start, ctx, new Set(guests));
    if (
      PLURAL_HEAD.test(nm[0]) &&
      /^(?:with|to)$/.test(between?.[1] ?? '') &&
      guests.length + hosts.length > 2 &&
      !named
    ) {
      const each =
        hosts.length >= 2 && guests.length === 1
          ? hosts.map((h) => [h, ...guests])
          : guests.map((g) => [...hosts, g]);
      for (const people of each)
        nounEvents.push(
          meetingDraft({
            name: null,
            kind: kindOf(nm[2]!),
            date: date?.value ?? null,
            place: inPlace?.name ?? betweenPlace?.name ?? null,
            participants: uniq(people),
            sentence: si.index,
            // Undated and not marked as past: the news of the day, like one meeting's phrase below; "it comes on the
            // heels of ... meetings with A and B": before the news, in the month of the report.
            context: !!date || PAST_MARK.test(s.slice(Math.max(0, start - 20), end)),
            ...(!date && PRECEDING_RE.test(s.slice(0, start)) ? { recent: true } : {}),
          }),
        );
      continue;
    }
    // "an earlier round of talks between Hamas and Fatah": parties that are no people name the meeting.
    // "talks between Serbia and Kosovo in Geneva on Thursday": two states or bodies are the parties too.
    const parties =
      between?.[1] === 'between' && !uniq(participants).length
        ? BODY_PARTIES_RE.exec(tail.slice(between[0].length))
        : null;
    const betweenBodies =
      hostedAt?.[1] && !uniq(participants).length
        ? `${nm[2]!.toLowerCase()} ${hostedAt[1].trim()}`
        : parties
          ? `${nm[2]!.toLowerCase()} between ${parties[1]} and ${parties[2]}`
          : null;
    const name = betweenBodies
      ? betweenBodies
      : named
        ? titledName(
            nameText,
            tail,
            /\b(?:[Tt]he|[Aa]n?) ((?:[a-z-]+ ){1,2})$/.exec(s.slice(Math.max(0, start - 30), start))?.[1],
          )
        : (upcoming ? date : (ownLen && (date || inPlace)) || (date && inPlace)) &&
            !between &&
            !possM &&
            !uniq(participants).length
          ? plainName(
              s.slice(Math.max(0, start - 40), start + phrase.length - nm[2]!.length),
              nm[2]!,
              tail,
              PLURAL_HEAD.test(nm[0]),
            )
          : null;
    // "the meetings of foreign and defence ministers": one meeting per group when nobody is named at them.
    const names = name && !uniq(participants).length && PLURAL_GROUPS.test(nm[0]) ? eachGroup(name) : [name];
    if (names.length > 1)
      for (const n of names.slice(1))
        nounEvents.push(
          meetingDraft({
            name: n,
            kind: kindOf(nm[2]!),
            date: (upcoming ? date?.ahead : undefined) ?? date?.value ?? null,
            place: heldPlace?.name ?? inPlace?.name ?? null,
            participants: [],
            sentence: si.index,
            context: true,
            ...(upcoming ? { planned: true } : {}),
          }),
        );
    nounEvents.push({
      name: names[0]!,
      kind: kindOf(nm[2]!),
      date: (upcoming ? date?.ahead : undefined) ?? date?.value ?? null,
      dateExplicit: !!date,
      place:
        heldPlace?.name ??
        inPlace?.name ??
        // "..., where she will hold talks with Y": the place before "where".
        (pronoun ? whereAntecedent(s, s.lastIndexOf(',', start) + 1) : null) ??
        betweenPlace?.name ??
        occasionPlace?.name ??
        presence?.[1] ??
        null,
      format: /virtual|video/.test(phrase) ? 'virtual' : /phone|telephone/.test(phrase) ? 'phone' : null,
      participants: uniq(participants),
      principals: uniq(participants),
      sentences: [si.index],
      ordinal: ord ? Number(ord[1]) : null,
      series: series && /[A-Z]/.test(series) ? series : null,
      // An undated phrase naming two parties and not marked as past is the news of the day, like a verb.
      context: !(
        uniq(participants).length >= 2 &&
        !date &&
        !PAST_MARK.test(s.slice(Math.max(0, start - 20), end))
      ),
      sidelines,
      ...(upcoming ? { planned: true } : {}),
      // "X is in the US for a visit": under way as the report is written, so in its month.
      ...(presence && !date && !upcoming ? { recent: true } : {}),
      ...(/\b(?:trilateral|three-way|multilateral|quadrilateral|four-way)\b/i.test(phrase)
        ? { multilateral: true }
        : {}),
      ...(/^(?:the|this|that) /i.test(phrase) && !named ? { definite: true } : {}),
      // "the talks between Kim and Ma": a definite phrase with nothing of its own refers back to a meeting.
      // "After talks in Beijing, X said": a fronted phrase refers to the meeting in focus, even with a place.
      ...((fronted ||
        (/^(?:the|their|this|that|these|those|his|her) /i.test(phrase) && !inPlace && !heldPlace)) &&
      !named &&
      !date
        ? { reference: true }
        : {}),
    });
  }
  return nounEvents;
}
