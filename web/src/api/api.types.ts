// Answer shapes of the operations in examples/operations/ (see docs/api.md).

export interface Ref {
  id: string;
  label: string;
  name: string;
}

export type CountryRef = Ref;

export interface Source {
  articleId: string;
  title: string | null;
  date: string | null;
  source?: string | null;
  url?: string | null;
  sentence: string | null;
  start?: number | null;
  end?: number | null;
}

export interface PageInfo {
  hasNextPage: boolean;
  endCursor: string | null;
}

export interface Connection<T> {
  totalCount: number;
  pageInfo?: PageInfo;
  edges: { cursor?: string; node: T }[];
}

export interface SearchHit extends Ref {
  score: number;
  snippet: string | null;
  highlights: { start: number; end: number }[];
  date: string | null;
}

export interface GraphNode extends Ref {
  depth?: number;
  date?: string | null;
  kind?: string | null;
  title?: string | null;
  country?: string | null;
}

export interface GraphEdge {
  id?: string;
  source: string;
  target: string;
  type: string;
  title?: string | null;
  sourceCount?: number;
  firstSeen?: string | null;
  lastSeen?: string | null;
}

export interface Neighborhood {
  center: Ref;
  truncated: boolean;
  /** the center's relationships of each followed type, most first */
  centerLinks: { type: string; count: number }[];
  nodes: GraphNode[];
  edges: GraphEdge[];
}

export interface GraphPath {
  length: number;
  nodes: GraphNode[];
  edges: GraphEdge[];
}

export interface Participant {
  role: string | null;
  title: string | null;
  person: Ref & { country?: CountryRef | null };
}

export interface Meeting extends Ref {
  kind?: string | null;
  date: string | null;
  format?: string | null;
  status?: 'HELD' | 'PLANNED';
  place?: (Ref & { country?: CountryRef | null }) | null;
  participants?: Participant[];
  topics?: Ref[];
  sources?: Source[];
}

export interface Position {
  title: string | null;
  since: string | null;
  until: string | null;
  organization: Ref & { kind?: string | null; country?: CountryRef | null };
  sourceCount: number;
  /** the newest page of the articles that show it */
  sources: SourcePage;
}

/** The newest page of a fact's sources or of a node's articles, with how many there are. */
export interface SourcePage {
  totalCount: number;
  edges: Array<{ node: Source }>;
}

export interface Counterpart {
  sharedMeetings: number;
  firstDate: string | null;
  lastDate: string | null;
  person: Ref & { title?: string | null; country?: CountryRef | null };
}

export interface PersonProfile extends Ref {
  aliases: string[];
  title: string | null;
  firstSeen: string | null;
  lastSeen: string | null;
  country: CountryRef | null;
  positions: Position[];
  counterparts: Connection<Counterpart>;
  meetings: Connection<Meeting>;
}

/** A title a person's articles give it, in how many of those read and between which of their dates. */
export interface TitleSeen {
  title: string;
  articles: number;
  firstSeen: string | null;
  lastSeen: string | null;
}

export interface TitleHistory {
  read: number;
  items: TitleSeen[];
}

export interface OrganizationPeople extends Ref {
  kind: string | null;
  country: CountryRef | null;
  parent: Ref | null;
  departments: Ref[];
  people: Connection<{
    title: string | null;
    since: string | null;
    until: string | null;
    person: Ref;
    organization: Ref;
  }>;
}

export interface TopicMeetings extends Connection<Meeting> {
  topics: Ref[];
}

export interface MonthCount {
  month: string;
  count: number;
}

/** The largest series, each month by month, and the rest summed into `other` (`others` of them). */
export interface SeriesSet<S> {
  series: (S & { total: number; points: MonthCount[] })[];
  others: number;
  other: MonthCount[];
}

/** The series a chart asks for (`byTopic`, `byPair`) are present; the others are left out of the answer. */
export interface TrendSeries {
  months: string[];
  topicSeries?: SeriesSet<{ topic: Ref }>;
  pairSeries?: SeriesSet<{ countries: string[] }>;
}

/** A node an article names, with what the article says of it. */
export interface Mention {
  /** a reported meeting carries its date */
  entity: Ref & { date?: string | null };
  count: number | null;
  sentence: string | null;
  names: string[];
  titles: string[];
  status: 'HELD' | 'PLANNED' | null;
}

/** The nodes named most often alongside one, over its newest `read` articles. */
export interface NamedWithList {
  read: number;
  items: { articles: number; entity: Ref }[];
}

/** An article like another, with the nodes both name (rarest first). */
export interface RelatedArticle {
  score: number;
  article: Ref & { title: string | null; date: string | null; source: string | null };
  shared: Ref[];
}

export interface ArticleMentions extends Ref {
  title: string | null;
  date: string | null;
  source: string | null;
  url: string | null;
  mentions: Connection<Mention>;
}

/** What each operation returns under `data`. */
export interface OperationData {
  Search: { search: Connection<SearchHit> };
  Neighborhood: { neighborhood: Neighborhood | null };
  PersonProfile: { person: PersonProfile | null };
  TitleHistory: { person: { id: string; name: string; titleHistory: TitleHistory } | null };
  /** `mentionedIn` is absent on a node articles do not mention by name (an article, a meeting). */
  EntityArticles: { entity: (Ref & { mentionedIn?: SourcePage }) | null };
  /** `mentions` and the article's fields are absent when the id is not an article's. */
  /** `mentionsByMonth` is absent on a node articles do not mention by name (an article, a meeting). */
  MentionsByMonth: { entity: (Ref & { mentionsByMonth?: MonthCount[] }) | null };
  /** `namedWith` is absent on a node articles do not mention by name (an article, a meeting). */
  NamedWith: { entity: (Ref & { namedWith?: NamedWithList }) | null };
  /** `related` is absent when the id is not an article's. */
  RelatedArticles: { entity: (Ref & { related?: RelatedArticle[] }) | null };
  ArticleMentions: { entity: ArticleMentions | (Ref & { mentions?: undefined }) | null };
  MeetingsBetween: { meetingsBetween: Connection<Meeting> };
  MeetingsInRange: { meetings: Connection<Meeting> };
  ShortestPath: { shortestPath: GraphPath | null };
  TopicMeetings: { topicMeetings: TopicMeetings };
  TrendSeries: { topicTrends: TrendSeries };
  OrganizationPeople: { organization: OrganizationPeople | null };
  Counterparts: { counterparts: Connection<Counterpart> & { person: Ref | null } };
}
