import { Field, Int, ObjectType } from 'type-graphql';
import { PartialDateScalar } from '../scalars/partial-date.scalar';
import { Person } from './person.type';

/** Someone who attended meetings with a given person. */
@ObjectType('Counterpart', { simpleResolvers: true })
export class Counterpart {
  @Field(() => Person)
  person!: Person;

  @Field(() => Int, { description: 'meetings both attended' })
  sharedMeetings!: number;

  @Field(() => PartialDateScalar, { nullable: true, description: 'date of the first shared meeting' })
  firstDate!: string | null;

  @Field(() => PartialDateScalar, { nullable: true, description: 'date of the last shared meeting' })
  lastDate!: string | null;
}
