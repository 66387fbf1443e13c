import type { ApiLoaders } from '../api-loaders';
import type { Source } from '../article/source.type';
import { countryCode } from '../common/country-code';
import { dateWindow } from '../common/date-window';
import { nameParams } from '../common/name-lookup';
import { isIsoDateSort } from '../connection/cursor';
import { emptyPage, pageRequest, toPage, type PageResult } from '../connection/pagination';
import type { Place } from '../geo/place.type';
import type { Topic } from '../topic/topic.type';
import type { MeetingChildFlags } from './meeting-children';
import type { MeetingRepository } from './meeting.repository';
import type { Meeting } from './meeting.type';
import type { Participant } from './participant.type';
import { MAX_ID_LENGTH } from '../../domain/input-limits';
import type { PageArgs } from '../connection/page.args';

export class MeetingService {
  constructor(
    private readonly meetings: MeetingRepository,
    private readonly loaders: ApiLoaders,
  ) {}

  async between(
    a: string,
    b: string,
    args: PageArgs,
    flags: MeetingChildFlags,
  ): Promise<PageResult<Meeting>> {
    const page = pageRequest(args.first, args.after, isIsoDateSort);
    const pa = nameParams(a);
    const pb = nameParams(b);
    if (!pa || !pb) return emptyPage();
    const found = await this.meetings.between(pa, pb, page, flags);
    return toPage(found.rows, page, found.total);
  }

  async inRange(
    args: PageArgs & { from?: string | null; to?: string | null; country?: string | null },
    flags: MeetingChildFlags,
  ): Promise<PageResult<Meeting>> {
    const page = pageRequest(args.first, args.after, isIsoDateSort);
    const window = dateWindow(args.from, args.to);
    let country: string | null = null;
    if (args.country !== null && args.country !== undefined && args.country.trim() !== '') {
      country = countryCode(args.country);
      if (!country) return emptyPage();
    }
    const found = await this.meetings.inRange(window, country, page, flags);
    return toPage(found.rows, page, found.total);
  }

  async byTopic(
    topic: string,
    args: PageArgs,
    flags: MeetingChildFlags,
  ): Promise<PageResult<Meeting> & { topics: Topic[] }> {
    const page = pageRequest(args.first, args.after, isIsoDateSort);
    const params = nameParams(topic);
    if (!params || params.key.length < 2) return { ...emptyPage<Meeting>(), topics: [] };
    const found = await this.meetings.byTopic(params, page, flags);
    return { ...toPage(found.rows, page, found.total), topics: found.topics };
  }

  async byId(id: string, flags: MeetingChildFlags): Promise<Meeting | null> {
    if (id.length === 0 || id.length > MAX_ID_LENGTH) return null;
    const [meeting] = await this.meetings.byIds([id], flags);
    return meeting ?? null;
  }

  async place(m: Meeting): Promise<Place | null> {
    if (m.place !== undefined) return m.place;
    return (await this.loaders.meetingChild.load({ id: m.id, kind: 'place' })).place ?? null;
  }

  async participants(m: Meeting): Promise<Participant[]> {
    if (m.participants !== undefined) return m.participants;
    return (await this.loaders.meetingChild.load({ id: m.id, kind: 'participants' })).participants ?? [];
  }

  async topics(m: Meeting): Promise<Topic[]> {
    if (m.topics !== undefined) return m.topics;
    return (await this.loaders.meetingChild.load({ id: m.id, kind: 'topics' })).topics ?? [];
  }

  async sources(m: Meeting): Promise<Source[]> {
    if (m.sources !== undefined) return m.sources;
    return (await this.loaders.meetingChild.load({ id: m.id, kind: 'sources' })).sources ?? [];
  }
}
