import { operation } from './api-harness';
import { ids, useSeededApi } from './api-fixture';

// Every example operation against a seeded graph (docs/graph-model.md shapes), asserting the answers.

const seeded = useSeededApi();

const names = (xs: { name: string }[]) => xs.map((x) => x.name);
type AnyData = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

test('Counterparts ranks by shared meetings, through an alias in another name order', async () => {
  const { data, errors, statements } = await seeded.api.run<AnyData>(operation('Counterparts'), {
    name: 'vexler ALMA',
  });
  expect(errors).toBeUndefined();
  const c = data!.counterparts;
  expect(c.person.name).toBe('Alma Vexler');
  expect(c.totalCount).toBe(3);
  expect(
    c.edges.map((e: AnyData) => [
      e.node.person.name,
      e.node.sharedMeetings,
      e.node.firstDate,
      e.node.lastDate,
    ]),
  ).toEqual([
    ['Boris Quell', 2, '2024-03-05', '2024-05'],
    ['Dara Pell', 2, '2023', '2024-05'],
    ['Cato Dunmore', 1, '2024-03-05', '2024-03-05'],
  ]);
  expect(c.edges[0].node.person.country).toEqual({ id: 'XB', label: 'Country', name: 'Borduria' });
  expect(statements).toEqual(['queries/counterparts-by-name']);
});

test('A counterpart carries every Person field as the person lookup gives them', async () => {
  const fields = 'id label name aliases title countryCode firstSeen lastSeen country { id label name }';
  const { data, errors } = await seeded.api.run<AnyData>(
    `query ($name: String!) { counterparts(name: $name, first: 10) { edges { node { person { ${fields} } } } } }`,
    { name: 'Alma Vexler' },
  );
  expect(errors).toBeUndefined();
  const people = data!.counterparts.edges.map((e: AnyData) => e.node.person);
  expect(people.length).toBeGreaterThan(1);
  for (const person of people) {
    const looked = await seeded.api.run<AnyData>(`query ($id: String!) { person(name: $id) { ${fields} } }`, {
      id: person.id,
    });
    expect(person).toEqual(looked.data!.person);
  }
});

test('MeetingsBetween gives both meetings with titles held then, topics and sources', async () => {
  const { data, errors } = await seeded.api.run<AnyData>(operation('MeetingsBetween'), {
    a: 'Alma Vexler',
    b: 'Boris Quell',
  });
  expect(errors).toBeUndefined();
  const edges = data!.meetingsBetween.edges.map((e: AnyData) => e.node);
  expect(edges.map((m: AnyData) => [m.name, m.date, m.status])).toEqual([
    ['Apitest Summit', '2024-05', 'PLANNED'],
    ['1st Apitest Strategic Dialogue', '2024-03-05', 'HELD'],
  ]);
  const dialogue = edges[1];
  expect(dialogue.place.name).toBe('Apitest City');
  expect(dialogue.place.country.id).toBe('XA');
  expect(dialogue.participants.map((p: AnyData) => [p.person.name, p.title, p.role])).toEqual([
    ['Alma Vexler', 'Foreign Minister', 'principal'],
    ['Boris Quell', 'Vice Minister', 'principal'],
    ['Cato Dunmore', 'Director-General', 'participant'],
  ]);
  expect(names(dialogue.topics)).toEqual(['Apitest security', 'Apitest trade']);
  expect(dialogue.sources).toEqual([
    expect.objectContaining({
      articleId: ids.a1,
      title: 'Apitest ministers hold strategic dialogue',
      date: '2024-03-06',
      sentence: 'Alma Vexler met Boris Quell for the 1st Apitest Strategic Dialogue.',
      start: 0,
      end: 66,
    }),
  ]);
  // The summit's participant title is the one held then, not the latest.
  expect(edges[0].participants.find((p: AnyData) => p.person.name === 'Boris Quell').title).toBe(
    'Deputy Minister',
  );
});

test('PersonProfile lists titles, counterparts and meetings oldest first', async () => {
  const { data, errors, statements } = await seeded.api.run<AnyData>(operation('PersonProfile'), {
    name: 'Alma Vexler',
  });
  expect(errors).toBeUndefined();
  // the positions' sources come with the person, in its one statement
  expect(statements).toEqual(['queries/person-profile']);
  const p = data!.person;
  expect(p.country.name).toBe('Arcadia');
  expect(
    p.positions.map((x: AnyData) => [
      x.title,
      x.organization.name,
      x.organization.country.id,
      x.since,
      x.until,
    ]),
  ).toEqual([['Foreign Minister', 'Ministry of Apitest Affairs', 'XA', '2024-03-06', '2024-05-31']]);
  // Newest first: article 2 is dated after article 1.
  expect(p.positions[0].sourceCount).toBe(2);
  expect(p.positions[0].sources.totalCount).toBe(2);
  expect(p.positions[0].sources.edges.map((e: AnyData) => e.node.articleId)).toEqual([ids.a2, ids.a1]);
  expect(p.meetings.edges.map((e: AnyData) => e.node.date)).toEqual(['2023', '2024-03-05', '2024-05']);
  expect(p.meetings.edges[1].node.place.name).toBe('Apitest City');
  expect(p.meetings.edges[0].node.place).toBeNull();
  expect(p.counterparts.edges[0].node.person.name).toBe('Boris Quell');
});

test("a position's sources page on from the page the profile statement fetched", async () => {
  const query = `query ($after: String) { person(name: "Alma Vexler") { positions {
    sources(first: 1, after: $after) { totalCount pageInfo { hasNextPage endCursor } edges { node { articleId } } } } } }`;
  const first = await seeded.api.run<AnyData>(query, {});
  expect(first.errors).toBeUndefined();
  expect(first.statements).toEqual(['queries/person-profile']);
  const page1 = first.data!.person.positions[0].sources;
  expect(page1.edges.map((e: AnyData) => e.node.articleId)).toEqual([ids.a2]);
  expect(page1.pageInfo.hasNextPage).toBe(true);
  const second = await seeded.api.run<AnyData>(query, { after: page1.pageInfo.endCursor });
  expect(second.errors).toBeUndefined();
  const page2 = second.data!.person.positions[0].sources;
  expect(page2.edges.map((e: AnyData) => e.node.articleId)).toEqual([ids.a1]);
  expect(page2.pageInfo.hasNextPage).toBe(false);
  expect(page2.totalCount).toBe(2);
});

test('MeetingsInRange pages newest first with keyset cursors and a total', async () => {
  const query = operation('MeetingsInRange');
  const first = await seeded.api.run<AnyData>(query, {
    from: '2023',
    to: '2024-12-31',
    country: 'XB',
    first: 2,
  });
  expect(first.errors).toBeUndefined();
  const page1 = first.data!.meetings;
  expect(page1.totalCount).toBe(3);
  expect(page1.edges.map((e: AnyData) => e.node.id)).toEqual([ids.m2, ids.m1]);
  expect(page1.pageInfo.hasNextPage).toBe(true);
  const second = await seeded.api.run<AnyData>(query, {
    from: '2023',
    to: '2024-12-31',
    country: 'xb',
    first: 2,
    after: page1.pageInfo.endCursor,
  });
  expect(second.data!.meetings.edges.map((e: AnyData) => e.node.id)).toEqual([ids.m3]);
  // Stored without a status (loaded before statuses were kept): held.
  expect(second.data!.meetings.edges[0].node.status).toBe('HELD');
  expect(second.data!.meetings.pageInfo.hasNextPage).toBe(false);
  const window = await seeded.api.run<AnyData>(query, { from: '2024-05', to: '2024-05', country: 'XA' });
  expect(window.data!.meetings.edges.map((e: AnyData) => e.node.id)).toEqual([ids.m2]);
});

test('TopicMeetings matches topics containing the text', async () => {
  const { data, errors } = await seeded.api.run<AnyData>(operation('TopicMeetings'), {
    topic: 'Apitest Trade',
  });
  expect(errors).toBeUndefined();
  expect(names(data!.topicMeetings.topics)).toEqual(['Apitest trade']);
  expect(data!.topicMeetings.edges.map((e: AnyData) => e.node.id)).toEqual([ids.m2, ids.m1]);
  expect(data!.topicMeetings.edges[0].node.participants).toHaveLength(3);
});

test('ShortestPath walks people, meetings and organizations in order', async () => {
  const { data, errors } = await seeded.api.run<AnyData>(operation('ShortestPath'), {
    from: 'Cato Dunmore',
    to: 'Apitest Foreign Office',
  });
  expect(errors).toBeUndefined();
  const path = data!.shortestPath;
  expect(path.length).toBe(3);
  expect(path.nodes.map((n: AnyData) => n.label)).toEqual(['Person', 'Meeting', 'Person', 'Organization']);
  expect(path.edges.map((e: AnyData) => e.type)).toEqual(['ATTENDED', 'ATTENDED', 'HOLDS_POSITION']);
  const none = await seeded.api.run<AnyData>(operation('ShortestPath'), {
    from: 'Cato Dunmore',
    to: 'nobody at all',
  });
  expect(none.data!.shortestPath).toBeNull();
});

test('ShortestPath follows only the fact types a request names', async () => {
  const path = async (types: string) =>
    (
      await seeded.api.run<AnyData>(
        `query { shortestPath(from: "Cato Dunmore", to: "Apitest Foreign Office", types: [${types}]) { edges { type } } }`,
      )
    ).data!.shortestPath?.edges.map((e: AnyData) => e.type) ?? null;
  expect(await path('ATTENDED, HOLDS_POSITION')).toEqual(['ATTENDED', 'ATTENDED', 'HOLDS_POSITION']);
  // without HOLDS_POSITION the chain must end another way, or not at all: never through the type left out
  const other = await path('ATTENDED, REPRESENTS, OF_COUNTRY, PART_OF, DISCUSSED, HELD_IN, IN_COUNTRY');
  expect(other === null || !other.includes('HOLDS_POSITION')).toBe(true);
  expect(await path('ATTENDED')).toBeNull();
});

test('Neighborhood returns nodes with depths and the edges among them', async () => {
  const { data, errors } = await seeded.api.run<AnyData>(operation('Neighborhood'), {
    name: ids.m2,
    depth: 1,
  });
  expect(errors).toBeUndefined();
  const n = data!.neighborhood;
  expect(n.center.id).toBe(ids.m2);
  expect(
    n.nodes
      .filter((x: AnyData) => x.depth === 1)
      .map((x: AnyData) => x.name)
      .sort(),
  ).toEqual(['Alma Vexler', 'Apitest City', 'Apitest trade', 'Boris Quell', 'Dara Pell'].sort());
  expect(n.edges).toEqual(
    expect.arrayContaining([
      expect.objectContaining({ source: people0(), target: ids.m2, type: 'ATTENDED' }),
    ]),
  );
  // in one order whatever the store: by id (source|type|target)
  const edgeIds = n.edges.map((e: AnyData) => `${e.source}|${e.type}|${e.target}`);
  expect(edgeIds).toEqual([...edgeIds].sort());
  const deeper = await seeded.api.run<AnyData>(operation('Neighborhood'), {
    name: 'Apitest Summit',
    depth: 2,
  });
  expect(deeper.data!.neighborhood.nodes.some((x: AnyData) => x.id === ids.m1 && x.depth === 2)).toBe(true);
});

test('Neighborhood enters only the meetings of its window', async () => {
  const meetings = async (window: { from?: string; to?: string }) => {
    const r = await seeded.api.run<AnyData>(
      'query($from: String, $to: String) { neighborhood(name: "Alma Vexler", depth: 1, from: $from, to: $to) { nodes { label date } } }',
      window,
    );
    expect(r.errors).toBeUndefined();
    return r
      .data!.neighborhood.nodes.filter((n: AnyData) => n.label === 'Meeting')
      .map((n: AnyData) => n.date)
      .sort();
  };
  const all = await meetings({});
  expect(all.length).toBeGreaterThan(1);
  const late = await meetings({ from: '2024-04-01' });
  expect(late.length).toBeGreaterThan(0);
  expect(late).toEqual(all.filter((d: string) => d >= '2024-04'));
  expect(await meetings({ to: '2024-04-01' })).toEqual(all.filter((d: string) => d < '2024-04'));
});

const people0 = () => 'person:apitest-alma-vexler';

test('Neighborhood and ShortestPath follow article links when asked to', async () => {
  const hood = await seeded.api.run<AnyData>(
    'query($name: String!) { neighborhood(name: $name, depth: 1, types: [MENTIONS, REPORTS]) { nodes { id label depth } edges { type } } }',
    { name: 'Alma Vexler' },
  );
  expect(hood.errors).toBeUndefined();
  const n = hood.data!.neighborhood;
  expect(n.nodes.filter((x: AnyData) => x.depth === 1).map((x: AnyData) => x.label)).toContain('Article');
  expect(n.nodes.some((x: AnyData) => x.label === 'Meeting')).toBe(false);
  expect(new Set(n.edges.map((e: AnyData) => e.type))).toEqual(new Set(['MENTIONS']));
  const path = await seeded.api.run<AnyData>(
    'query { shortestPath(from: "Alma Vexler", to: "Apitest Summit", types: [MENTIONS, REPORTS]) { nodes { label } edges { type } } }',
  );
  expect(path.data!.shortestPath.nodes.map((x: AnyData) => x.label)).toEqual([
    'Person',
    'Article',
    'Meeting',
  ]);
});

test('A typed name means one node: a person by key, a country by folded name or code, an organization', async () => {
  const means = async (name: string) => {
    const r = await seeded.api.run<AnyData>(
      'query($name: String!) { shortestPath(from: $name, to: $name) { nodes { id label } } }',
      { name },
    );
    expect(r.errors).toBeUndefined();
    return r.data!.shortestPath?.nodes.map((n: AnyData) => `${n.label} ${n.id}`).join() ?? null;
  };
  expect(await means('ALMA vexler')).toBe(`Person ${people0()}`);
  // 'Arcadia' is no ISO name: the countries are compared by folded name; 'xa' is read as a code
  expect(await means('arcadia')).toBe('Country XA');
  expect(await means('xa')).toBe('Country XA');
  expect(await means('Ministry of Apitest Affairs')).toMatch(/^Organization /);
  expect(await means('Nobody Atall')).toBeNull();
});

test('Neighborhood shows a hub without passing through it, and says the answer is cut', async () => {
  // Over the country relationships, Alma Vexler's country XA has five: two representatives, two organizations, a place.
  const around = (limit: number, name = 'Alma Vexler', depth = 2) =>
    seeded.api.run<AnyData>(
      'query($name: String!, $depth: Int!, $limit: Int) { neighborhood(name: $name, depth: $depth, limit: $limit, types: [REPRESENTS, OF_COUNTRY, IN_COUNTRY]) { truncated nodes { name depth } } }',
      { name, depth, limit },
    );
  const roomy = (await around(5)).data!.neighborhood;
  expect(roomy.truncated).toBe(false);
  expect(roomy.nodes.map((n: AnyData) => [n.name, n.depth]).sort()).toEqual(
    [
      ['Alma Vexler', 0],
      ['Arcadia', 1],
      ['Apitest City', 2],
      ['Cato Dunmore', 2],
      ['Department of Apitest Planning', 2],
      ['Ministry of Apitest Affairs', 2],
    ].sort(),
  );
  // With room for four, the country has more relationships than the answer holds: shown, not walked through.
  const tight = (await around(4)).data!.neighborhood;
  expect(tight.truncated).toBe(true);
  expect(tight.nodes.map((n: AnyData) => [n.name, n.depth])).toEqual([
    ['Alma Vexler', 0],
    ['Arcadia', 1],
  ]);
  // The center is always expanded, hub or not; then the limit cuts.
  const center = (await around(3, 'XA', 1)).data!.neighborhood;
  expect(center.truncated).toBe(true);
  expect(center.nodes.filter((n: AnyData) => n.depth === 1)).toHaveLength(3);
});

test('Search ranks hits with snippets and highlights', async () => {
  const { data, errors } = await seeded.api.run<AnyData>(operation('Search'), { text: 'Apitest Summit' });
  expect(errors).toBeUndefined();
  const hits = data!.search.edges.map((e: AnyData) => e.node);
  expect(hits[0]).toMatchObject({
    id: ids.m2,
    label: 'Meeting',
    name: 'Apitest Summit',
    snippet: 'Apitest Summit',
  });
  expect(hits[0].highlights).toEqual([
    { start: 0, end: 7 },
    { start: 8, end: 14 },
  ]);
  expect(hits.map((h: AnyData) => h.label)).toContain('Article');
  const scores = hits.map((h: AnyData) => h.score);
  expect([...scores].sort((a, b) => b - a)).toEqual(scores);
});

test('Search folds accents on both sides: a name is found with or without them', async () => {
  const id = 'person:apitest-zoe-ardelean';
  await seeded.client.runRaw(
    "CREATE (:Person {id: $id, name: 'Zoé Ardeléan', aliases: [], aliasText: 'Zoé Ardeléan'})",
    { id },
  );
  try {
    for (const text of ['Ardeléan', 'ardelean', 'ARDELÉAN', 'Zoe Ardelean']) {
      const { data, errors } = await seeded.api.run<AnyData>(operation('Search'), { text });
      expect(errors).toBeUndefined();
      const hit = data!.search.edges.map((e: AnyData) => e.node).find((n: AnyData) => n.id === id);
      expect([text, hit?.snippet]).toEqual([text, 'Zoé Ardeléan']);
    }
  } finally {
    await seeded.client.runRaw('MATCH (p:Person {id: $id}) DETACH DELETE p', { id });
  }
});

test('a one-word name means the one person whose full name holds it, and no one when several do', async () => {
  const made = [
    ['person:apitest-zora-pelletreau', 'Zora Pelletreau', ['zora', 'pelletreau']],
    ['person:apitest-ana-quillfeather', 'Ana Quillfeather', ['ana', 'quillfeather']],
    ['person:apitest-bram-quillfeather', 'Bram Quillfeather', ['bram', 'quillfeather']],
  ] as const;
  // as the loader writes them: a name key for the full name, family keys for its words
  await seeded.client.runRaw(
    `UNWIND $made AS row
     CREATE (p:Person {id: row[0], name: row[1], aliases: [], aliasText: row[1]})
     MERGE (k:NameKey {key: toLower(replace(row[1], ' ', ''))}) MERGE (k)-[:KEY_OF]->(p)
     WITH p, row UNWIND row[2] AS family
     MERGE (f:NameKey {key: family}) MERGE (f)-[:FAMILY_KEY_OF]->(p)`,
    { made },
  );
  try {
    const ask = async (name: string) => {
      const { data, errors } = await seeded.api.run<AnyData>(
        'query ($name: String!) { person(name: $name) { name } neighborhood(name: $name, depth: 1) { nodes { name } } }',
        { name },
      );
      expect(errors).toBeUndefined();
      return [data!.person?.name ?? null, data!.neighborhood?.nodes[0]?.name ?? null];
    };
    expect(await ask('Pelletreau')).toEqual(['Zora Pelletreau', 'Zora Pelletreau']);
    expect(await ask('Quillfeather')).toEqual([null, null]);
    expect(await ask('Bram Quillfeather')).toEqual(['Bram Quillfeather', 'Bram Quillfeather']);
  } finally {
    await seeded.client.runRaw('MATCH (p:Person) WHERE p.id IN $ids DETACH DELETE p', {
      ids: made.map((m) => m[0]),
    });
    await seeded.client.runRaw(
      "MATCH (k:NameKey) WHERE k.key IN ['zorapelletreau', 'anaquillfeather', 'bramquillfeather', 'zora', 'pelletreau', 'ana', 'quillfeather', 'bram'] AND NOT (k)--() DELETE k",
    );
  }
});

test('TopicTrends counts meetings per month per topic and per country pair', async () => {
  const { data, errors } = await seeded.api.run<AnyData>(operation('TopicTrends'), {
    country: 'XA',
    from: '2024',
    to: '2024',
  });
  expect(errors).toBeUndefined();
  const t = data!.topicTrends;
  const mine = (rows: AnyData[]) => rows.filter((r) => r.topic.id.startsWith('topic:apitest'));
  expect(mine(t.rows).map((r: AnyData) => [r.month, r.topic.name, r.count])).toEqual([
    ['2024-03', 'Apitest security', 1],
    ['2024-03', 'Apitest trade', 1],
    ['2024-05', 'Apitest trade', 1],
  ]);
  expect(mine(t.totals).map((r: AnyData) => [r.topic.name, r.count])).toEqual([
    ['Apitest trade', 2],
    ['Apitest security', 1],
  ]);
  expect(mine(t.countryPairs).every((r: AnyData) => r.countries.join() === 'XA,XB')).toBe(true);
});

test('TrendSeries keeps the largest series and sums the rest, as the rows they come from would give', async () => {
  const window = { country: 'XA', from: '2024', to: '2024' };
  const { data, errors } = await seeded.api.run<AnyData>(operation('TrendSeries'), { ...window, top: 1 });
  expect(errors).toBeUndefined();
  const t = data!.topicTrends;
  // the fixture's topics are the only ones XA discussed in 2024: the busier one is kept, the other summed
  expect(t.topicSeries.series.map((s: AnyData) => [s.topic.name, s.total, s.points])).toEqual([
    [
      'Apitest trade',
      2,
      [
        { month: '2024-03', count: 1 },
        { month: '2024-05', count: 1 },
      ],
    ],
  ]);
  expect([t.topicSeries.others, t.topicSeries.other]).toEqual([1, [{ month: '2024-03', count: 1 }]]);
  expect(t.pairSeries.series.map((s: AnyData) => s.countries)).toEqual([['XA', 'XB']]);
  // the same series from the rows (topicSeries then reads them instead of its own statement) and from TopicTrends
  const rows = await seeded.api.run<AnyData>(
    `query($country: String, $from: String, $to: String) { topicTrends(country: $country, from: $from, to: $to) {
      months rows { month }
      topicSeries(top: 1) { series { topic { id label name } total points { month count } } others other { month count } } } }`,
    window,
  );
  expect(rows.data!.topicTrends.months).toEqual(t.months);
  expect(rows.data!.topicTrends.topicSeries).toEqual(t.topicSeries);
  const all = await seeded.api.run<AnyData>(operation('TopicTrends'), window);
  const pairTotal = all.data!.topicTrends.countryPairs.reduce((n: number, r: AnyData) => n + r.count, 0);
  expect(t.pairSeries.series[0].total).toBe(pairTotal);
});

test('TrendSeries refuses a number of series out of range, naming the argument', async () => {
  const { errors } = await seeded.api.run<AnyData>(operation('TrendSeries'), { top: 0 });
  expect(errors?.[0]?.message).toMatch(/top/);
  expect(errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
});

test('OrganizationPeople includes the departments', async () => {
  const { data, errors } = await seeded.api.run<AnyData>(operation('OrganizationPeople'), {
    name: 'Ministry of Apitest Affairs',
  });
  expect(errors).toBeUndefined();
  const o = data!.organization;
  expect(names(o.departments)).toEqual(['Department of Apitest Planning']);
  expect(o.people.totalCount).toBe(2);
  expect(
    o.people.edges.map((e: AnyData) => [e.node.person.name, e.node.title, e.node.organization.name]),
  ).toEqual([
    ['Alma Vexler', 'Foreign Minister', 'Ministry of Apitest Affairs'],
    ['Cato Dunmore', 'Director-General', 'Department of Apitest Planning'],
  ]);
  const dept = await seeded.api.run<AnyData>(operation('OrganizationPeople'), {
    name: 'Department of Apitest Planning',
  });
  expect(dept.data!.organization.parent.name).toBe('Ministry of Apitest Affairs');
});

test("an organization's people page by cursor, by name and through a position, in the same order", async () => {
  const page = (after: string | null) =>
    seeded.api.run<AnyData>(
      `query($after: String) {
        organization(name: "Ministry of Apitest Affairs") {
          people(first: 1, after: $after) { totalCount pageInfo { hasNextPage endCursor } edges { node { person { name } } } }
        }
        person(name: "Alma Vexler") { positions { organization { people(first: 1, after: $after) { totalCount edges { node { person { name } } } } } } }
      }`,
      { after },
    );
  const first = (await page(null)).data!;
  const second = (await page(first.organization.people.pageInfo.endCursor)).data!;
  const named = (d: AnyData) => d.organization.people;
  const viaPosition = (d: AnyData) => d.person.positions[0].organization.people;
  for (const d of [first, second]) {
    expect(named(d).totalCount).toBe(2);
    expect(viaPosition(d).totalCount).toBe(2);
    expect(viaPosition(d).edges).toEqual(named(d).edges);
  }
  const who = (d: AnyData) => named(d).edges.map((e: AnyData) => e.node.person.name);
  expect([...who(first), ...who(second)]).toEqual(['Alma Vexler', 'Cato Dunmore']);
  expect(first.organization.people.pageInfo.hasNextPage).toBe(true);
  expect(second.organization.people.pageInfo.hasNextPage).toBe(false);
});

test('unknown names give null or empty answers, not errors', async () => {
  const unknown = 'Nobody Whatsoever Xyzzy';
  const runs = await Promise.all([
    seeded.api.run<AnyData>(operation('Counterparts'), { name: unknown }),
    seeded.api.run<AnyData>(operation('PersonProfile'), { name: unknown }),
    seeded.api.run<AnyData>(operation('MeetingsBetween'), { a: unknown, b: 'Alma Vexler' }),
    seeded.api.run<AnyData>(operation('OrganizationPeople'), { name: unknown }),
    seeded.api.run<AnyData>(operation('Neighborhood'), { name: unknown, depth: 2 }),
  ]);
  for (const r of runs) expect(r.errors).toBeUndefined();
  expect(runs[0]!.data!.counterparts.totalCount).toBe(0);
  expect(runs[1]!.data!.person).toBeNull();
  expect(runs[2]!.data!.meetingsBetween.edges).toEqual([]);
  expect(runs[3]!.data!.organization).toBeNull();
  expect(runs[4]!.data!.neighborhood).toBeNull();
});
