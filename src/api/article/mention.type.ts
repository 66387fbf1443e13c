import { Field, Int, ObjectType } from 'type-graphql';
import { connectionOf } from '../connection/connection.type';
import { Entity } from '../entity/entity.interface';
import { MeetingStatus } from '../meeting/meeting-status';
import { LocatedSentence } from './located-sentence.type';

/** A node an article names (a meeting: one it reports), what the article says of it, its first mention's sentence. */
@ObjectType('Mention', { simpleResolvers: true })
export class Mention extends LocatedSentence {
  @Field(() => Entity)
  entity!: Entity;

  @Field(() => Int, {
    nullable: true,
    description: 'how many times the article names it (null for a meeting)',
  })
  count!: number | null;

  @Field(() => [String], { description: 'the names the article gives it' })
  names!: string[];

  @Field(() => [String], { description: "a person's titles in the article" })
  titles!: string[];

  @Field(() => MeetingStatus, {
    nullable: true,
    description: "a meeting's status as this article reports it (null for other nodes)",
  })
  status!: MeetingStatus | null;
}

@ObjectType('MentionConnection', { simpleResolvers: true })
export class MentionConnection extends connectionOf(Mention, 'Mention') {}
