// The author of a first-person release ("Today I met the Foreign Minister of X"): the person the release opens on.
import type { Person } from './people.types';
import type { SentenceInfo } from './meeting.types';

// "I met", "Today I also held talks", "I will travel": the writer as the subject of an encounter.
const FIRST_PERSON_RE =
  /(?:^|[.;:]\s+|,\s+|\band\s+)(?:(?:Today|Yesterday|Tomorrow|This (?:morning|afternoon|evening|week)|Earlier today|Later today|On [A-Z][a-z]+|Also),?\s+)?I\s+(?:(?:also|will|have|had|then|today|later|yesterday|recently|warmly)\s+)*(?:met|meet|spoke|speak|called|held|hold|visited|visit|travel|travelled|traveled|welcomed|hosted|received)\b/;

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
  let author: { person: number; at: number } | null = null;
  people.forEach((p, i) => {
    for (const m of p.mentions)
      if (m.sentence >= 0 && m.sentence <= first.index && (!author || m.start < author.at))
        author = { person: i, at: m.start };
  });
  return author ? (author as { person: number }).person : null;
}
