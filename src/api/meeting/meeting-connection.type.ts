import { ObjectType } from 'type-graphql';
import { connectionOf } from '../connection/connection.type';
import { Meeting } from './meeting.type';

@ObjectType('MeetingConnection', { simpleResolvers: true })
export class MeetingConnection extends connectionOf(Meeting, 'Meeting') {}
