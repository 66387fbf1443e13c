import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import type { ParleyClient, Variables } from './parley-client';

/** The part of a Relay connection the iterator reads. */
export interface ConnectionPage<TNode> {
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
  edges: { node: TNode }[];
}

/**
 * Every node of a connection, page after page (`first`/`after`), as an async iterator: stop early with `break`. The
 * document must declare `$after` (and `$first` to set the page size); `select` picks the connection out of its data.
 */
export async function* paginate<
  TData,
  TVariables extends Variables & { after?: string | null; first?: number | null },
  TNode,
>(
  client: ParleyClient,
  document: TypedDocumentNode<TData, TVariables>,
  variables: TVariables,
  select: (data: TData) => ConnectionPage<TNode> | null | undefined,
  options: { signal?: AbortSignal } = {},
): AsyncGenerator<TNode, void, undefined> {
  let after: string | null = variables.after ?? null;
  const seen = new Set<string>();
  for (;;) {
    const data = await client.request(document, { ...variables, after }, options);
    const page = select(data);
    if (!page) return;
    for (const edge of page.edges) yield edge.node;
    const next = page.pageInfo.endCursor;
    // A cursor seen before would loop for ever: a server bug, but the iterator must end.
    if (!page.pageInfo.hasNextPage || next === null || seen.has(next)) return;
    seen.add(next);
    after = next;
  }
}
