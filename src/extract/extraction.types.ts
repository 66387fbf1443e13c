// The shape `parley extract` prints, one per article (../shared/extraction-contract.md); the loader reads it back.

export interface ArticleMeta {
  /** sha256 of the body, hex */
  id: string;
  /** path as given on the command line, or null for posted text */
  file: string | null;
  title: string | null;
  /** YYYY-MM-DD publication date, or null when the article has none */
  date: string | null;
  source: string | null;
  url: string | null;
}

export interface ExtractedPerson {
  id: string;
  name: string;
  aliases: string[];
  title: string | null;
  /** id of an entry in `organizations` */
  organization: string | null;
  /** ISO 3166-1 alpha-2 */
  country: string | null;
}

export type OrganizationKind =
  | 'ministry'
  | 'department'
  | 'agency'
  | 'office'
  | 'party'
  | 'military'
  | 'international'
  | 'legislature'
  | 'government'
  | 'other';

export interface ExtractedOrganization {
  id: string;
  name: string;
  aliases: string[];
  kind: OrganizationKind;
  country: string | null;
  /** id of the parent organization, e.g. a department's ministry */
  parent: string | null;
}

export interface ExtractedCountry {
  code: string;
  name: string;
}

export interface ExtractedPlace {
  id: string;
  name: string;
  country: string | null;
}

export type MeetingKind =
  'meeting' | 'talks' | 'dialogue' | 'summit' | 'call' | 'visit' | 'ceremony' | 'conference';
export type MeetingFormat = 'in_person' | 'virtual' | 'phone';

export interface ExtractedParticipant {
  person: string;
  /** principal: one of the main parties; participant: also took part */
  role: 'principal' | 'participant';
}

export interface ExtractedMeeting {
  id: string;
  name: string;
  kind: MeetingKind;
  /** YYYY-MM-DD, YYYY-MM or YYYY, at the precision the text supports */
  date: string | null;
  /** id of an entry in `places` */
  place: string | null;
  format: MeetingFormat | null;
  /** held (reported as having happened) or planned (scheduled, announced) */
  status?: 'held' | 'planned';
  /** the series name without its ordinal ("Vice Foreign Ministerial Strategic Dialogue") */
  series: string | null;
  ordinal: number | null;
  /** ids of `people` */
  participants: string[];
  roles: ExtractedParticipant[];
  /** ids of `topics` */
  topics: string[];
}

export interface ExtractedTopic {
  id: string;
  name: string;
}

export interface Evidence {
  /** id of the person, organization, place, meeting or topic the sentence supports */
  about: string;
  sentence: string;
  /** UTF-16 offsets into the body: body.slice(start, end) === sentence */
  start: number;
  end: number;
}

export interface ArticleExtraction {
  article: ArticleMeta;
  people: ExtractedPerson[];
  organizations: ExtractedOrganization[];
  countries: ExtractedCountry[];
  places: ExtractedPlace[];
  meetings: ExtractedMeeting[];
  topics: ExtractedTopic[];
  evidence: Evidence[];
}
