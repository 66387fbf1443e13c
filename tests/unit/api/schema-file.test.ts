import fs from 'node:fs';
import path from 'node:path';
import { parse, validate } from 'graphql';
import { buildApiSchema } from '../../../src/api/schema';
import { schemaFileIsCurrent, SCHEMA_FILE } from '../../../src/cli/emit-schema';

test('schema/schema.graphql is what the TypeGraphQL classes emit (run `npm run schema:emit`)', () => {
  expect(schemaFileIsCurrent()).toBe(true);
});

const OPS = path.join(__dirname, '..', '..', '..', 'examples', 'operations');
const EXPECTED: Record<string, string[]> = {
  Counterparts: ['name'],
  MeetingsBetween: ['a', 'b'],
  PersonProfile: ['name'],
  PersonArticles: ['name', 'first', 'after', 'from', 'to'],
  EntityArticles: ['id', 'first', 'after', 'from', 'to', 'with'],
  NamedWith: ['id', 'labels', 'from', 'to', 'top', 'articles'],
  MentionsByMonth: ['id', 'from', 'to'],
  TitleHistory: ['name', 'from', 'to', 'articles'],
  RelatedArticles: ['id', 'top', 'perNode', 'from', 'to'],
  ArticleMentions: ['id', 'first', 'after', 'labels'],
  MeetingsInRange: ['from', 'to', 'country', 'first', 'after'],
  TopicMeetings: ['topic'],
  ShortestPath: ['from', 'to'],
  Neighborhood: ['name', 'depth'],
  Search: ['text'],
  TopicTrends: ['country', 'from', 'to', 'byTopic', 'byPair'],
  TrendSeries: ['country', 'from', 'to', 'top', 'byTopic', 'byPair'],
  OrganizationPeople: ['name'],
  IngestArticle: ['text', 'title', 'date', 'source'],
};

test.each(Object.entries(EXPECTED))(
  'examples/operations/%s.graphql has exactly its variables and validates',
  (name, variables) => {
    const doc = parse(fs.readFileSync(path.join(OPS, `${name}.graphql`), 'utf8'));
    expect(validate(buildApiSchema(), doc)).toEqual([]);
    const [op] = doc.definitions;
    expect(op && 'name' in op ? op.name?.value : undefined).toBe(name);
    expect(
      op && 'variableDefinitions' in op ? op.variableDefinitions?.map((v) => v.variable.name.value) : [],
    ).toEqual(variables);
    expect(fs.existsSync(SCHEMA_FILE)).toBe(true);
  },
);
