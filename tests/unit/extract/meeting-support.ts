// Builds an article from invented sentences and reads back its meetings by participant names.
import { extractArticle } from '../../../src/extract/extract-article';

export interface MeetingView {
  who: string[];
  date: string | null;
  kind: string;
  place: string | null;
  status?: string;
}

/** The extraction of an article made of invented sentences, with a test header. */
export function articleOf(body: string, date = '2024-07-25', source = 'test wire') {
  return extractArticle(`title: test\ndate: ${date}\nsource: ${source}\n\n${body}`);
}

export function meetingsOf(body: string, date = '2024-07-25', source = 'test wire'): MeetingView[] {
  const x = articleOf(body, date, source);
  const name = new Map(x.people.map((p) => [p.id, p.name]));
  const place = new Map(x.places.map((l) => [l.id, l.name]));
  return x.meetings.map((m) => ({
    who: m.participants.map((id) => name.get(id)!).sort(),
    date: m.date,
    kind: m.kind,
    place: m.place ? (place.get(m.place) ?? null) : null,
    ...((m as { status?: string }).status ? { status: (m as { status?: string }).status } : {}),
  }));
}

/** The participant sets of the meetings, each sorted, for order-free comparison. */
export function pairsOf(body: string, date?: string): string[][] {
  return meetingsOf(body, date)
    .map((m) => m.who)
    .sort((a, b) => a.join().localeCompare(b.join()));
}
