import { Field, ObjectType } from 'type-graphql';
import { connectionOf } from '../connection/connection.type';
import { Counterpart } from './counterpart.type';
import { Person } from './person.type';

@ObjectType('CounterpartConnection', { simpleResolvers: true })
export class CounterpartConnection extends connectionOf(Counterpart, 'Counterpart') {
  @Field(() => Person, { nullable: true, description: 'the person the name matched (null: none)' })
  person!: Person | null;
}
