import { buildSchema, execute, parse, type GraphQLResolveInfo } from 'graphql';
import { childField, type ChildField } from '../../../src/api/common/selection';
import { selectionFlags, withParam, type MeetingChildFlags } from '../../../src/api/meeting/meeting-children';

// The look-ahead root fields use to fetch nested fields in their own statement, tested on a small schema without I/O.

const schema = buildSchema(`
  type Query { person: Person, meetings: MeetingConnection }
  type Person { id: ID, title: String, meetings(first: Int = 20, from: String): MeetingConnection }
  type MeetingConnection { edges: [Edge] }
  type Edge { node: Meeting }
  type Meeting { id: ID, name: String, series: String, participants: [Participant], topics: [Topic] }
  type Participant { person: Person }
  type Topic { id: ID, aliases: [String] }
`);

function infoOf(query: string, field: 'person' | 'meetings', variables: Record<string, unknown> = {}) {
  let seen: GraphQLResolveInfo | undefined;
  const capture = (_a: unknown, _c: unknown, info: GraphQLResolveInfo) => {
    seen = info;
    return null;
  };
  void execute({
    schema,
    document: parse(query),
    variableValues: variables,
    rootValue: { [field]: capture },
  });
  if (!seen) throw new Error(`no ${field} in ${query}`);
  return seen;
}

test('a nested field is seen with its coerced arguments and its own selection, through fragments', () => {
  const info = infoOf(
    `query Q($f: String) { person { ...P } }
     fragment P on Person { id meetings(from: $f) { edges { node { id participants { person { id } } } } } }`,
    'person',
    { f: '2023' },
  );
  const meetings = childField(info, 'meetings') as ChildField;
  expect(meetings.args).toEqual({ first: 20, from: '2023' });
  expect([...meetings.selected(['edges', 'node'])]).toEqual(['id', 'participants']);
  expect(childField(info, 'title')).toBeNull();
});

test('a field selected twice under aliases is left to its resolver', () => {
  const info = infoOf(
    '{ person { a: meetings(first: 1) { edges { node { id } } } b: meetings(first: 2) { edges { node { id } } } } }',
    'person',
  );
  expect(childField(info, 'meetings')).toBeNull();
});

test('meetings carry detail fields only when the request selects one of them', () => {
  const flags = (query: string): MeetingChildFlags =>
    selectionFlags(infoOf(query, 'meetings'), ['edges', 'node']);
  const plain = flags(
    '{ meetings { edges { node { id name participants { person { id } } topics { id } } } } }',
  );
  expect(plain).toEqual({
    place: false,
    participants: true,
    topics: true,
    sources: false,
    meetingDetail: false,
    personDetail: false,
    topicDetail: false,
  });
  const detailed = flags(
    '{ meetings { edges { node { ... on Meeting { series } participants { person { title } } topics { aliases } } } } }',
  );
  expect(detailed).toMatchObject({ meetingDetail: true, personDetail: true, topicDetail: true });
  // Loaders do not know the selection: every field.
  expect(withParam({ place: true, participants: false, topics: false, sources: false })).toMatchObject({
    meetingDetail: true,
    personDetail: true,
    topicDetail: true,
  });
});

test('a field that @include or @skip leaves out is not seen, through fragments too', () => {
  const info = infoOf(
    `query Q($on: Boolean!) { person { id title @include(if: $on) ... on Person @skip(if: $on) { meetings { edges { node { id } } } } } }`,
    'person',
    { on: false },
  );
  expect(childField(info, 'title')).toBeNull();
  expect(childField(info, 'meetings')).not.toBeNull();
  const other = infoOf(
    `query Q($on: Boolean!) { person { id title @include(if: $on) ... on Person @skip(if: $on) { meetings { edges { node { id } } } } } }`,
    'person',
    { on: true },
  );
  expect(childField(other, 'title')).not.toBeNull();
  expect(childField(other, 'meetings')).toBeNull();
});
