import {
  ALL_RELATIONSHIPS,
  FACT_RELATIONSHIPS,
  RelationshipType,
} from '../../../src/api/traversal/relationship-type';
import {
  neighborhoodStatement,
  shortestPathStatement,
} from '../../../src/api/traversal/traversal.repository';
import { foldName, personKey } from '../../../src/domain/names';
import { nameParams } from '../../../src/api/common/name-lookup';
import { factKey } from '../../../src/domain/fact-key';
import { ids, people, useSeededApi } from './api-fixture';
import { profileSteps, type Step } from './plan-steps';

// The plans the API's hot statements must keep, read from PROFILE on the seeded graph (small graphs plan as big ones
// here: these operators do not depend on statistics).

useSeededApi();

describe('ShortestPath', () => {
  it.each([
    ['the fact types', FACT_RELATIONSHIPS],
    ['some fact types', [RelationshipType.ATTENDED, RelationshipType.HOLDS_POSITION]],
    ['every type', ALL_RELATIONSHIPS],
    ['any types', [RelationshipType.ATTENDED, RelationshipType.MENTIONS, RelationshipType.HOLDS_POSITION]],
  ])(
    'over %s runs on the bidirectional ShortestPath operator with the types in the pattern',
    async (_, types) => {
      // by id, as a typed name: the names are resolved in the same statement
      const name = (id: string) => ({ ...nameParams(id)!, code: null });
      const plan = await profileSteps(shortestPathStatement(types, 6), {
        from: name(people[2]!.id),
        to: name(ids.foreignOffice),
        types,
      });
      const shortest = plan.filter((op) => op.text.startsWith('ShortestPath '));
      expect(shortest).toHaveLength(1);
      expect(shortest[0]!.text).toMatch(/-\[\w+:ATTENDED\|[A-Z_|]+\*\.\.6\]-/);
      expect(shortest[0]!.rows).toBe(1);
      // no quantified-path search (StatefulShortestPath), no exhaustive fallback, and no scan but the name lookup's
      // over the Country nodes (a closed set, compared by folded name)
      const text = plan.map((op) => op.text).filter((op) => !/^NodeByLabelScan n:Country\b/.test(op));
      expect(text.join('\n')).not.toMatch(/StatefulShortestPath|Scan|AntiConditionalApply|VarLengthExpand/);
    },
  );
});

describe('Neighborhood', () => {
  // Over the country relationships, Alma Vexler's country XA has five neighbours (see api-operations' hub test).
  const types = [RelationshipType.REPRESENTS, RelationshipType.OF_COUNTRY, RelationshipType.IN_COUNTRY];
  const around = (limit: number, followed: RelationshipType[] = types) =>
    profileSteps(neighborhoodStatement(followed, 3), {
      center: { ...nameParams('XA')!, code: 'XA' },
      types: followed,
      from: null,
      to: null,
      limit,
    });
  // the expansions of the levels beyond the first, from their frontier's nodes (`s`)
  const deeper = (plan: Step[]) => plan.filter((op) => /^Expand\(All\) \(s\)-\[/.test(op.text));
  // an article center's own edges (what it names, the meetings it reports): read for an article only
  const articleOwn = (plan: Step[]) =>
    plan.filter((op) => /^Expand\(All\) \(a\)-\[\w+:MENTIONS\|REPORTS\]->/.test(op.text));

  it("searches no level beyond the center's neighbours when those alone overfill the answer", async () => {
    const plan = await around(3);
    const own = articleOwn(plan);
    expect(own.map((op) => op.rows)).toEqual([0, 0]);
    expect(
      plan.filter((op) => /^Expand\(All\) \(a\)-\[/.test(op.text) && !own.includes(op)).map((op) => op.rows),
    ).toEqual([5]);
    expect(deeper(plan)).toHaveLength(2);
    expect(deeper(plan).map((op) => op.rows)).toEqual([0, 0]);
    // one breadth-first search to every depth walked them all before sorting
    expect(plan.map((op) => op.text).join('\n')).not.toMatch(/StatefulShortestPath/);
  });

  it('tests no relationship type when the request follows every type of its set, and tests them when it narrows it', async () => {
    const typeTests = async (followed: RelationshipType[]) =>
      (await around(50, followed)).filter((op) => op.text.includes('type(r) IN $types')).length;
    expect(await typeTests(FACT_RELATIONSHIPS)).toBe(0);
    expect(await typeTests(ALL_RELATIONSHIPS)).toBe(0);
    expect(await typeTests(types)).toBeGreaterThan(0);
  });

  it("reads the articles naming the center by the index, newest first, not all of the center's edges", async () => {
    // a person the seeded articles name
    const plan = await profileSteps(neighborhoodStatement(ALL_RELATIONSHIPS, 1), {
      center: { ...nameParams(people[0]!.id)!, code: null },
      types: ALL_RELATIONSHIPS,
      from: null,
      to: null,
      limit: 1,
    });
    const seeks = plan.filter((op) =>
      /^DirectedRelationshipIndexSeek RANGE INDEX .*MENTIONS\(node, date\)/.test(op.text),
    );
    expect(seeks.some((op) => op.rows > 0)).toBe(true);
    const level1 = plan.filter((op) => /^Expand\(All\) \(a\)/.test(op.text)).map((op) => op.text);
    expect(level1.length).toBeGreaterThan(0);
    // the center's own MENTIONS (an article's) are read outward only; the articles naming it never by expansion
    expect(
      level1.filter(
        (t) => /MENTIONS/.test(t) && !/^Expand\(All\) \(a\)-\[\w+:MENTIONS(\|REPORTS)?\]->/.test(t),
      ),
    ).toEqual([]);
    expect(articleOwn(plan).map((op) => op.rows)).toEqual([0, 0]);
  });

  it('searches the next level when the nearer ones leave room', async () => {
    const reached = deeper(await around(50)).reduce((sum, op) => sum + op.rows, 0);
    expect(reached).toBeGreaterThan(0);
  });
});

describe('MeetingsInRange and TopicTrends', () => {
  const page = {
    with: {
      place: true,
      participants: true,
      topics: true,
      sources: false,
      meetingDetail: false,
      personDetail: false,
      topicDetail: false,
    },
    limit: 21,
    afterSort: null,
    afterId: null,
  };
  // operators that read meetings wholesale: a label scan or a date range seek (the statements read the loader's buckets)
  const meetingReads = (plan: Step[]) =>
    plan.filter((op) => /^(NodeByLabelScan|NodeIndexSeekByRange) (RANGE INDEX )?m:Meeting/.test(op.text));
  const bucketSeeks = (plan: Step[], label: string) =>
    plan.filter(
      (op) => op.text.startsWith('NodeUniqueIndexSeekByRange') && op.text.includes(` b:${label}(key)`),
    );

  it.each([
    ['XA', null, '2024-12-31'],
    [null, '2024-01-01', '2024-06-30'],
    [null, null, null],
  ])(
    'MeetingsInRange (country %s, %s to %s) counts whole months from the month buckets and pages from the day buckets, reading no meeting wholesale',
    async (country, from, to) => {
      const plan = await profileSteps('queries/meetings-in-range', { from, to, country, ...page, limit: 2 });
      expect(meetingReads(plan)).toEqual([]);
      const months = bucketSeeks(plan, 'MeetingMonth');
      expect(months).toHaveLength(1);
      expect(months[0]!.rows).toBeGreaterThan(0);
      // these windows are whole months: the count reads no day bucket (the cut months' days), the page does
      const seeks = bucketSeeks(plan, 'MeetingDay');
      expect(seeks).toHaveLength(2);
      expect(seeks.filter((op) => op.text.includes('span')).map((op) => op.rows)).toEqual([0]);
      expect(seeks.some((op) => op.rows > 0)).toBe(true);
      // the page stops after $limit meetings, however many the window holds
      const expands = plan.filter((op) => /^Expand\(All\) \(b\)-\[\w+:ON_DAY\|IN_MONTH/.test(op.text));
      expect(expands).toHaveLength(1);
      expect(plan.find((op) => op.text.startsWith('Limit '))!.rows).toBeLessThanOrEqual(2);
    },
  );

  it.each([
    ['queries/topic-trends', 'TopicMonth'],
    ['queries/topic-country-pairs', 'PairMonth'],
    ['queries/topic-series', 'TopicMonth'],
    ['queries/country-pair-series', 'PairMonth'],
  ])('%s over whole months reads the month buckets and no meeting', async (name, label) => {
    // (the row statements take no $top; Neo4j ignores a parameter a statement does not use)
    const plan = await profileSteps(name, { from: null, to: '2024-12-31', country: 'XA', top: 8 });
    expect(meetingReads(plan)).toEqual([]);
    const buckets = plan.filter(
      (op) => op.text.includes(` b:${label}(`) && /^NodeUnique|^NodeIndex/.test(op.text),
    );
    expect(buckets.length).toBeGreaterThan(0);
    expect(buckets.some((op) => op.rows > 0)).toBe(true);
    // no meeting is expanded from a day bucket: no month is cut
    expect(
      plan.filter((op) => /^Expand\(All\) \(b\)-\[\w+:ON_DAY/.test(op.text)).every((op) => op.rows === 0),
    ).toBe(true);
  });
});

describe('Name lookups', () => {
  const alma = people[0]!;
  const name = { name: alma.name, key: foldName(alma.name), pkey: personKey(alma.name) };
  it.each([
    ['queries/person-by-name', { person: name }],
    ['queries/meetings-between', { a: name, b: name, with: {}, limit: 1, afterSort: null, afterId: null }],
    [
      'queries/organization-by-name',
      { name: 'Apitest Foreign Office', key: foldName('Apitest Foreign Office') },
    ],
    ['queries/topic-by-name', { name: 'Apitest trade', key: foldName('Apitest trade') }],
    ['queries/resolve-entities', { names: [{ ...name, code: null }] }],
  ])('%s finds names by a seek on the NameKey index, with no full-text query', async (statement, params) => {
    const plan = await profileSteps(statement, params);
    const seeks = plan.filter((op) => /^NodeUniqueIndexSeek UNIQUE \w+:NameKey\(key\)/.test(op.text));
    expect(seeks.length).toBeGreaterThan(0);
    expect(seeks.some((op) => op.rows > 0)).toBe(true);
    expect(plan.map((op) => op.text).join('\n')).not.toMatch(
      /ProcedureCall|fulltext|NodeByLabelScan \w+:(Person|Organization|Place|Topic|Meeting)/,
    );
  });

  it('queries/topic-meetings finds the topics containing the text by the text index, reading no other topic', async () => {
    const text = 'trade';
    const plan = await profileSteps('queries/topic-meetings', {
      name: text,
      key: foldName(text),
      limit: 2,
      afterSort: null,
      afterId: null,
      with: { place: false, participants: false, topics: false, sources: false },
    });
    const scans = plan.filter((op) => /^NodeIndexContainsScan TEXT INDEX \w+:Topic\(keyText\)/.test(op.text));
    expect(scans).toHaveLength(1);
    expect(scans[0]!.rows).toBeGreaterThan(0);
    expect(plan.map((op) => op.text).join('\n')).not.toMatch(/ProcedureCall|NodeByLabelScan \w+:Topic/);
  });
});

describe("An event fact's sources", () => {
  it('are found from the meeting, not from every meeting of the person, topic or place', async () => {
    const fact = (type: string, from: string, to: string) => ({ id: type, from, to, type });
    const plan = await profileSteps('queries/event-sources', {
      facts: [
        fact('ATTENDED', people[0]!.id, ids.m1),
        fact('DISCUSSED', ids.m1, ids.trade),
        fact('HELD_IN', ids.m1, ids.place),
      ],
      limit: 3,
      afterSort: null,
      afterId: null,
    });
    const expands = plan.filter((op) => /^Expand\(\w+\) .*:(ATTENDED|DISCUSSED|HELD_IN)\]/.test(op.text));
    expect(expands).toHaveLength(3);
    for (const op of expands) expect(op.text).toMatch(/^Expand\(\w+\) \(m\)/);
  });
});

describe("A repeated fact's sources and a node's articles", () => {
  const alma = people[0]!;
  const page = { limit: 3, afterSort: null, afterId: null };
  // sources found by a seek of the (node, date) index: a page costs what it holds, not every mention of the node
  const bySeek = (plan: Step[]) => {
    const seeks = plan.filter((op) =>
      /^DirectedRelationshipIndexSeek RANGE INDEX .*MENTIONS\(node, date\)/.test(op.text),
    );
    expect(seeks.length).toBeGreaterThan(0);
    expect(seeks.some((op) => op.rows > 0)).toBe(true);
    expect(plan.map((op) => op.text).join('\n')).not.toMatch(
      /Expand\(All\) \(\w+\)<-\[\w+:MENTIONS\]-|IndexScan/,
    );
  };
  it('queries/fact-sources pages them by the index', async () => {
    bySeek(
      await profileSteps('queries/fact-sources', {
        facts: [
          {
            id: 'f',
            from: alma.id,
            label: 'Person',
            key: factKey('HOLDS_POSITION', ids.ministry, alma.title),
          },
        ],
        ...page,
      }),
    );
  });
  it("queries/node-mentions pages a node's articles by the index, in a window of dates too", async () => {
    bySeek(
      await profileSteps('queries/node-mentions', {
        ids: [alma.id],
        from: null,
        to: null,
        count: true,
        ...page,
      }),
    );
    bySeek(
      await profileSteps('queries/node-mentions', {
        ids: [alma.id],
        count: true,
        from: '2000-01-01',
        to: '2100-12-31',
        ...page,
      }),
    );
  });
  it("queries/co-mentions walks the rarest node's index, and counts only when asked", async () => {
    const reads = async (count: boolean) => {
      const plan = await profileSteps('queries/co-mentions', {
        ids: [alma.id],
        with: [people[1]!.id],
        from: null,
        to: null,
        count,
        ...page,
      });
      bySeek(plan);
      return plan.reduce((sum, op) => sum + op.hits, 0);
    };
    // the count's walk (a nested plan of the CASE, not an operator of its own) is the difference
    expect(await reads(true)).toBeGreaterThan(await reads(false));
  });
  it("queries/mention-months reads the node's dated articles by the index", async () => {
    bySeek(await profileSteps('queries/mention-months', { ids: [alma.id], from: null, to: '2100-12-31' }));
  });
  it("queries/named-with reads the node's newest articles by the index", async () => {
    bySeek(
      await profileSteps('queries/named-with', {
        ids: [alma.id],
        labels: null,
        from: null,
        to: null,
        top: 5,
        scan: 3,
      }),
    );
  });
  it("queries/title-history reads the person's newest articles by the index", async () => {
    bySeek(await profileSteps('queries/title-history', { ids: [alma.id], from: null, to: null, scan: 3 }));
  });
  it("queries/person-profile pages each position's by the index", async () => {
    bySeek(
      await profileSteps('queries/person-profile', {
        person: { name: alma.name, key: foldName(alma.name), pkey: personKey(alma.name) },
        include: { positions: true, positionSources: true, counterparts: false, meetings: false },
        sources: page,
        counterparts: page,
        meetings: { from: null, to: null, ...page },
        with: { place: false, participants: false, topics: false, sources: false },
      }),
    );
  });
});

describe("An article's nodes", () => {
  it('queries/article-mentions starts at the article by its id and reads its own edges, no label scan', async () => {
    const plan = await profileSteps('queries/article-mentions', {
      ids: [ids.a1],
      labels: null,
      limit: 3,
      afterSort: null,
      afterId: null,
    });
    const text = plan.map((op) => op.text).join('\n');
    expect(text).toMatch(/^NodeUniqueIndexSeek UNIQUE \w+:Article\(id\)/m);
    expect(plan.some((op) => /^Expand\(All\) .*:MENTIONS\|REPORTS\]/.test(op.text) && op.rows > 0)).toBe(
      true,
    );
    expect(text).not.toMatch(/NodeByLabelScan|AllNodesScan/);
  });
  it("queries/related-articles reads each named node's newest articles by the index", async () => {
    const plan = await profileSteps('queries/related-articles', {
      ids: [ids.a1],
      top: 3,
      perNode: 5,
      from: null,
      to: null,
    });
    const seeks = plan.filter((op) =>
      /^DirectedRelationshipIndexSeek RANGE INDEX .*MENTIONS\(node, date\)/.test(op.text),
    );
    expect(seeks.some((op) => op.rows > 0)).toBe(true);
    expect(plan.map((op) => op.text).join('\n')).not.toMatch(/NodeByLabelScan|AllNodesScan|IndexScan/);
  });
});
