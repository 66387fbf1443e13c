import { ObjectType } from 'type-graphql';
import { connectionOf } from '../connection/connection.type';
import { Source } from './source.type';

@ObjectType('SourceConnection', { simpleResolvers: true })
export class SourceConnection extends connectionOf(Source, 'Source') {}
