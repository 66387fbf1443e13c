import { ANONYMOUS, type Principal } from '../auth/principal';
import type { Logger } from '../logging/logger';
import type { Neo4jClient } from '../neo4j/neo4j-client';
import { createLoaders, type ApiLoaders } from './api-loaders';
import { ArticleRepository } from './article/article.repository';
import { ArticleService } from './article/article.service';
import { SourceRepository } from './article/source.repository';
import { SourceService } from './article/source.service';
import { EntityRepository } from './entity/entity.repository';
import { EntityService } from './entity/entity.service';
import { GeoRepository } from './geo/geo.repository';
import { GeoService } from './geo/geo.service';
import { IngestService, type ArticleIngester } from './ingest/ingest.service';
import { MeetingRepository } from './meeting/meeting.repository';
import { MeetingService } from './meeting/meeting.service';
import { OrganizationRepository } from './organization/organization.repository';
import { OrganizationService } from './organization/organization.service';
import { PersonRepository } from './person/person.repository';
import { PersonService } from './person/person.service';
import { SearchRepository } from './search/search.repository';
import { SearchService } from './search/search.service';
import { TopicRepository } from './topic/topic.repository';
import { TopicService } from './topic/topic.service';
import { TraversalRepository } from './traversal/traversal.repository';
import { TraversalService } from './traversal/traversal.service';

export interface ApiServices {
  people: PersonService;
  meetings: MeetingService;
  organizations: OrganizationService;
  geo: GeoService;
  topics: TopicService;
  search: SearchService;
  traversal: TraversalService;
  entities: EntityService;
  ingest: IngestService;
  sources: SourceService;
  articles: ArticleService;
}

/** Everything one GraphQL request works with; built fresh per request so loaders never share a cache. */
export interface ApiContext {
  /** names of the Cypher statements this request ran, in order */
  statements: string[];
  services: ApiServices;
  loaders: ApiLoaders;
  logger: Logger;
  /** who sent the request (authenticated by the HTTP layer); mutations need an editor */
  principal: Principal;
}

export interface ApiDependencies {
  client: Pick<Neo4jClient, 'withListener'>;
  logger: Logger;
  maxArticleBytes: number;
  /** the loader's ingest entry point; without it `ingestArticle` answers with an error */
  ingester?: ArticleIngester;
  principal?: Principal;
}

export function createApiContext(deps: ApiDependencies): ApiContext {
  const statements: string[] = [];
  const runner = deps.client.withListener((name) => statements.push(name));
  const repos = {
    people: new PersonRepository(runner),
    meetings: new MeetingRepository(runner),
    organizations: new OrganizationRepository(runner),
    geo: new GeoRepository(runner),
    sources: new SourceRepository(runner),
    articles: new ArticleRepository(runner),
    entities: new EntityRepository(runner),
  };
  const entities = repos.entities;
  const loaders = createLoaders(repos);
  return {
    statements,
    loaders,
    logger: deps.logger,
    principal: deps.principal ?? ANONYMOUS,
    services: {
      people: new PersonService(repos.people, loaders),
      meetings: new MeetingService(repos.meetings, loaders),
      organizations: new OrganizationService(repos.organizations, loaders),
      geo: new GeoService(loaders),
      topics: new TopicService(new TopicRepository(runner)),
      search: new SearchService(new SearchRepository(runner)),
      traversal: new TraversalService(new TraversalRepository(runner)),
      entities: new EntityService(loaders),
      ingest: new IngestService(deps.ingester, entities, deps.maxArticleBytes),
      sources: new SourceService(loaders),
      articles: new ArticleService(loaders),
    },
  };
}
