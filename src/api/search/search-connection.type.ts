import { ObjectType } from 'type-graphql';
import { connectionOf } from '../connection/connection.type';
import { SearchHit } from './search-hit.type';

@ObjectType('SearchHitConnection', { simpleResolvers: true })
export class SearchHitConnection extends connectionOf(SearchHit, 'SearchHit') {}
