// The author of a first-person release ("Today I met the Foreign Minister of X"): the person the release opens on.
import type { Person, PersonMention } from './people.types';
import type { SentenceInfo } from './meeting.types';

// "I", with the auxiliaries and adverbs that may follow it before the verb.
const I_THEN = String.raw`I\s+(?:(?:also|will|have|had|then|today|later|yesterday|recently|warmly)\s+)*`;
/** "I will also" right before a verb: the writer is its subject. */
export const FIRST_PERSON_SUBJECT = new RegExp(String.raw`\b${I_THEN}$`);
// "I met", "Today I also held talks", "I will travel": the writer as the subject of an encounter.
const FIRST_PERSON_RE = new RegExp(
  String.raw`(?:^|[.;:]\s+|,\s+|\band\s+)(?:(?:Today|Yesterday|Tomorrow|This (?:morning|afternoon|evening|week)|Earlier today|Later today|On [A-Z][a-z]+|Also),?\s+)?${I_THEN}(?:met|meet|spoke|speak|called|held|hold|visited|visit|travel|travelled|traveled|welcomed|hosted|received)\b`,
);

/** Whether offset `at` of sentence `s` is inside a quotation ("'I met him,' she said" is someone else's "I"). */
export function insideQuote(s: string, at: number): boolean {
  return ((s.slice(0, at).match(/["“”]/g) ?? []).length & 1) === 1;
}

/** The person who writes a first-person release: the first person named before its first "I met ..." outside
 *  quotes; null for articles that never speak so. */
export function releaseAuthor(infos: readonly SentenceInfo[], people: readonly Person[]): number | null {
  const first = infos.find((si) => {
    if (!si.norm.includes('I ')) return false;
    const m = FIRST_PERSON_RE.exec(si.norm);
    return !!m && !insideQuote(si.norm, m.index);
  });
  if (!first) return null;
  let author: PersonMention | null = null;
  for (const p of people)
    for (const m of p.mentions)
      if (m.sentence >= 0 && m.sentence <= first.index && (!author || m.start < author.start)) author = m;
  return author ? author.person : null;
}
