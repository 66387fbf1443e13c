import 'reflect-metadata';
import type { GraphQLInterfaceType, GraphQLSchema } from 'graphql';
import { buildSchemaSync, type ContainerType, type NonEmptyArray, type ResolverData } from 'type-graphql';
import type { ApiContext, ApiServices } from './api-context';
import { entityTypeName } from './entity/entity.interface';
import { ArticleResolver } from './article/article.resolver';
import { MENTIONS_RESOLVERS } from './article/mentions.resolver';
import { EntityResolver } from './entity/entity.resolver';
import { CountryResolver } from './geo/country.resolver';
import { PlaceResolver } from './geo/place.resolver';
import { IngestResolver } from './ingest/ingest.resolver';
import { MeetingResolver } from './meeting/meeting.resolver';
import { OrganizationResolver } from './organization/organization.resolver';
import { PersonResolver } from './person/person.resolver';
import { PositionResolver } from './person/position.resolver';
import { TitleHistoryResolver } from './person/title-history.resolver';
import { SearchResolver } from './search/search.resolver';
import { TopicTrendsResolver } from './topic/topic-trends.resolver';
import { TopicResolver } from './topic/topic.resolver';
import { GraphEdgeResolver } from './traversal/graph-edge.resolver';
import { TraversalResolver } from './traversal/traversal.resolver';

/** A resolver class, as TypeGraphQL hands it to the container. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type ResolverClass = abstract new (...args: any[]) => object;

// Each resolver gets the services of the request it serves: constructor injection from a per-request container.
const RESOLVERS = new Map<ResolverClass, (s: ApiServices) => object>([
  [PersonResolver, (s) => new PersonResolver(s.people)],
  [MeetingResolver, (s) => new MeetingResolver(s.meetings)],
  [TopicResolver, (s) => new TopicResolver(s.topics, s.meetings)],
  [TopicTrendsResolver, (s) => new TopicTrendsResolver(s.topics)],
  [OrganizationResolver, (s) => new OrganizationResolver(s.organizations)],
  [PlaceResolver, (s) => new PlaceResolver(s.geo)],
  [CountryResolver, (s) => new CountryResolver(s.geo)],
  [EntityResolver, (s) => new EntityResolver(s.entities)],
  [SearchResolver, (s) => new SearchResolver(s.search)],
  [TraversalResolver, (s) => new TraversalResolver(s.traversal)],
  [IngestResolver, (s) => new IngestResolver(s.ingest)],
  [PositionResolver, (s) => new PositionResolver(s.sources)],
  [TitleHistoryResolver, (s) => new TitleHistoryResolver(s.sources)],
  [GraphEdgeResolver, (s) => new GraphEdgeResolver(s.sources)],
  [ArticleResolver, (s) => new ArticleResolver(s.articles)],
  ...MENTIONS_RESOLVERS.map((r) => [r, (s: ApiServices) => new r(s.sources)] as const),
]);

const instances = new WeakMap<ApiContext, Map<ResolverClass, object>>();

const requestContainer = ({ context }: ResolverData<ApiContext>): ContainerType => ({
  get(resolverClass: ResolverClass) {
    const made = instances.get(context) ?? new Map<ResolverClass, object>();
    instances.set(context, made);
    let instance = made.get(resolverClass);
    if (!instance) {
      const factory = RESOLVERS.get(resolverClass);
      if (!factory) throw new Error(`no factory for resolver ${resolverClass.name}`);
      instance = factory(context.services);
      made.set(resolverClass, instance);
    }
    return instance;
  },
});

/** Builds the executable schema from the TypeGraphQL classes (also what `npm run schema:emit` prints). */
export function buildApiSchema(): GraphQLSchema {
  const schema = buildSchemaSync({
    resolvers: [...RESOLVERS.keys()] as unknown as NonEmptyArray<() => void>,
    container: requestContainer,
    validate: false,
  });
  // TypeGraphQL wraps a resolveType in an async function; graphql-jit (compiled execution) resolves types synchronously.
  (schema.getType('Entity') as GraphQLInterfaceType).resolveType = entityTypeName;
  return schema;
}
