// The shapes identity resolution reads and writes: mentions from a batch, nodes the lookup found, plans and decisions.
import type { DateSpan } from '../identity-rules';

export type EntityLabel = 'Person' | 'Organization' | 'Place' | 'Topic' | 'Meeting';
export type NodeLabel = Exclude<EntityLabel, 'Meeting'>;
export type EntityStatus = 'created' | 'matched';

/** One identity decision, kept so every merge can be explained (`parley load --explain`, the ingest result). */
export interface MergeDecision {
  label: EntityLabel;
  article: string;
  /** the name as this article gives it */
  name: string;
  id: string;
  status: EntityStatus;
  rule: string;
  reason: string;
}

/** Why a mention joined the node it did: the rule's name and its explanation. */
export interface Reason {
  rule: string;
  reason: string;
}

/**
 * A lookup key: a `name` key finds people through their `(:NameKey)-[:KEY_OF]->` edges, a `family` key the full-named
 * people bearing a token (`FAMILY_KEY_OF`), an `id` key an organization, place or topic by its id.
 */
export interface LookupKey {
  label: NodeLabel;
  key: string;
  index?: 'name' | 'family' | 'id';
}

/** What the graph lookup found for a batch. */
export interface LookupResult {
  entities: ExistingEntity[];
  /** family keys borne by more full-named people than the lookup returns: no bare name joins on them */
  crowded: string[];
}

/** What identity resolution decides about a person, organization, place or topic node, and stores on it. */
interface EntityProps {
  name: string;
  aliases: string[];
  nameKeys: string[];
  country: string | null;
  kind: string | null;
  title: string | null;
  /** every title its sources gave (people): the family-name rule compares them */
  titles: string[];
}

/** A node the lookup found in the graph. */
export interface ExistingEntity extends EntityProps {
  label: NodeLabel;
  id: string;
  lastSeen: string | null;
}

/** What the sources say of a meeting besides its date. */
interface MeetingFields {
  name: string;
  kind: string;
  format: string | null;
  series: string | null;
  ordinal: number | null;
  /** reported as having happened (stored as status 'held'), else only planned */
  held: boolean;
}

export interface ExistingMeeting extends MeetingFields {
  id: string;
  aliases: string[];
  /** as stored: YYYY-MM-DD, YYYY-MM or YYYY */
  date: string | null;
  participants: string[];
  principals: string[];
}

export interface EntityMention {
  label: NodeLabel;
  article: string;
  articleDate: string | null;
  localId: string;
  name: string;
  aliases: string[];
  country: string | null;
  kind: string | null;
  title: string | null;
  /** keys that may join this mention to another node */
  linkKeys: string[];
  proposedId: string;
}

/** The node a cluster of mentions becomes: `matchId` is what to MERGE on, `id` what it is called afterwards. */
export interface EntityPlan extends EntityProps {
  label: NodeLabel;
  matchId: string;
  /** other existing nodes a bridging mention showed to be the same: merged into `matchId` */
  absorb: string[];
  id: string;
  status: EntityStatus;
  /** one existing node whose stored name, aliases, keys, country, kind and titles this plan would write again */
  unchanged: boolean;
  /** name keys (and, for people, family keys) the node `matchId` does not carry yet: their key edges are written */
  newKeys: string[];
  newFamilyKeys: string[];
}

export interface MeetingMention extends MeetingFields {
  article: string;
  localId: string;
  date: DateSpan | null;
  seriesKey: string | null;
  participants: string[];
  principals: string[];
  proposedId: string;
}

export interface MeetingPlan extends MeetingFields {
  matchId: string;
  absorb: string[];
  id: string;
  status: EntityStatus;
  aliases: string[];
  nameKeys: string[];
  date: DateSpan | null;
  seriesKey: string | null;
  /** name keys the meeting `matchId` does not carry yet */
  newKeys: string[];
}

/** What resolving a batch gives: the plans to write, each mention's final id and why. */
export interface Resolution<P> {
  plans: P[];
  /** `${label}|${articleId}|${localId}` (see `localRef`) → final id */
  idOf: Map<string, string>;
  decisions: MergeDecision[];
}

export type EntityResolution = Resolution<EntityPlan>;
export type MeetingResolution = Resolution<MeetingPlan>;

export interface MeetingProbes {
  /** date windows to search, with the people a candidate must share */
  windows: Array<{ from: string; to: string; people: string[] }>;
  series: Array<{ seriesKey: string; ordinal: number }>;
}

/** The key of one article's local entity in `Resolution.idOf`. */
export function localRef(label: EntityLabel, article: string, localId: string): string {
  return `${label}|${article}|${localId}`;
}
