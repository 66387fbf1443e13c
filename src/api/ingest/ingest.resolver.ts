import { Arg, ID, Mutation, Resolver } from 'type-graphql';
import { IngestResult } from './ingest-result.type';
import type { IngestService } from './ingest.service';

@Resolver()
export class IngestResolver {
  constructor(private readonly ingest: IngestService) {}

  @Mutation(() => IngestResult, {
    description: 'extracts and loads one article; returns what it created or matched',
  })
  ingestArticle(
    @Arg('text', () => String) text: string,
    @Arg('title', () => String, { nullable: true }) title: string | null,
    @Arg('date', () => String, { nullable: true, description: 'publication date, YYYY-MM-DD' })
    date: string | null,
    @Arg('source', () => String, { nullable: true }) source: string | null,
    @Arg('url', () => String, {
      nullable: true,
      description: 'where the article was published; stored, never used to find an article to replace',
    })
    url: string | null,
    @Arg('replaces', () => ID, {
      nullable: true,
      description: 'id of an article this one replaces (an edited version): its facts are removed first',
    })
    replaces: string | null,
  ) {
    return this.ingest.ingest({ text, title, date, source, url, replaces });
  }
}
