import { Field, Int, ObjectType } from 'type-graphql';
import { LocalDateScalar } from '../scalars/local-date.scalar';
import { Organization } from '../organization/organization.type';
import { Person } from './person.type';

/** A title a person held in an organization (one HOLDS_POSITION edge), with when it was seen. */
@ObjectType('Position', { simpleResolvers: true })
export class Position {
  @Field(() => String, { description: 'the title, e.g. "First Vice Foreign Minister"' })
  title!: string;

  @Field(() => LocalDateScalar, { nullable: true, description: 'first article date showing it' })
  since!: string | null;

  @Field(() => LocalDateScalar, { nullable: true, description: 'last article date showing it' })
  until!: string | null;

  @Field(() => Person)
  person!: Person;

  @Field(() => Organization)
  organization!: Organization;

  @Field(() => Int, { description: 'how many articles show it (`sources` pages them, newest first)' })
  sourceCount!: number;
}
