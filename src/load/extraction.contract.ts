// Checks an extraction (from the extractor or a JSON line) against the contract before anything is written.
import path from 'node:path';
import { z } from 'zod';
import type { ArticleExtraction, ExtractedPlace } from '../extract/extraction.types';
import { formatPath, type InputPath } from '../domain/input-error';
import { MAX_ID_LENGTH, MAX_NAME_LENGTH, MAX_TEXT_FIELD_LENGTH } from '../domain/input-limits';
import { addDays, parseDateSpan, SAME_DAY_SLACK_DAYS } from './identity-rules';

/** A rejected article or JSON line: `path` says where (['meetings', 2, 'date']), `message` is what the report prints. */
export class ContractError extends Error {
  constructor(
    readonly path: InputPath,
    readonly reason: string,
  ) {
    super(`${formatPath(path) || 'extraction'}: ${reason}`);
    this.name = 'ContractError';
  }
}

const id = z.string().min(1).max(MAX_ID_LENGTH);
const nullableText = z.string().max(MAX_TEXT_FIELD_LENGTH).nullable();
const country = z.string().regex(/^[A-Z]{2}$/, 'must be an ISO 3166-1 alpha-2 code');
const day = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'must be YYYY-MM-DD');
const partialDate = z.string().regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, 'must be YYYY-MM-DD, YYYY-MM or YYYY');
const name = z.string().trim().min(1, 'must not be empty').max(MAX_NAME_LENGTH);

const schema = z.object({
  article: z.object({
    id: z.string().regex(/^[0-9a-f]{64}$/, 'must be the sha256 of the body in hex'),
    file: nullableText.optional().default(null),
    title: nullableText,
    date: day.nullable(),
    source: nullableText,
    url: nullableText.optional().default(null),
  }),
  people: z.array(
    z.object({
      id,
      name,
      aliases: z.array(z.string()).optional().default([]),
      title: nullableText,
      organization: id.nullable(),
      country: country.nullable(),
    }),
  ),
  organizations: z.array(
    z.object({
      id,
      name,
      aliases: z.array(z.string()).optional().default([]),
      kind: z.enum([
        'ministry',
        'department',
        'agency',
        'office',
        'party',
        'military',
        'international',
        'legislature',
        'government',
        'other',
      ]),
      country: country.nullable(),
      parent: id.nullable(),
    }),
  ),
  countries: z.array(z.object({ code: country, name: z.string() })),
  places: z.array(z.object({ id, name, country: country.nullable() })),
  meetings: z.array(
    z.object({
      id,
      name,
      kind: z.enum(['meeting', 'talks', 'dialogue', 'summit', 'call', 'visit', 'ceremony', 'conference']),
      date: partialDate.nullable(),
      place: z.string().nullable(),
      format: z.enum(['in_person', 'virtual', 'phone']).nullable().optional().default(null),
      status: z.enum(['held', 'planned']).optional().default('held'),
      series: nullableText.optional().default(null),
      ordinal: z.number().int().positive().nullable().optional().default(null),
      participants: z.array(id),
      roles: z
        .array(z.object({ person: id, role: z.enum(['principal', 'participant']) }))
        .optional()
        .default([]),
      topics: z.array(id),
    }),
  ),
  topics: z.array(z.object({ id, name })),
  evidence: z.array(
    z.object({
      about: z.string(),
      sentence: z.string(),
      start: z.number().int().min(0),
      end: z.number().int().min(0),
    }),
  ),
});

function unique(list: Array<{ id: string }>, what: string): Set<string> {
  const ids = new Set<string>();
  for (const [i, x] of list.entries()) {
    if (ids.has(x.id)) throw new ContractError([what, i, 'id'], `duplicate id "${x.id}"`);
    ids.add(x.id);
  }
  return ids;
}

/** A meeting left out of an article because it is dated after the article (the rest of the article loads). */
export interface SkippedMeeting {
  meeting: string;
  date: string;
  articleDate: string;
  reason: string;
}

/**
 * Validates shape, references and dates; returns the extraction with meeting places given by name turned into
 * place ids. Rejects an article dated after `now`; a held meeting dated after its article (beyond its precision and
 * a day of slack) is left out and told to `onSkip`; a planned one may lie ahead.
 */
export function checkExtraction(
  raw: unknown,
  now: Date,
  onSkip: (skipped: SkippedMeeting) => void = () => undefined,
): ArticleExtraction {
  const parsed = schema.safeParse(raw);
  if (!parsed.success) {
    const first = parsed.error.issues[0];
    throw new ContractError(
      (first?.path ?? []).filter((k): k is string | number => typeof k !== 'symbol'),
      first ? first.message : 'not an extraction',
    );
  }
  const x = parsed.data as ArticleExtraction;
  const people = unique(x.people, 'people');
  const orgs = unique(x.organizations, 'organizations');
  const places = unique(x.places, 'places');
  unique(x.meetings, 'meetings');
  const topics = unique(x.topics, 'topics');
  const today = now.toISOString().slice(0, 10);
  const articleDate = x.article.date;
  if (articleDate) {
    if (!parseDateSpan(articleDate))
      throw new ContractError(['article', 'date'], `"${articleDate}" is not a date`);
    if (articleDate > today) throw new ContractError(['article', 'date'], `${articleDate} is in the future`);
  }
  x.people.forEach((p, i) => {
    if (p.organization !== null && !orgs.has(p.organization)) {
      throw new ContractError(['people', i, 'organization'], `"${p.organization}" is not an organization id`);
    }
  });
  x.organizations.forEach((o, i) => {
    if (o.parent !== null && !orgs.has(o.parent))
      throw new ContractError(['organizations', i, 'parent'], `"${o.parent}" is not an organization id`);
  });
  const extraPlaces: ExtractedPlace[] = [];
  const meetings = x.meetings.flatMap((m, i) => {
    const where = ['meetings', i] as const;
    for (const p of [...m.participants, ...m.roles.map((r) => r.person)]) {
      if (!people.has(p)) throw new ContractError([...where, 'participants'], `"${p}" is not a person id`);
    }
    for (const t of m.topics)
      if (!topics.has(t)) throw new ContractError([...where, 'topics'], `"${t}" is not a topic id`);
    let span = null;
    if (m.date !== null) {
      span = parseDateSpan(m.date);
      if (!span) throw new ContractError([...where, 'date'], `"${m.date}" is not a date`);
      const limit = articleDate ?? today;
      if (m.status === 'held' && span.start > addDays(limit, SAME_DAY_SLACK_DAYS)) {
        const what = articleDate ? `the article date ${limit}` : `today ${limit} (the article is undated)`;
        onSkip({
          meeting: m.name,
          date: m.date,
          articleDate: limit,
          reason: `meeting "${m.name}" skipped: reported as held but dated ${m.date}, after ${what}`,
        });
        return [];
      }
    }
    let place = m.place;
    if (place !== null && !places.has(place)) {
      // The contract accepts a place name in place of an id.
      const known = [...x.places, ...extraPlaces].find((p) => p.name === place);
      if (known) place = known.id;
      else {
        const added = { id: `place-name:${extraPlaces.length + 1}`, name: place, country: null };
        extraPlaces.push(added);
        place = added.id;
      }
    }
    const participants = [...new Set([...m.participants, ...m.roles.map((r) => r.person)])];
    return [{ ...m, place, participants }];
  });
  x.evidence.forEach((e, i) => {
    if (e.end < e.start) throw new ContractError(['evidence', i], `end ${e.end} is before start ${e.start}`);
  });
  return { ...x, places: [...x.places, ...extraPlaces], meetings };
}

/** The key an edited version of an article shares with the old one: its URL, else source and title, else file name. */
export function articleKey(article: ArticleExtraction['article']): string {
  if (article.url) return article.url;
  if (article.source && article.title) return `${article.source} | ${article.title}`;
  if (article.file) return path.basename(article.file);
  return `sha256:${article.id}`;
}
