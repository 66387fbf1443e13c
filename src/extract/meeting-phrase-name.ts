// What a meeting phrase is called when the words after its head noun belong to the name: "the Meeting on Border
// Security and Migration", "a meeting of the G20", "a customs dialogue on the issue of smuggling".

// "on"/"of" followed by a run of capitalised words (with the small words a title keeps lower-case).
const TITLE_TAIL =
  /^ +(?:[Oo]n|[Oo]f) +(?:the +)?[A-Z][\w'-]*(?:,? +(?:(?:and|of|the|for|on|in|among|between|And|Of|The|For|On|In|Among|Between) +)*[A-Z][\w'-]*)*/;
// A topic in plain words: "on" and up to six words, ending before a date, a place, a clause or the people.
const TOPIC_TAIL =
  /^ +on +(?!(?:him|her|them|it|us|me|you|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December|\d)\b)((?:(?!(?:in|at|with|between|among|next|later|this|that|which|who|to|and|but|on|is|are|was|were|will|would|begins?|opens?|starts?|resumes?)\b)[\w'-]+ *){1,6})/;
// Whose meeting it is: "of the G7 industrialised countries", up to three plain words after a capitalised one.
// A capitalised name runs on across its small words: "of the Foreign Affairs Council of the European Union".
const OF_TAIL =
  /^ of (?:the )?[A-Z][\w'-]*(?: (?:(?:of|for|and|on) (?:the )?)?[A-Z][\w'-]*)*(?: (?!(?:in|at|with|between|next|later|this|on|to|and|is|are|was|were|will|would)\b)[a-z][\w'-]*){0,3}/;
// Or a group in plain words: "of foreign ministers of both countries", "of the bloc's finance chiefs".
const GROUP_OF_TAIL =
  /^ of (?:the )?(?:[\w'-]+ ){0,3}?(?:ministers|leaders|heads of (?:state|government)|officials|envoys|chiefs|countries|nations|states|members)(?: of (?:the )?(?:both|the two|two|[A-Z][\w'-]*) ?(?:countries|nations|sides|states)?)?/;
// "in April", "in Lisbon": when or where, said right after a name of no more than modifiers and head noun.
const IN_TAIL = /^ in (?:the )?[A-Z][\w'-]*(?: [A-Z][\w'-]*)*/;

/** How many characters after the head noun belong to the phrase's own name ("of …", "on …"); 0 when none. */
export function ownTailLength(tail: string): number {
  return (TOPIC_TAIL.exec(tail) ?? OF_TAIL.exec(tail) ?? GROUP_OF_TAIL.exec(tail))?.[0].trimEnd().length ?? 0;
}

// The words that modify a head noun in plain English: "a law enforcement dialogue", "the next customs meeting".
// A verb ends them: "the United States began talks in X" names "talks in X".
const MODIFIERS =
  /(?:^|\b(?:[Aa]|[Aa]n|[Tt]he|[Nn]ext|[Tt]his)\s+)((?:(?![\w-]+'s |[a-z]+ed |(?:began|begin|begins|hold|holds|had|has|have|met|meet|meets|will|would|to|is|are|was|were|led|leads)\b)[\w'-]+ +){0,3})$/;

// Lower-case words that belong to a named meeting's name: "the informal EU Council meeting", "an emergency UN session".
const NAME_MODIFIERS =
  /^(?:(?:informal|extraordinary|emergency|special|annual|regular|formal|ministerial) )+$/;

/** The head-noun phrase's own name extended by a capitalised "on …"/"of …" (or whose it is: "of foreign ministers")
 * that follows it, and by the lower-case modifiers of its kind before it. */
export function titledName(nameText: string, tail: string, before = ''): string {
  const m = TITLE_TAIL.exec(tail) ?? GROUP_OF_TAIL.exec(tail);
  const lead = NAME_MODIFIERS.test(before) ? before : '';
  return (lead + (m ? nameText + m[0].replace(/,$/, '').trimEnd() : nameText)).replace(/\s+/g, ' ');
}

/** "meetings of foreign and defence ministers" → one name per group: "meeting of foreign ministers", "meeting of
 * defence ministers"; any other name stays whole. */
export function eachGroup(name: string): string[] {
  const m = /^(.*?)s of (?:the )?([\w-]+) and ([\w-]+) ([\w-]+)$/.exec(name);
  if (!m || !/^(?:ministers|leaders|chiefs|officials|envoys)$/.test(m[4]!)) return [name];
  return [`${m[1]} of ${m[2]} ${m[4]}`, `${m[1]} of ${m[3]} ${m[4]}`];
}

/** A plain name for an announced encounter nobody is named at (its modifiers, head noun and topic), or null when
 * the phrase says no more than its head noun. */
export function plainName(before: string, head: string, tail: string, plural = false): string | null {
  const mods = MODIFIERS.exec(before)?.[1] ?? '';
  const topic = tail.slice(0, ownTailLength(tail));
  // "the next meeting in April", "talks in Geneva": the time or place said right after it tells this meeting from others.
  const when = topic ? '' : (IN_TAIL.exec(tail)?.[0] ?? '');
  // A plural ("a series of meetings in X") is several encounters, none of which the place alone tells apart.
  if (!mods && !topic && (!when || plural)) return null;
  return `${mods}${head}${topic}${when}`.replace(/\s+/g, ' ').trim();
}
