// People found in one article: their mentions and the person each group of mentions names.
import type { OrgRef } from './organization-names';

export interface PersonMention {
  sentence: number;
  /** token range of the name */
  from: number;
  to: number;
  start: number;
  end: number;
  name: string;
  tokens: string[];
  title: string | null;
  rank: string | null;
  country: string | null;
  org: OrgRef | null;
  possessive: boolean;
  /** the title came from a lowercase apposition ("member of ..., premier of ...") */
  appositive: boolean;
  /** resolved person index */
  person: number;
}

export interface Person {
  name: string;
  aliases: string[];
  title: string | null;
  rank: string | null;
  country: string | null;
  org: OrgRef | null;
  mentions: PersonMention[];
  keyTokens: Set<string>;
  /** the one word of the name the headline calls the person by after a title ("Foreign Minister Hayashi") */
  headlineShort?: string;
}
