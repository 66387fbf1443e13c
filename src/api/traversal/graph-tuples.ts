import type { GraphEdge, GraphNode } from './graph.type';

// The list layouts of fragments/graph-node-fields and fragments/graph-edge-fields (Cypher returns lists, not maps, so
// that Bolt carries no key per value); the order here and there is the same.

/** [id, name, label, date, kind, title, country], then whatever the statement appends (depth, element id) */
export type NodeTuple = [
  string,
  string,
  string,
  string | null,
  string | null,
  string | null,
  string | null,
  ...unknown[],
];

/** [source, target, type, title, sourceCount, since, until, firstSeen, lastSeen] */
export type EdgeTuple = [
  string,
  string,
  string,
  string | null,
  number,
  string | null,
  string | null,
  string | null,
  string | null,
];

export const NODE_FIELDS = 7;

export function graphNode(t: NodeTuple): Omit<GraphNode, 'depth'> {
  return { id: t[0], name: t[1], label: t[2], date: t[3], kind: t[4], title: t[5], country: t[6] };
}

export function graphEdge(t: EdgeTuple): GraphEdge {
  return {
    id: `${t[0]}|${t[2]}|${t[1]}`,
    source: t[0],
    target: t[1],
    type: t[2],
    title: t[3],
    sourceCount: t[4],
    since: t[5],
    until: t[6],
    firstSeen: t[7],
    lastSeen: t[8],
  };
}
