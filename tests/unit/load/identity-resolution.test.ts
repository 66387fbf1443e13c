import { resolveEntities } from '../../../src/load/identity/entity-clusters';
import type { EntityPlan, ExistingEntity, ExistingMeeting } from '../../../src/load/identity/identity.types';
import { resolveMeetings } from '../../../src/load/identity/meeting-clusters';
import {
  batchLookupKeys,
  entityMentions,
  lookupKeys,
  meetingMentions,
} from '../../../src/load/identity/mentions';
import { formerIds, meetingProbes, withCurrentPeople } from '../../../src/load/identity/probes';
import { buildExtraction } from '../../fixtures/load/extraction.builder';

const seoul = buildExtraction({
  body: 'Kim Hong-kyun met Ma Zhaoxu in Seoul.',
  date: '2024-07-25',
  people: [
    { name: 'Kim Hong-kyun', title: 'First Vice Foreign Minister', country: 'KR' },
    { name: 'Ma Zhaoxu', title: 'Executive Vice Minister', country: 'CN' },
  ],
  meetings: [
    {
      name: '10th Strategic Dialogue',
      kind: 'dialogue',
      date: '2024-07-24',
      participants: ['Kim Hong-kyun', 'Ma Zhaoxu'],
      topics: ['US presidential election'],
    },
  ],
});
const beijing = buildExtraction({
  body: 'Vice Minister Kim Hong Kyun and Zhaoxu Ma held talks.',
  date: '2024-07-24',
  people: [
    { name: 'Kim Hong Kyun', title: 'Vice Minister', country: 'KR' },
    { name: 'Zhaoxu Ma', country: null },
    { name: 'Kim', country: 'KP' },
  ],
  meetings: [
    {
      name: 'Korea-China talks',
      kind: 'talks',
      date: '2024-07-23',
      participants: ['Kim Hong Kyun', 'Zhaoxu Ma'],
      topics: ['the US presidential election'],
    },
  ],
});

function person(over: Partial<ExistingEntity>): ExistingEntity {
  return {
    label: 'Person',
    id: 'person:x',
    name: 'X',
    aliases: [],
    nameKeys: [],
    country: null,
    kind: null,
    title: null,
    titles: [],
    lastSeen: null,
    ...over,
  };
}

/** The nodes plans write, as the next batch's lookup would find them. */
function asStored(plans: EntityPlan[], lastSeen: string | null = null): ExistingEntity[] {
  return plans.map((p) => ({
    label: p.label,
    id: p.id,
    name: p.name,
    aliases: p.aliases,
    nameKeys: p.nameKeys,
    country: p.country,
    kind: p.kind,
    title: p.title,
    titles: p.titles,
    lastSeen,
  }));
}

function meeting(over: Partial<ExistingMeeting>): ExistingMeeting {
  return {
    id: 'meeting:x',
    name: 'X',
    aliases: [],
    kind: 'meeting',
    date: null,
    format: null,
    series: null,
    ordinal: null,
    participants: [],
    principals: [],
    held: true,
    ...over,
  };
}

describe('resolveEntities', () => {
  it('makes one person of name-order, spacing and hyphen variants across articles, with reasons', () => {
    const r = resolveEntities(entityMentions([seoul, beijing]), []);
    const people = r.plans.filter((p) => p.label === 'Person');
    expect(people.map((p) => p.name).sort()).toEqual(['Kim', 'Kim Hong-kyun', 'Ma Zhaoxu']);
    const kim = people.find((p) => p.name === 'Kim Hong-kyun')!;
    expect(kim.aliases).toEqual(['Kim Hong Kyun']);
    expect(kim.status).toBe('created');
    const joined = r.decisions.find((d) => d.name === 'Kim Hong Kyun')!;
    expect(joined.id).toBe(kim.id);
    expect(joined.reason).toMatch(/shares/);
  });

  it('never joins a single-token name to a full one of another country', () => {
    const r = resolveEntities(entityMentions([seoul, beijing]), []);
    const lone = r.plans.find((p) => p.name === 'Kim')!;
    expect(lone.id).toBe('person:kim:kp');
    expect(r.plans.filter((p) => p.label === 'Person')).toHaveLength(3);
  });

  it('takes the most recent title and keeps the fuller one on a tie', () => {
    const r = resolveEntities(entityMentions([seoul, beijing]), []);
    expect(r.plans.find((p) => p.name === 'Kim Hong-kyun')!.title).toBe('First Vice Foreign Minister');
  });

  it('matches an existing node and keeps the smaller id, whichever came first', () => {
    const existing = person({
      id: 'person:hongkyun-kim',
      name: 'Kim Hong-kyun',
      nameKeys: ['hongkyun-kim', 'kimhongkyun'],
      country: 'KR',
      lastSeen: '2024-07-25',
    });
    const r = resolveEntities(entityMentions([beijing]), [existing]);
    const kim = r.plans.find((p) => p.matchId === 'person:hongkyun-kim')!;
    expect(kim.status).toBe('matched');
    expect(kim.id <= 'person:hong-kim-kyun' ? kim.id : '').toBe(kim.id);
    const forward = resolveEntities(entityMentions([seoul, beijing]), []);
    expect(forward.plans.find((p) => p.name === 'Kim Hong-kyun')!.id).toBe(kim.id);
  });

  it('scopes single-token names by country, and joins full names whatever country an article gives', () => {
    const existing = person({ id: 'person:kim:kr', name: 'Kim', nameKeys: ['kim'], country: 'KR' });
    const r = resolveEntities(entityMentions([beijing]), [existing]);
    expect(r.plans.find((p) => p.name === 'Kim')).toMatchObject({ id: 'person:kim:kp', status: 'created' });
    const both = resolveEntities(entityMentions([seoul, beijing]), []);
    expect(both.plans.find((p) => p.name === 'Ma Zhaoxu')).toMatchObject({
      country: 'CN',
      aliases: ['Zhaoxu Ma'],
    });
  });

  it('folds topics by name and a leading article', () => {
    const r = resolveEntities(entityMentions([seoul, beijing]), []);
    expect(r.plans.filter((p) => p.label === 'Topic').map((t) => t.id)).toEqual([
      'topic:uspresidentialelection',
    ]);
  });
});

describe('the family-name rule', () => {
  const full = buildExtraction({
    body: 'Secretary of State Antony J. Blinken met the press.',
    date: '2024-03-01',
    people: [{ name: 'Antony J. Blinken', title: 'Secretary of State', country: 'US' }],
  });
  const bare = (title?: string) =>
    buildExtraction({
      body: `${title ?? ''} Blinken spoke.`.trim(),
      date: '2024-03-02',
      people: [{ name: 'Blinken', country: 'US', ...(title ? { title } : {}) }],
    });
  const people = (r: ReturnType<typeof resolveEntities>) => r.plans.filter((p) => p.label === 'Person');
  const stored = (r: ReturnType<typeof resolveEntities>) => asStored(people(r));

  it('joins a titled single-token name to the sole full-named bearer of its country, in any load order', () => {
    const together = resolveEntities(entityMentions([full, bare('Secretary')]), []);
    expect(people(together)).toHaveLength(1);
    const [blinken] = people(together);
    expect(blinken).toMatchObject({ name: 'Antony J. Blinken', aliases: ['Blinken'] });
    expect(together.decisions.find((d) => d.name === 'Blinken')).toMatchObject({
      id: blinken!.id,
      rule: 'family-name',
      reason: expect.stringMatching(/only full-named person .* "Secretary" agrees with "Secretary of State"/),
    });

    const bareFirst = resolveEntities(entityMentions([bare('Secretary')]), []);
    expect(people(bareFirst)[0]!.id).toBe('person:blinken:us');
    const thenFull = resolveEntities(entityMentions([full]), stored(bareFirst));
    expect(people(thenFull)).toMatchObject([
      { id: blinken!.id, matchId: 'person:blinken:us', name: 'Antony J. Blinken', aliases: ['Blinken'] },
    ]);

    const thenBare = resolveEntities(
      entityMentions([bare('Secretary')]),
      stored(resolveEntities(entityMentions([full]), [])),
    );
    expect(people(thenBare)).toMatchObject([{ id: blinken!.id, matchId: blinken!.id, aliases: ['Blinken'] }]);
  });

  it('then takes the bare name without a title too, as it would have in the other order', () => {
    const joined = stored(resolveEntities(entityMentions([full, bare('Secretary')]), []));
    const later = resolveEntities(entityMentions([bare()]), joined);
    expect(people(later)).toMatchObject([{ id: joined[0]!.id }]);
    expect(later.decisions[0]!.reason).toMatch(/already goes by "Blinken"/);
    const earlier = resolveEntities(entityMentions([full, bare('Secretary'), bare()]), []);
    expect(people(earlier).map((p) => p.id)).toEqual([joined[0]!.id]);
  });

  it('keeps the names apart without an agreeing title or a sole bearer', () => {
    expect(people(resolveEntities(entityMentions([full, bare()]), []))).toHaveLength(2);
    expect(people(resolveEntities(entityMentions([full, bare('Ambassador')]), []))).toHaveLength(2);
    const rival = buildExtraction({
      body: 'Secretary Donald Blinken spoke.',
      date: '2024-03-03',
      people: [{ name: 'Donald Blinken', title: 'Secretary', country: 'US' }],
    });
    expect(people(resolveEntities(entityMentions([full, rival, bare('Secretary')]), []))).toHaveLength(3);
  });

  it('keeps them apart when the lookup found more bearers of the token than it returns', () => {
    const mentions = entityMentions([full, bare('Secretary')]);
    expect(people(resolveEntities(mentions, [], new Set(['blinken'])))).toHaveLength(2);
    expect(people(resolveEntities(mentions, [], new Set(['antony'])))).toHaveLength(1);
  });

  it('compares every title each side was given, not only the latest', () => {
    const promoted = buildExtraction({
      body: 'Secretary of State Antony J. Blinken spoke.',
      date: '2021-01-27',
      people: [{ name: 'Antony J. Blinken', title: 'Deputy Secretary', country: 'US' }],
    });
    const graph = stored(resolveEntities(entityMentions([promoted, full]), []));
    expect(graph[0]).toMatchObject({
      title: 'Secretary of State',
      titles: ['Deputy Secretary', 'Secretary of State'],
    });
    const r = resolveEntities(entityMentions([bare('Deputy Secretary')]), graph);
    expect(people(r)).toMatchObject([{ id: graph[0]!.id }]);
  });
});

describe('resolveMeetings', () => {
  it('makes one meeting of two reports a day apart with the same participants', () => {
    const entities = resolveEntities(entityMentions([seoul, beijing]), []);
    const r = resolveMeetings(meetingMentions([seoul, beijing], entities.idOf), []);
    expect(r.plans).toHaveLength(1);
    expect(r.plans[0]).toMatchObject({
      kind: 'dialogue',
      name: '10th Strategic Dialogue',
      date: expect.objectContaining({ date: '2024-07-23' }),
    });
    expect(r.decisions.map((d) => d.rule).sort()).toEqual(['new', 'participants']);
  });

  it('gives the same id in either load order', () => {
    const a = resolveEntities(entityMentions([seoul, beijing]), []);
    const one = resolveMeetings(meetingMentions([seoul, beijing], a.idOf), []).plans[0]!.id;
    const first = resolveMeetings(meetingMentions([beijing], a.idOf), []).plans[0]!;
    const existing = meeting({
      id: first.id,
      name: first.name,
      kind: first.kind,
      date: first.date!.date,
      participants: [...a.idOf.values()]
        .filter((id) => id.startsWith('person:') && id !== 'person:kim:kp')
        .sort(),
    });
    const second = resolveMeetings(meetingMentions([seoul], a.idOf), [existing]).plans[0]!;
    expect(second.status).toBe('matched');
    expect(second.id).toBe(one);
  });

  it('is held once any report says it took place, in either load order; planned while every report plans it', () => {
    const planned = (x: typeof seoul): typeof seoul => ({
      ...x,
      meetings: x.meetings.map((m) => ({ ...m, status: 'planned' as const })),
    });
    const a = resolveEntities(entityMentions([seoul, beijing]), []);
    const held = (batch: Array<typeof seoul>, existing: ExistingMeeting[] = []) =>
      resolveMeetings(meetingMentions(batch, a.idOf), existing).plans.map((p) => p.held);
    expect(held([planned(beijing), seoul])).toEqual([true]);
    expect(held([planned(beijing), planned(seoul)])).toEqual([false]);
    const stored = (x: typeof seoul, wasHeld: boolean) => {
      const p = resolveMeetings(meetingMentions([x], a.idOf), []).plans[0]!;
      const participants = [...a.idOf.values()].filter(
        (id) => id.startsWith('person:') && id !== 'person:kim:kp',
      );
      return meeting({
        id: p.id,
        name: p.name,
        kind: p.kind,
        date: p.date!.date,
        participants,
        held: wasHeld,
      });
    };
    expect(held([planned(seoul)], [stored(beijing, true)])).toEqual([true]);
    expect(held([seoul], [stored(planned(beijing), false)])).toEqual([true]);
    expect(held([planned(seoul)], [stored(planned(beijing), false)])).toEqual([false]);
  });
});

describe('meetings of people merged by the family-name rule', () => {
  const summit = buildExtraction({
    body: 'President Biden met President Yoon Suk Yeol in Seoul.',
    date: '2022-05-21',
    people: [
      { name: 'Biden', title: 'President', country: 'US' },
      { name: 'Yoon Suk Yeol', title: 'President', country: 'KR' },
    ],
    meetings: [
      {
        name: 'Biden–Yoon summit',
        kind: 'summit',
        date: '2022-05-21',
        participants: ['Biden', 'Yoon Suk Yeol'],
      },
    ],
  });
  const biden = buildExtraction({
    body: 'President Joseph R. Biden, Jr. spoke.',
    date: '2022-05-22',
    people: [{ name: 'Joseph R. Biden, Jr.', title: 'President', country: 'US' }],
  });

  it('keep the id their article gives, however its people resolve', () => {
    const alone = resolveEntities(entityMentions([summit]), []);
    const joined = resolveEntities(entityMentions([summit, biden]), []);
    const [before] = meetingMentions([summit], alone.idOf);
    const [after] = meetingMentions([summit], joined.idOf);
    expect(before!.participants).toContain('person:biden:us');
    expect(after!.participants).not.toContain('person:biden:us');
    expect(after!.proposedId).toBe(before!.proposedId);
  });

  it("are looked for under a merged person's former id and compared under the new one", () => {
    const weak = person({
      id: 'person:biden:us',
      name: 'Biden',
      nameKeys: ['biden'],
      country: 'US',
      title: 'President',
    });
    const r = resolveEntities(entityMentions([biden]), [weak]);
    const former = formerIds(r.plans);
    const id = r.idOf.get([...r.idOf.keys()].find((k) => k.startsWith('Person|'))!)!;
    expect(former).toEqual(new Map([['person:biden:us', id]]));
    const mentions = meetingMentions([summit], resolveEntities(entityMentions([summit, biden]), []).idOf);
    expect(meetingProbes(mentions, former).windows[0]!.people).toContain('person:biden:us');
    const existing = meeting({
      name: 'Biden–Yoon summit',
      kind: 'summit',
      date: '2022-05-21',
      participants: ['person:biden:us', 'person:seokyeol-yoon'],
      principals: ['person:biden:us'],
    });
    expect(withCurrentPeople([existing], former)[0]).toMatchObject({
      participants: [id, 'person:seokyeol-yoon'].sort(),
      principals: [id],
    });
  });
});

describe('batchLookupKeys', () => {
  it('gives what one lookup over the whole batch gives: each key once, sorted', () => {
    const perArticle = [seoul, beijing].map((x) => lookupKeys(entityMentions([x])));
    const whole = lookupKeys(entityMentions([seoul, beijing]));
    const order = (k: { label: string; key: string; index?: string }) =>
      `${k.label}|${k.key}|${k.index ?? ''}`;
    const merged = batchLookupKeys(perArticle);
    expect(merged.map(order)).toEqual([...new Set(whole.map(order))].sort());
    expect(new Set(merged.map(order)).size).toBe(merged.length);
    // Both articles name Kim Hong-kyun: his keys are shared, and sent once.
    expect(
      perArticle[0]!.filter((k) => perArticle[1]!.some((o) => order(o) === order(k))).length,
    ).toBeGreaterThan(0);
  });
});

describe('unchanged plans', () => {
  it('mark a node that already holds what the batch would write, and only such a node', () => {
    const first = resolveEntities(entityMentions([seoul]), []);
    // The graph after loading the Seoul readout, as the lookup would return it.
    const stored = asStored(first.plans, '2024-07-25');
    expect(first.plans.every((p) => !p.unchanged)).toBe(true);
    const again = resolveEntities(entityMentions([seoul]), stored);
    expect(again.plans.length).toBeGreaterThan(0);
    expect(again.plans.every((p) => p.unchanged)).toBe(true);
    // The Beijing readout gives Kim another spelling: his node gets a new alias, so it must be written.
    const more = resolveEntities(entityMentions([beijing]), stored);
    const kim = more.plans.find((p) => p.matchId === stored.find((s) => s.name === 'Kim Hong-kyun')!.id)!;
    expect(kim.aliases).toContain('Kim Hong Kyun');
    expect(kim.unchanged).toBe(false);
  });
});
