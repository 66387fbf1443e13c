import DataLoader from 'dataloader';
import type { DateWindow } from './common/date-window';
import { byIdLoader, groupedLoader } from './common/grouped-loader';
import type { PageRequest } from './connection/pagination';
import type { EntityRepository, EntityRow } from './entity/entity.repository';
import type { Country } from './geo/country.type';
import type { GeoRepository } from './geo/geo.repository';
import {
  childrenOf,
  NO_CHILDREN,
  type MeetingChildFlags,
  type MeetingChildKind,
} from './meeting/meeting-children';
import type { Meeting } from './meeting/meeting.type';
import type { MeetingRepository, MeetingRows } from './meeting/meeting.repository';
import type { Organization } from './organization/organization.type';
import type { OrganizationRepository, PositionRows, Relatives } from './organization/organization.repository';
import type { ArticleRepository, MentionRows } from './article/article.repository';
import type { RelatedArticle } from './article/related-article.type';
import type { SourceRepository, SourceRows } from './article/source.repository';
import type { NamedWithList } from './article/named-with.type';
import type { MonthCount } from './topic/trend-series.type';
import type { Person } from './person/person.type';
import type { Position } from './person/position.type';
import type { TitleHistory } from './person/title-history.type';
import type { CounterpartRows, PersonRepository } from './person/person.repository';

type NamedWithKey = {
  id: string;
  labels: readonly string[] | null;
  window: DateWindow;
  top: number;
  scan: number;
};

export interface Repositories {
  people: PersonRepository;
  meetings: MeetingRepository;
  organizations: OrganizationRepository;
  geo: GeoRepository;
  sources: SourceRepository;
  articles: ArticleRepository;
  entities: EntityRepository;
}

type MeetingChildren = Pick<Meeting, 'place' | 'participants' | 'topics' | 'sources'>;

/** Per-request DataLoaders: nested fields batch per request level, so a request runs one statement per level and kind. */
export interface ApiLoaders {
  /** any node by id: aliased `entity(id:)` fields (a traversal client expanding a frontier) share one statement */
  entity: DataLoader<string, EntityRow | null>;
  person: DataLoader<string, Person | null>;
  country: DataLoader<string, Country | null>;
  organization: DataLoader<string, Organization | null>;
  positions: DataLoader<string, Position[]>;
  relatives: DataLoader<string, Relatives>;
  meetingChild: DataLoader<{ id: string; kind: MeetingChildKind }, MeetingChildren, string>;
  counterparts: DataLoader<{ id: string; page: PageRequest }, CounterpartRows, string>;
  personMeetings: DataLoader<{ id: string; page: PageRequest; window: DateWindow }, MeetingRows, string>;
  organizationPeople: DataLoader<{ id: string; page: PageRequest; detail: boolean }, PositionRows, string>;
  /** keyed by `factId`: one page of a fact's sources */
  sources: DataLoader<{ id: string; page: PageRequest }, SourceRows, string>;
  /** keyed by node id: one page of the articles that mention the node */
  mentions: DataLoader<
    { id: string; page: PageRequest; window: DateWindow; with: readonly string[]; counted: boolean },
    SourceRows & { total: number },
    string
  >;
  /** keyed by node id: how many articles name it each month of a window */
  mentionMonths: DataLoader<{ id: string; window: DateWindow }, MonthCount[], string>;
  /** keyed by node id: the nodes named most often in its newest articles */
  namedWith: DataLoader<NamedWithKey, NamedWithList, string>;
  /** keyed by person id: the titles its newest articles give it */
  titleHistory: DataLoader<{ id: string; window: DateWindow; scan: number }, TitleHistory, string>;
  /** keyed by article id: one page of the nodes it names */
  articleMentions: DataLoader<
    { id: string; labels: readonly string[] | null; page: PageRequest },
    MentionRows,
    string
  >;
  /** keyed by article id: the articles most like it */
  relatedArticles: DataLoader<
    { id: string; top: number; perNode: number; window: DateWindow },
    RelatedArticle[],
    string
  >;
}

export function createLoaders(repos: Repositories): ApiLoaders {
  return {
    entity: byIdLoader((ids) => repos.entities.byIds(ids)),
    person: byIdLoader((ids) => repos.people.byIds(ids)),
    country: byIdLoader((ids) => repos.geo.countriesByIds(ids)),
    organization: byIdLoader((ids) => repos.organizations.byIds(ids)),
    positions: new DataLoader(async (ids) => {
      const found = await repos.people.positionsByPersonIds(ids);
      return ids.map((id) => found.get(id) ?? []);
    }),
    relatives: new DataLoader(async (ids) => {
      const found = await repos.organizations.relativesByIds(ids);
      return ids.map((id) => found.get(id) ?? { parentId: null, departments: [] });
    }),
    // One statement fetches every kind of child the level asked for, for every meeting at that level.
    meetingChild: new DataLoader<{ id: string; kind: MeetingChildKind }, MeetingChildren, string>(
      async (keys) => {
        const flags: MeetingChildFlags = { place: false, participants: false, topics: false, sources: false };
        for (const key of keys) flags[key.kind] = true;
        const found = await repos.meetings.childrenByIds([...new Set(keys.map((k) => k.id))], flags);
        return keys.map((key) => found.get(key.id) ?? childrenOf({}, flags));
      },
      { cacheKeyFn: (key) => `${key.id}|${key.kind}` },
    ),
    counterparts: groupedLoader<{ id: string; page: PageRequest }, CounterpartRows>(
      (ids, { page }) => repos.people.counterpartsByPersonIds(ids, page),
      () => ({ total: 0, rows: [] }),
    ),
    personMeetings: groupedLoader<{ id: string; page: PageRequest; window: DateWindow }, MeetingRows>(
      (ids, { page, window }) => repos.meetings.byPeople(ids, window, page, NO_CHILDREN),
      () => ({ total: 0, rows: [] }),
    ),
    organizationPeople: groupedLoader<{ id: string; page: PageRequest; detail: boolean }, PositionRows>(
      (ids, { page, detail }) => repos.organizations.peopleByIds(ids, page, detail),
      () => ({ total: 0, rows: [] }),
    ),
    sources: groupedLoader<{ id: string; page: PageRequest }, SourceRows>(
      (ids, { page }) => repos.sources.pagesByIds(ids, page),
      () => ({ rows: [] }),
    ),
    mentions: groupedLoader<
      { id: string; page: PageRequest; window: DateWindow; with: readonly string[]; counted: boolean },
      SourceRows & { total: number }
    >(
      (ids, { page, window, with: others, counted }) =>
        repos.sources.mentionPagesByIds(ids, window, page, others, counted),
      () => ({ rows: [], total: 0 }),
    ),
    mentionMonths: groupedLoader<{ id: string; window: DateWindow }, MonthCount[]>(
      (ids, { window }) => repos.sources.monthsByIds(ids, window),
      () => [],
    ),
    namedWith: groupedLoader<NamedWithKey, NamedWithList>(
      (ids, { labels, window, top, scan }) => repos.sources.namedWithByIds(ids, labels, window, top, scan),
      () => ({ read: 0, items: [] }),
    ),
    titleHistory: groupedLoader<{ id: string; window: DateWindow; scan: number }, TitleHistory>(
      (ids, { window, scan }) => repos.sources.titleHistoryByIds(ids, window, scan),
      () => ({ read: 0, items: [] }),
    ),
    articleMentions: groupedLoader<
      { id: string; labels: readonly string[] | null; page: PageRequest },
      MentionRows
    >(
      (ids, { labels, page }) => repos.articles.mentionPagesByIds(ids, labels, page),
      () => ({ rows: [], total: 0 }),
    ),
    relatedArticles: groupedLoader<
      { id: string; top: number; perNode: number; window: DateWindow },
      RelatedArticle[]
    >(
      (ids, { top, perNode, window }) => repos.articles.relatedByIds(ids, top, perNode, window),
      () => [],
    ),
  };
}
