// The dashboard sends exactly the named operations in examples/operations/, bundled as raw text.
import articleMentions from '../../../examples/operations/ArticleMentions.graphql?raw';
import counterparts from '../../../examples/operations/Counterparts.graphql?raw';
import entityArticles from '../../../examples/operations/EntityArticles.graphql?raw';
import meetingsBetween from '../../../examples/operations/MeetingsBetween.graphql?raw';
import meetingsInRange from '../../../examples/operations/MeetingsInRange.graphql?raw';
import mentionsByMonth from '../../../examples/operations/MentionsByMonth.graphql?raw';
import namedWith from '../../../examples/operations/NamedWith.graphql?raw';
import neighborhood from '../../../examples/operations/Neighborhood.graphql?raw';
import organizationPeople from '../../../examples/operations/OrganizationPeople.graphql?raw';
import personProfile from '../../../examples/operations/PersonProfile.graphql?raw';
import relatedArticles from '../../../examples/operations/RelatedArticles.graphql?raw';
import search from '../../../examples/operations/Search.graphql?raw';
import shortestPath from '../../../examples/operations/ShortestPath.graphql?raw';
import titleHistory from '../../../examples/operations/TitleHistory.graphql?raw';
import topicMeetings from '../../../examples/operations/TopicMeetings.graphql?raw';
import trendSeries from '../../../examples/operations/TrendSeries.graphql?raw';

export const OPERATIONS = {
  ArticleMentions: articleMentions,
  Counterparts: counterparts,
  EntityArticles: entityArticles,
  MeetingsBetween: meetingsBetween,
  MeetingsInRange: meetingsInRange,
  MentionsByMonth: mentionsByMonth,
  NamedWith: namedWith,
  Neighborhood: neighborhood,
  OrganizationPeople: organizationPeople,
  PersonProfile: personProfile,
  RelatedArticles: relatedArticles,
  Search: search,
  ShortestPath: shortestPath,
  TitleHistory: titleHistory,
  TopicMeetings: topicMeetings,
  TrendSeries: trendSeries,
} as const;

export type OperationName = keyof typeof OPERATIONS;
