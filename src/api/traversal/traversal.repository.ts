import type { QueryRunner } from '../../neo4j/neo4j-client';
import type { DateWindow } from '../common/date-window';
import type { NameParams } from '../common/name-lookup';
import type { GraphEdge, GraphNode } from './graph.type';
import type { RelationshipType } from './relationship-type';

// Cypher cannot take a path length as a parameter, so each allowed depth has its own statement.
export const NEIGHBORHOOD_BY_DEPTH = {
  1: 'queries/neighborhood-1',
  2: 'queries/neighborhood-2',
  3: 'queries/neighborhood-3',
} as const;
export type NeighborhoodDepth = keyof typeof NEIGHBORHOOD_BY_DEPTH;
export const MAX_NEIGHBORHOOD_DEPTH = 3;

const Q = { resolve: 'queries/resolve-entities', shortest: 'queries/shortest-path' } as const;

export type ResolvedNode = Omit<GraphNode, 'depth'> & { elementId: string };
type RawEdge = Omit<GraphEdge, 'id'>;

const withEdgeId = (e: RawEdge): GraphEdge => ({ ...e, id: `${e.source}|${e.type}|${e.target}` });

export class TraversalRepository {
  constructor(private readonly runner: QueryRunner) {
    for (const name of [...Object.values(Q), ...Object.values(NEIGHBORHOOD_BY_DEPTH)]) runner.statement(name);
  }

  /** The node each name means (null where none), in one statement. */
  async resolve(names: (NameParams & { code: string | null })[]): Promise<(ResolvedNode | null)[]> {
    if (names.length === 0) return [];
    const rows = await this.runner.read<{ i: number; node: ResolvedNode | null }>(Q.resolve, { names });
    return names.map((_, i) => rows.find((r) => r.i === i)?.node ?? null);
  }

  async shortestPath(
    fromId: string,
    toId: string,
    types: RelationshipType[],
    maxHops: number,
  ): Promise<{ nodes: Omit<GraphNode, 'depth'>[]; edges: GraphEdge[] } | null> {
    const [row] = await this.runner.read<{ nodes: Omit<GraphNode, 'depth'>[]; edges: RawEdge[] }>(
      Q.shortest,
      {
        fromId,
        toId,
        types,
        maxHops,
      },
    );
    return row ? { nodes: row.nodes, edges: row.edges.map(withEdgeId) } : null;
  }

  async neighborhood(
    elementId: string,
    depth: NeighborhoodDepth,
    types: RelationshipType[],
    window: DateWindow,
    limit: number,
  ): Promise<{ nodes: GraphNode[]; edges: GraphEdge[]; truncated: boolean } | null> {
    const [row] = await this.runner.read<{ nodes: GraphNode[]; edges: RawEdge[]; truncated: boolean }>(
      NEIGHBORHOOD_BY_DEPTH[depth],
      { id: elementId, types, ...window, limit },
    );
    return row ? { nodes: row.nodes, edges: row.edges.map(withEdgeId), truncated: row.truncated } : null;
  }
}
