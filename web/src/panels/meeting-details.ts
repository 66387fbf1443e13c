import type { Meeting, Neighborhood, Participant } from '../api/api.types';
import { runOperation } from '../api/parley-api';

/**
 * Assembles a meeting from the named operations alone: its neighbourhood gives participants (with the
 * ATTENDED title), topics and place; MeetingsBetween two participants (or one participant's profile)
 * gives the sources.
 */
export async function loadMeeting(id: string, around?: Neighborhood): Promise<Meeting | null> {
  const hood = around ?? (await runOperation('Neighborhood', { name: id, depth: 1 })).neighborhood;
  if (!hood) return null;
  const byId = new Map(hood.nodes.map((n) => [n.id, n]));
  const self = byId.get(id) ?? { ...hood.center, date: null };
  const people: Participant[] = [];
  const topics = [];
  let place: Meeting['place'] = null;
  for (const e of hood.edges) {
    const other = byId.get(e.source === id ? e.target : e.target === id ? e.source : '');
    if (!other) continue;
    if (e.type === 'ATTENDED' && other.label === 'Person') {
      people.push({
        role: null,
        title: e.title ?? null,
        person: { id: other.id, label: other.label, name: other.name },
      });
    } else if (e.type === 'DISCUSSED') {
      topics.push({ id: other.id, label: other.label, name: other.name });
    } else if (e.type === 'HELD_IN') {
      place = { id: other.id, label: other.label, name: other.name };
    }
  }
  const fallback: Meeting = {
    id,
    label: 'Meeting',
    name: self.name,
    kind: self.kind ?? null,
    date: self.date ?? null,
    place,
    participants: people,
    topics,
    sources: [],
  };
  const [a, b] = people;
  if (a && b) {
    const between = await runOperation('MeetingsBetween', { a: a.person.id, b: b.person.id });
    const full = between.meetingsBetween.edges.find((edge) => edge.node.id === id)?.node;
    if (full) return full;
  }
  if (a) {
    const profile = await runOperation('PersonProfile', { name: a.person.id });
    const seen = profile.person?.meetings.edges.find((edge) => edge.node.id === id)?.node;
    if (seen) return { ...fallback, place: seen.place ?? fallback.place, sources: seen.sources ?? [] };
  }
  return fallback;
}
