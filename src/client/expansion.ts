import {
  Kind,
  type DocumentNode,
  type FieldNode,
  type OperationDefinitionNode,
  type VariableDefinitionNode,
} from 'graphql';
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { isParleyClientError } from './client-errors';
import {
  CounterpartsPageDocument,
  PersonMeetingsPageDocument,
  type ExpansionMeetingFragment,
  type PersonMeetingsPageQuery,
  type PersonMeetingsPageQueryVariables,
} from './generated/graphql';
import { paginate } from './pagination';
import type { ParleyClient } from './parley-client';

export interface PersonRef {
  id: string;
  name: string;
  title: string | null;
}

/** Two people who attended one meeting: `from` (an id) was expanded, `to` was found through it. */
export interface MeetingLink {
  from: string;
  to: PersonRef;
  meeting: ExpansionMeetingFragment;
}

/** One breadth-first level: the people first reached at this depth and the meetings that reached them. */
export interface ExpansionLevel {
  depth: number;
  people: PersonRef[];
  /** every co-attendance of a person expanded at depth - 1, including with people reached earlier */
  links: MeetingLink[];
  /** GraphQL requests this level took */
  requests: number;
  /** Cypher statements the server ran for them (when the client has `reportStatements`) */
  statements: number;
}

export interface ExpandOptions {
  /** levels to expand (1 = counterparts, 2 = counterparts of counterparts, …) */
  depth: number;
  /** only meetings in this window (YYYY, YYYY-MM or YYYY-MM-DD) */
  from?: string;
  to?: string;
  /** ids already seen: not reported again and not expanded; the expansion adds to it */
  visited?: Set<string>;
  /** stop adding people past this many (default 10,000) */
  maxPeople?: number;
  /** people expanded per request (default 10; halved when the server finds a request too costly) */
  batchSize?: number;
  /** meetings per person per page (default 20) */
  pageSize?: number;
  signal?: AbortSignal;
}

type Expanded = PersonMeetingsPageQuery['entity'];
type Vars = PersonMeetingsPageQueryVariables;

// The one-person page document, as parts to build a level's request from: n aliased copies of its root field.
const operation = PersonMeetingsPageDocument.definitions.find(
  (d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION,
)!;
const rootField = operation.selectionSet.selections[0] as FieldNode;
const fragments = PersonMeetingsPageDocument.definitions.filter((d) => d.kind === Kind.FRAGMENT_DEFINITION);

const variable = (name: string) => ({ kind: Kind.VARIABLE, name: { kind: Kind.NAME, value: name } }) as const;

type LevelDocument = TypedDocumentNode<Record<string, Expanded>, Omit<Vars, 'id'>>;
const levelDocuments = new Map<number, LevelDocument>();

/** `query ExpandLevel(…, $id0: ID!, …) { n0: entity(id: $id0) { …as PersonMeetingsPage… } … }` for `count` people. */
function levelDocument(count: number): LevelDocument {
  const known = levelDocuments.get(count);
  if (known) return known;
  const ids = Array.from({ length: count }, (_, i) => `id${i}`);
  const shared = (operation.variableDefinitions ?? []).filter((v) => v.variable.name.value !== 'id');
  const idDefinitions: VariableDefinitionNode[] = ids.map((id) => ({
    kind: Kind.VARIABLE_DEFINITION,
    variable: variable(id),
    type: {
      kind: Kind.NON_NULL_TYPE,
      type: { kind: Kind.NAMED_TYPE, name: { kind: Kind.NAME, value: 'ID' } },
    },
  }));
  const selections: FieldNode[] = ids.map((id, i) => ({
    ...rootField,
    alias: { kind: Kind.NAME, value: `n${i}` },
    arguments: rootField.arguments?.map((a) => (a.name.value === 'id' ? { ...a, value: variable(id) } : a)),
  }));
  const document: DocumentNode = {
    kind: Kind.DOCUMENT,
    definitions: [
      {
        ...operation,
        name: { kind: Kind.NAME, value: 'ExpandLevel' },
        variableDefinitions: [...shared, ...idDefinitions],
        selectionSet: { kind: Kind.SELECTION_SET, selections },
      },
      ...fragments,
    ],
  };
  levelDocuments.set(count, document as LevelDocument);
  return document as LevelDocument;
}

/** The id of the person a name (or id) means, or null. */
export async function resolvePerson(client: ParleyClient, name: string): Promise<PersonRef | null> {
  const data = await client.request(CounterpartsPageDocument, { name, first: 0 });
  const person = data.counterparts.person;
  return person ? { id: person.id, name: person.name, title: null } : null;
}

/**
 * Breadth-first expansion through shared meetings from a person (a name or an id), level by level. Each level costs a
 * fixed number of requests per `batchSize` people (the server batches the people of one request into one statement per
 * kind), plus one per person whose meetings in the window fill more than one page.
 */
export async function* expand(
  client: ParleyClient,
  start: string,
  options: ExpandOptions,
): AsyncGenerator<ExpansionLevel, void, undefined> {
  const root = await resolvePerson(client, start);
  if (root) yield* expandFrom(client, root, options);
}

/** As `expand`, from a person already resolved. */
export async function* expandFrom(
  client: ParleyClient,
  root: PersonRef,
  options: ExpandOptions,
): AsyncGenerator<ExpansionLevel, void, undefined> {
  const visited = options.visited ?? new Set<string>();
  const maxPeople = options.maxPeople ?? 10_000;
  const window = { from: options.from ?? null, to: options.to ?? null, first: options.pageSize ?? 20 };
  let batchSize = Math.max(1, options.batchSize ?? 10);
  visited.add(root.id);
  let frontier = [root.id];
  let found = 1;
  for (let depth = 1; depth <= options.depth && frontier.length > 0; depth++) {
    const before = { ...client.stats };
    const meetingsOf = new Map<string, ExpansionMeetingFragment[]>();
    for (let i = 0; i < frontier.length;) {
      const chunk = frontier.slice(i, i + batchSize);
      let answer: Record<string, Expanded>;
      try {
        const variables = Object.fromEntries(chunk.map((id, k) => [`id${k}`, id]));
        answer = await client.request(levelDocument(chunk.length), { ...window, ...variables }, options);
      } catch (error) {
        // Too costly for the server's limit: fewer people per request.
        if (isParleyClientError(error) && error.code === 'QUERY_TOO_COMPLEX' && batchSize > 1) {
          batchSize = Math.max(1, Math.floor(batchSize / 2));
          continue;
        }
        throw error;
      }
      for (const [k, id] of chunk.entries()) {
        const entity = answer[`n${k}`];
        const meetings = entity && 'meetings' in entity ? entity.meetings : undefined;
        const list = meetings?.edges.map((e) => e.node) ?? [];
        if (meetings?.pageInfo.hasNextPage) {
          const rest = paginate(
            client,
            PersonMeetingsPageDocument,
            { id, ...window, after: meetings.pageInfo.endCursor },
            (d) => (d.entity && 'meetings' in d.entity ? d.entity.meetings : null),
            options,
          );
          for await (const meeting of rest) list.push(meeting);
        }
        meetingsOf.set(id, list);
      }
      i += chunk.length;
    }
    const people: PersonRef[] = [];
    const links: MeetingLink[] = [];
    for (const [from, meetings] of meetingsOf) {
      for (const meeting of meetings) {
        for (const { person } of meeting.participants) {
          if (person.id === from) continue;
          const to = { id: person.id, name: person.name, title: person.title };
          links.push({ from, to, meeting });
          if (visited.has(person.id) || found >= maxPeople) continue;
          visited.add(person.id);
          found++;
          people.push(to);
        }
      }
    }
    yield {
      depth,
      people,
      links,
      requests: client.stats.requests - before.requests,
      statements: client.stats.statements - before.statements,
    };
    frontier = people.map((p) => p.id);
  }
}
