import { Field, ObjectType } from 'type-graphql';
import { Person } from '../person/person.type';

/** A person's attendance at a meeting (one ATTENDED edge). */
@ObjectType('Participant', { simpleResolvers: true })
export class Participant {
  @Field(() => Person)
  person!: Person;

  @Field(() => String, { nullable: true, description: 'principal (one of the main parties) or participant' })
  role!: string | null;

  @Field(() => String, { nullable: true, description: 'the title the person held at the meeting' })
  title!: string | null;

  /** ids of the articles supporting the attendance */
  articles?: string[];
}
