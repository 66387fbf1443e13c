import { registerEnumType } from 'type-graphql';

/** Whether a meeting took place, as stored on the Meeting node ('held' or 'planned'). */
export enum MeetingStatus {
  HELD = 'held',
  PLANNED = 'planned',
}
registerEnumType(MeetingStatus, {
  name: 'MeetingStatus',
  description: 'HELD: a source reports it took place; PLANNED: every source so far reports it as scheduled',
  valuesConfig: {
    HELD: { description: 'at least one source reports that it took place' },
    PLANNED: { description: 'announced or scheduled; no source reports yet that it took place' },
  },
});
