import { ObjectType } from 'type-graphql';
import { connectionOf } from '../connection/connection.type';
import { SearchHit } from './search-hit.type';
import { MAX_SEARCH_HITS } from './search.repository';

@ObjectType('SearchHitConnection', { simpleResolvers: true })
export class SearchHitConnection extends connectionOf(
  SearchHit,
  'SearchHit',
  `matches among the ${MAX_SEARCH_HITS.toLocaleString('en-US')} best-ranked hits of every type, not just this page (the pages end there too)`,
) {}
