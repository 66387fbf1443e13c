import { extractionHash } from '../../../src/load/extraction-hash';
import { resolveEntities } from '../../../src/load/identity/entity-clusters';
import type { ExistingEntity } from '../../../src/load/identity/identity.types';
import { resolveMeetings } from '../../../src/load/identity/meeting-clusters';
import { entityMentions, meetingMentions } from '../../../src/load/identity/mentions';
import { buildWritePlan } from '../../../src/load/write-plan.builder';
import type { ArticleExtraction } from '../../../src/extract/extraction.types';
import { buildExtraction, type ArticleSpec } from '../../fixtures/load/extraction.builder';

const countryName = (code: string) => `country ${code}`;

/** Resolves a batch against the given existing nodes and builds its write plan, as the batch writer does. */
function planOf(batch: ArticleExtraction[], existing: ExistingEntity[] = []) {
  const entities = resolveEntities(entityMentions(batch), existing);
  const meetings = resolveMeetings(meetingMentions(batch, entities.idOf), []);
  return buildWritePlan(
    batch.map((extraction) => ({
      extraction,
      key: `key:${extraction.article.id}`,
      extractionHash: extractionHash(extraction),
    })),
    entities,
    meetings,
    countryName,
  );
}

const meeting = (principal: string) => ({
  name: 'Lindqvist–Okafor talks',
  kind: 'talks' as const,
  date: '2024-03-01',
  place: 'Ostberg',
  participants: ['Vera Lindqvist', 'Tomas Okafor'],
  principals: [principal],
  topics: ['trade'],
});

const talks = (n: number, over: Partial<ArticleSpec> = {}) =>
  buildExtraction({
    body: `Article ${n}: Vera Lindqvist met Tomas Okafor in Ostberg.`,
    date: `2024-03-0${n}`,
    people: [
      {
        name: 'Vera Lindqvist',
        title: 'Foreign Minister',
        country: 'SE',
        org: 'Ministry for Foreign Affairs',
      },
      { name: 'Tomas Okafor', title: 'Minister', country: 'NG' },
    ],
    orgs: [{ name: 'Ministry for Foreign Affairs', country: 'SE' }],
    places: [{ name: 'Ostberg', country: 'SE' }],
    meetings: [meeting('Vera Lindqvist')],
    ...over,
  });

describe('buildWritePlan', () => {
  it('writes one row per node and per fact for the whole batch, with every article as a source', () => {
    const [a, b] = [talks(1), talks(2)];
    const plan = planOf([a, b]);
    expect(plan.articles.map((r) => r.id)).toEqual([a.article.id, b.article.id]);
    expect(plan.nodes.Person.map((r) => r.id)).toEqual(['person:lindqvist-vera', 'person:okafor-tomas']);
    const vera = plan.nodes.Person[0]!;
    expect(vera).toMatchObject({ first: '2024-03-01', last: '2024-03-02' });
    expect(vera.mentions.map((m) => m.article)).toEqual([a.article.id, b.article.id].sort());
    expect(plan.meetings).toHaveLength(1);
    expect(plan.facts.ATTENDED).toHaveLength(2);
    for (const type of [
      'ATTENDED',
      'DISCUSSED',
      'HELD_IN',
      'IN_COUNTRY',
      'REPRESENTS',
      'OF_COUNTRY',
    ] as const)
      for (const row of plan.facts[type]) expect(row.articles).toEqual([a.article.id, b.article.id].sort());
    const position = plan.facts.HOLDS_POSITION[0]!;
    expect(position).toMatchObject({
      from: 'person:lindqvist-vera',
      to: 'org:se:ministryforforeignaffairs',
      title: 'Foreign Minister',
      since: '2024-03-01',
      until: '2024-03-02',
    });
  });

  it('counts a repeated fact once per article and lists it on the MENTIONS of its start node', () => {
    const [a, b] = [talks(1), talks(2)];
    const plan = planOf([a, b]);
    expect(plan.facts.REPRESENTS.map((r) => [r.from, r.to, r.articles.length])).toEqual([
      ['person:lindqvist-vera', 'SE', 2],
      ['person:okafor-tomas', 'NG', 2],
    ]);
    const vera = plan.nodes.Person.find((r) => r.id === 'person:lindqvist-vera')!;
    for (const m of vera.mentions) {
      expect(m.facts).toEqual([
        'HOLDS_POSITION|org:se:ministryforforeignaffairs|Foreign Minister',
        'REPRESENTS|SE|',
      ]);
      expect(m).toMatchObject({ names: ['Vera Lindqvist'], aliases: [], titles: ['Foreign Minister'] });
    }
    const ministry = plan.nodes.Organization[0]!;
    expect(ministry.mentions.map((m) => m.facts)).toEqual([['OF_COUNTRY|SE|'], ['OF_COUNTRY|SE|']]);
    expect(plan.nodes.Place[0]!.mentions[0]!.facts).toEqual(['IN_COUNTRY|SE|']);
    // Facts about one event keep their articles instead.
    expect(plan.meetings[0]!.mentions.every((m) => m.facts.length === 0)).toBe(true);
  });

  it('keeps principal over participant and the fuller title on ATTENDED', () => {
    const a = talks(1);
    const b = talks(2, {
      people: [
        { name: 'Vera Lindqvist', title: 'Minister', country: 'SE' },
        { name: 'Tomas Okafor', title: 'Minister of Foreign Affairs', country: 'NG' },
      ],
      orgs: [],
      meetings: [meeting('Tomas Okafor')],
    });
    const attended = planOf([a, b]).facts.ATTENDED;
    expect(attended.map((r) => [r.from, r.role, r.title])).toEqual([
      ['person:lindqvist-vera', 'principal', 'Foreign Minister'],
      ['person:okafor-tomas', 'principal', 'Minister of Foreign Affairs'],
    ]);
  });

  it('gives a topic its keys as one text, which contains a folded word only where one key does, and no other node', () => {
    const plan = planOf([
      talks(1, { meetings: [{ ...meeting('Vera Lindqvist'), topics: ['grain exports', 'sea lanes'] }] }),
    ]);
    const texts = plan.nodes.Topic.map((r) => r.props!.keyText as string).sort();
    expect(texts).toEqual(['grainexports', 'sealanes']);
    expect(plan.nodes.Person.every((r) => !('keyText' in r.props!))).toBe(true);
  });

  it('names countries from the extraction or, failing that, the lookup, once per batch', () => {
    const [a, b] = [talks(1), talks(2)];
    // The first article only implies Nigeria through a person's country.
    a.countries = a.countries.filter((c) => c.code !== 'NG');
    const plan = planOf([a, b]);
    expect(plan.countries.map((c) => c.id)).toEqual(['NG', 'SE']);
    expect(plan.countries[0]!.mentions).toHaveLength(2);
    expect(planOf([a]).countries[0]!.props).toEqual({ name: 'country NG' });
    expect(planOf([b]).countries[0]!.props).toEqual({ name: 'Nigeria' });
  });

  it('sends no props for a node that holds them already, and renames a node whose id resolution lowered', () => {
    const a = talks(1);
    const first = planOf([a]);
    const stored = (id: string): ExistingEntity => {
      const p = resolveEntities(entityMentions([a]), []).plans.find((x) => x.id === id)!;
      return { ...p, lastSeen: '2024-03-01' };
    };
    const again = planOf([talks(2)], [stored('person:okafor-tomas')]);
    expect(first.nodes.Person.every((r) => r.props !== null)).toBe(true);
    expect(again.nodes.Person.find((r) => r.id === 'person:okafor-tomas')!.props).toBeNull();

    const renamed = planOf(
      [talks(2)],
      [{ ...stored('person:okafor-tomas'), id: 'person:zz-okafor', name: 'Tomas Okafor' }],
    );
    expect(renamed.renames).toEqual([
      { label: 'Person', from: 'person:zz-okafor', to: 'person:okafor-tomas' },
    ]);
  });

  it('gives a new node an edge for every name key, and an existing one only for the keys it lacks', () => {
    const a = talks(1);
    const vera = planOf([a]).nodes.Person[0]!;
    expect(vera.keys).toEqual(expect.arrayContaining(['lindqvist-vera', 'veralindqvist', 'lindqvistvera']));
    expect(vera.familyKeys).toEqual(['lindqvist', 'vera']);
    const known = resolveEntities(entityMentions([a]), []).plans.find((p) => p.id === vera.id)!;
    const renamed = talks(2, {
      people: [{ name: 'Vera Lindqvist', aliases: ['Vera M. Lindqvist'], country: 'SE' }],
      meetings: [],
    });
    const again = planOf([renamed], [{ ...known, lastSeen: '2024-03-01' }]).nodes.Person[0]!;
    // "M." folds into the spelled-out keys only: the person key and the family tokens skip initials.
    expect(again.keys).toEqual(['lindqvistveram', 'mlindqvistvera', 'veramlindqvist']);
    expect(again.familyKeys).toEqual([]);
  });

  it('merges two existing people a bridging mention shows to be one', () => {
    const bridge = talks(3, {
      people: [{ name: 'Vera Lindqvist', aliases: ['Lindqvist Vera-Marie'], country: 'SE' }],
      orgs: [],
      places: [],
      meetings: [],
    });
    const stored = (id: string, name: string): ExistingEntity => ({
      label: 'Person',
      id,
      name,
      aliases: [],
      nameKeys: [],
      country: 'SE',
      kind: null,
      title: null,
      titles: [],
      lastSeen: null,
    });
    const existing = [
      stored('person:lindqvist-vera', 'Vera Lindqvist'),
      stored('person:lindqvist-veramarie', 'Vera-Marie Lindqvist'),
    ];
    const plan = planOf([bridge], existing);
    expect(plan.absorbPeople).toEqual([
      { keep: 'person:lindqvist-vera', drop: 'person:lindqvist-veramarie' },
    ]);
    expect(plan.nodes.Person.map((r) => r.id)).toEqual(['person:lindqvist-vera']);
  });
});
