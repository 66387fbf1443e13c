import { Field, ObjectType } from 'type-graphql';
import { connectionOf } from '../connection/connection.type';
import { Meeting } from '../meeting/meeting.type';
import { Topic } from './topic.type';

@ObjectType('TopicMeetingConnection', { simpleResolvers: true })
export class TopicMeetingConnection extends connectionOf(Meeting, 'TopicMeeting') {
  @Field(() => [Topic], { description: 'the topics the text matched' })
  topics!: Topic[];
}
