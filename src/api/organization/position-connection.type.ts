import { ObjectType } from 'type-graphql';
import { connectionOf } from '../connection/connection.type';
import { Position } from '../person/position.type';

@ObjectType('PositionConnection', { simpleResolvers: true })
export class PositionConnection extends connectionOf(Position, 'Position') {}
