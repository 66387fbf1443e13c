import { foldName } from '../../../src/domain/names';
import { useSeededApi } from './api-fixture';
import { type Executed } from './api-harness';
import { profileSteps } from './plan-steps';

// An organization's people, oldest first across its departments, paged by cursor: dated positions come from the
// (org, since) index, undated ones after them, ties on a day by person, organization and title.

const P = 'orgpagetest';
const MINISTRY = { id: `org:xp:${P}-ministry`, name: 'Ministry of Pagetest Affairs' };
const DEPARTMENT = { id: `org:xp:${P}-department`, name: 'Department of Pagetest Planning' };
type AnyData = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

interface Seat {
  person: number;
  org: string;
  title: string;
  since: string | null;
}

// 30 positions in the ministry and its department: days shared by several holders, a person with two titles, and
// undated positions in both units
const seats: Seat[] = Array.from({ length: 30 }, (_, i) => ({
  person: i % 13,
  org: i % 3 === 0 ? DEPARTMENT.id : MINISTRY.id,
  title: i < 13 ? 'Envoy' : 'Adviser',
  since: i % 7 === 0 ? null : `2023-0${1 + (i % 5)}-1${i % 2}`,
}));
const personId = (n: number) => `person:${P}-${String(n).padStart(2, '0')}`;

const SEED = `
CREATE (m:Organization {id: $ministry.id, name: $ministry.name, kind: 'ministry', country: 'XP', aliases: [], nameKeys: [$ministryKey]})
CREATE (d:Organization {id: $department.id, name: $department.name, kind: 'department', country: 'XP', aliases: [], nameKeys: []})
CREATE (d)-[:PART_OF {sourceCount: 1}]->(m)
MERGE (k:NameKey {key: $ministryKey})
CREATE (k)-[:KEY_OF]->(m)
WITH count(*) AS _
UNWIND range(0, 12) AS n
CREATE (:Person {id: $people[n], name: 'Pagetest Holder ' + n, aliases: [], nameKeys: []})
WITH count(*) AS _
UNWIND $seats AS s
MATCH (p:Person {id: $people[toInteger(s.person)]}), (o:Organization {id: s.org})
CREATE (p)-[:HOLDS_POSITION {title: s.title, org: o.id, since: date(s.since), until: date(s.since), sourceCount: 1}]->(o)
`;

const seeded = useSeededApi({
  async seed(client) {
    await client.runRaw(SEED, {
      ministry: MINISTRY,
      department: DEPARTMENT,
      ministryKey: foldName(MINISTRY.name),
      people: Array.from({ length: 13 }, (_, n) => personId(n)),
      seats,
    });
  },
  async clean(client) {
    await client.runRaw(
      `MATCH (n) WHERE n.id STARTS WITH 'person:${P}' OR n.id STARTS WITH 'org:xp:${P}' DETACH DELETE n`,
    );
    await client.runRaw('MATCH (k:NameKey {key: $key}) DETACH DELETE k', { key: foldName(MINISTRY.name) });
  },
});

const PAGE = `query($after: String) {
  organization(name: "${MINISTRY.name}") {
    people(first: 4, after: $after) {
      totalCount pageInfo { hasNextPage endCursor }
      edges { node { title since person { id } organization { id } } }
    }
  }
}`;

test('pages every position once, oldest first, undated last, ties by person, organization and title', async () => {
  const expected = seats
    .map((s) => ({ since: s.since, key: `${personId(s.person)}|${s.org}|${s.title}`, s }))
    .sort(
      (a, b) => (a.since ?? '9999-12-31').localeCompare(b.since ?? '9999-12-31') || (a.key < b.key ? -1 : 1),
    )
    .map(({ s }) => [personId(s.person), s.org, s.title, s.since]);
  const seen: unknown[] = [];
  let after: string | null = null;
  for (let page = 0; page < 20; page++) {
    const answer: Executed<AnyData> = await seeded.api.run<AnyData>(PAGE, { after });
    expect(answer.errors).toBeUndefined();
    const people: AnyData = answer.data!.organization.people;
    expect(people.totalCount).toBe(seats.length);
    for (const e of people.edges)
      seen.push([e.node.person.id, e.node.organization.id, e.node.title, e.node.since]);
    if (!people.pageInfo.hasNextPage) break;
    after = people.pageInfo.endCursor;
  }
  expect(seen).toEqual(expected);
});

test("reads about a page of a big organization's positions from the (org, since) index, not all of them", async () => {
  const params = { ids: [MINISTRY.id], limit: 3, afterSort: null, afterId: null, detail: false };
  const ops = await profileSteps('queries/organization-people', params);
  const seeks = ops.filter((op) =>
    /^DirectedRelationshipIndexSeek .*HOLDS_POSITION\(org, since\)/.test(op.text),
  );
  expect(seeks).toHaveLength(1);
  // each unit's partial top stops once the day of its third row is done: about 9 of the 25 dated positions here
  const dated = seats.filter((s) => s.since !== null).length;
  expect(seeks[0]!.rows).toBeLessThan(dated / 2);
  // both units filled the page from the index, so no unit's undated positions were read
  expect(
    ops.filter((op) => /^Expand\(All\) .*HOLDS_POSITION/.test(op.text)).every((op) => op.rows === 0),
  ).toBe(true);
  const [row] = await seeded.client.read<{ nodes: unknown[] }>('queries/organization-people', params);
  expect(row!.nodes).toHaveLength(3);
});
