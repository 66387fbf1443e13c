import { Arg, Mutation, Resolver } from 'type-graphql';
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
    @Arg('url', () => String, { nullable: true }) url: string | null,
  ) {
    return this.ingest.ingest({ text, title, date, source, url });
  }
}
