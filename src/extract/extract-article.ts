// The extraction pipeline: read → split → tokenize → people → meetings → countries, organizations, places → topics.
import { bodyId, issueDate, readArticle, type ArticleHeader } from './article-reader';
import { articleCountries, sentenceCapitals, sentenceStates } from './country.extractor';
import { capitalCountry } from './country-gazetteer';
import { ExtractionError } from './extraction.error';
import { INTERNATIONAL_BODY_RE } from './lexicon.data';
import type { ArticleExtraction, Evidence, ExtractedMeeting, ExtractedPerson } from './extraction.types';
import { extractMeetings } from './meeting.extractor';
import type { MeetingDraft, SentenceInfo } from './meeting.types';
import { meetingNamer } from './meeting-naming';
import { extractOrganizations, findOrgMentions } from './organization.extractor';
import { extractPeople } from './people.extractor';
import type { Person } from './people.types';
import { counterpartCountries, homeCountries, hostSideCountries } from './person-countries';
import { PlaceList } from './place.extractor';
import { datelineCity, publisherCountry } from './publisher';
import { releaseAuthor } from './release-author';
import { normalizeText, splitSentences, type Sentence } from './sentence-splitter';
import { assignTopics } from './topic-assignment';
import { tokenize } from './tokenizer';

export { decodeArticle, DEFAULT_MAX_ARTICLE_BYTES } from './article-reader';
export { ExtractionError } from './extraction.error';

export interface ExtractOptions {
  file?: string | null;
  defaults?: { title?: string; date?: string; source?: string; url?: string };
}

/** The header, with the caller's defaults for what the text does not say. */
function articleHeader(text: string, options: ExtractOptions): { header: ArticleHeader; body: string } {
  const { header, body } = readArticle(text);
  const d = options.defaults ?? {};
  if (!header.title && d.title) header.title = d.title;
  if (!header.source && d.source) header.source = d.source;
  if (!header.url && d.url) header.url = d.url;
  if (!header.date && d.date) {
    if (!/^\d{4}-\d{2}-\d{2}$/.test(d.date))
      throw new ExtractionError('MALFORMED_DATE', `date: malformed date "${d.date}"`);
    header.date = d.date;
  }
  if (!header.url && header.source) header.url = /https?:\/\/\S+/.exec(header.source)?.[0] ?? null;
  return { header, body };
}

/** Extracts one article; throws ExtractionError for empty text, a malformed date or a body with no sentences. */
export function extractArticle(text: string, options: ExtractOptions = {}): ArticleExtraction {
  if (!text || !text.trim()) throw new ExtractionError('EMPTY', 'article is empty');
  if (text.includes('\u0000'))
    throw new ExtractionError('BINARY', 'article is binary (contains NUL characters)');
  const { header, body } = articleHeader(text, options);
  const sentences = splitSentences(body);
  if (!sentences.length) throw new ExtractionError('NO_SENTENCES', 'body has no sentences');
  const norm = normalizeText(body);
  const publisher = publisherCountry(header.source, header.url, body);
  const toks = sentences.map((s) => tokenize(norm, s.start, s.end));
  const orgMentions = findOrgMentions(norm);
  const { people, mentions, explicit } = extractPeople(
    body,
    norm,
    sentences,
    toks,
    header.title,
    publisher,
    orgMentions,
  );

  const infos: SentenceInfo[] = sentences.map((s, i) => ({
    index: i,
    start: s.start,
    end: s.end,
    paragraph: s.paragraph,
    norm: norm.slice(s.start, s.end),
    mentions: mentions[i]!,
  }));
  const dateline = datelineCity(norm);
  const drafts = extractMeetings(infos, {
    articleDate: issueDate(body, header.date) ?? header.date,
    datelineCity: dateline,
    people,
    author: releaseAuthor(infos, people),
  });
  // A publication names its own side first: with no known publisher, the first stated state is home.
  const home = publisher ?? people.find((_p, i) => explicit[i])?.country ?? null;
  const states = sentenceStates(toks, publisher, norm);
  counterpartCountries(drafts, people, explicit, home, states);
  homeCountries(people, publisher, people.find((_p, i) => explicit[i])?.country ?? null, states, {
    sentenceCapitals: sentenceCapitals(toks),
    sentenceBodies: infos.map((x) => INTERNATIONAL_BODY_RE.test(x.norm)),
    datelineState: dateline ? capitalCountry(dateline) : null,
    drafts,
  });
  hostSideCountries(drafts, people, publisher);

  const { organizations, personOrg } = extractOrganizations(norm, people, orgMentions, publisher);
  const places = new PlaceList();
  const topics = assignTopics(infos, body, drafts);
  const evidence: Evidence[] = topics.evidence;
  const meetings = outputMeetings(drafts, people, topics.meetingTopics, places, sentences, evidence);
  evidence.push(...personEvidence(people, sentences));
  return {
    article: {
      id: bodyId(body),
      file: options.file ?? null,
      title: header.title,
      date: header.date,
      source: header.source,
      url: header.url,
    },
    people: outputPeople(people, personOrg),
    organizations,
    countries: articleCountries(states, people),
    places: places.list,
    meetings,
    topics: topics.topics,
    evidence,
  };
}

function outputPeople(people: readonly Person[], personOrg: ReadonlyArray<string | null>): ExtractedPerson[] {
  return people.map((p, i) => ({
    id: `p${i + 1}`,
    name: p.name,
    aliases: p.aliases,
    title: p.title,
    organization: personOrg[i] ?? null,
    country: p.country,
    ...(p.rank ? { rank: p.rank } : {}),
  }));
}

/** Meetings in the contract's shape; each meeting's sentences become its evidence. */
function outputMeetings(
  drafts: readonly MeetingDraft[],
  people: readonly Person[],
  meetingTopics: readonly string[][],
  places: PlaceList,
  sentences: readonly Sentence[],
  evidence: Evidence[],
): ExtractedMeeting[] {
  const nameOf = meetingNamer(people);
  return drafts.map((d, i) => {
    const id = `m${i + 1}`;
    for (const si of new Set(d.sentences)) evidence.push(sentenceEvidence(id, sentences[si]!));
    return {
      id,
      name: nameOf(d),
      kind: d.kind,
      date: d.date,
      place: d.place ? places.idOf(d.place) : null,
      format: d.format ?? (d.kind === 'call' ? 'phone' : d.place ? 'in_person' : null),
      status: d.planned ? ('planned' as const) : ('held' as const),
      series: d.series,
      ordinal: d.ordinal,
      participants: d.participants.map((p) => `p${p + 1}`),
      roles: d.participants.map((p) => ({
        person: `p${p + 1}`,
        role: d.principals.includes(p) ? ('principal' as const) : ('participant' as const),
      })),
      topics: meetingTopics[i]!,
    };
  });
}

/** One evidence sentence per sentence a person is mentioned in. */
function personEvidence(people: readonly Person[], sentences: readonly Sentence[]): Evidence[] {
  const out: Evidence[] = [];
  people.forEach((p, i) => {
    const seen = new Set<number>();
    for (const m of p.mentions) {
      if (m.sentence < 0 || seen.has(m.sentence)) continue;
      seen.add(m.sentence);
      out.push(sentenceEvidence(`p${i + 1}`, sentences[m.sentence]!));
    }
  });
  return out;
}

function sentenceEvidence(about: string, s: Sentence): Evidence {
  return { about, sentence: s.text, start: s.start, end: s.end };
}
