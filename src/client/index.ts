// parley/client: a typed GraphQL client for Parley and the traversal helpers programs need.
export * from './generated/graphql';
export { ParleyClient, DEFAULT_URL } from './parley-client';
export type { ClientStats, ParleyClientOptions, RetryOptions, Variables } from './parley-client';
export { ParleyClientError, isParleyClientError } from './client-errors';
export type { GraphQLErrorEntry, ParleyErrorCode } from './client-errors';
export { paginate } from './pagination';
export type { ConnectionPage } from './pagination';
export { expand, expandFrom, resolvePerson } from './expansion';
export type { ExpandOptions, ExpansionLevel, MeetingLink, PersonRef } from './expansion';
export { counterpartsOfCounterparts, shortestPath } from './traversal';
export type { CounterpartsTree, GraphPath, Met } from './traversal';
