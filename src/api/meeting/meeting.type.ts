import { Field, Int, ObjectType } from 'type-graphql';
import type { Source } from '../article/source.type';
import { Entity } from '../entity/entity.interface';
import type { Place } from '../geo/place.type';
import { LocalDateScalar } from '../scalars/local-date.scalar';
import { PartialDateScalar } from '../scalars/partial-date.scalar';
import type { Topic } from '../topic/topic.type';
import { MeetingStatus } from './meeting-status';
import type { Participant } from './participant.type';

/** One encounter (meeting, talks, dialogue, summit, call, visit, ceremony, conference). */
@ObjectType('Meeting', { implements: Entity, simpleResolvers: true })
export class Meeting extends Entity {
  @Field(() => String, {
    nullable: true,
    description: 'meeting, talks, dialogue, summit, call, visit, ceremony, conference',
  })
  kind!: string | null;

  @Field(() => PartialDateScalar, {
    nullable: true,
    description: 'the date at the precision the sources support',
  })
  date!: string | null;

  @Field(() => LocalDateScalar, { nullable: true, description: 'first day the date covers' })
  dateStart!: string | null;

  @Field(() => LocalDateScalar, { nullable: true, description: 'last day the date covers' })
  dateEnd!: string | null;

  @Field(() => String, { nullable: true, description: 'day, month or year' })
  datePrecision!: string | null;

  @Field(() => String, { nullable: true, description: 'in_person, virtual or phone' })
  format!: string | null;

  @Field(() => MeetingStatus, {
    description: 'HELD once any source reports it took place; PLANNED while all report it as scheduled',
  })
  status!: MeetingStatus;

  @Field(() => String, { nullable: true, description: 'the series without its ordinal' })
  series!: string | null;

  @Field(() => Int, { nullable: true, description: 'the ordinal within the series (10 for the 10th)' })
  ordinal!: number | null;

  @Field(() => [String])
  aliases!: string[];

  // Prefetched by the statement that found the meeting when the request selects them; undefined: ask a loader.
  place?: Place | null;
  participants?: Participant[];
  topics?: Topic[];
  sources?: Source[];
}
