import type { QueryRunner } from '../../neo4j/neo4j-client';
import type { DateWindow } from '../common/date-window';
import type { NameParams } from '../common/name-lookup';
import { graphEdge, graphNode, NODE_FIELDS, type EdgeTuple, type NodeTuple } from './graph-tuples';
import type { GraphEdge, GraphNode, Neighborhood } from './graph.type';
import { ALL_RELATIONSHIPS, FACT_RELATIONSHIPS, RelationshipType } from './relationship-type';

// Each depth has its statements (Cypher takes no parameter for a path length): the list is the one source of the bound.
const DEPTHS = [1, 2, 3] as const;
export type NeighborhoodDepth = (typeof DEPTHS)[number];
export const MAX_NEIGHBORHOOD_DEPTH = DEPTHS.length;

const Q = { resolve: 'queries/resolve-entities' } as const;

/** Hop bounds 1..MAX_PATH_HOPS: Cypher takes no parameter for a path length, so each bound has its own statement. */
export const MAX_PATH_HOPS = 8;
const HOPS = Array.from({ length: MAX_PATH_HOPS }, (_, i) => i + 1);
const FACTS = new Set<string>(FACT_RELATIONSHIPS);

/**
 * The statements' type alternation for a request: the fact types when it follows only those, else all the model's.
 * The types are literal in the pattern (only those relationships are read); the request's own list narrows them.
 */
const typeSet = (types: readonly RelationshipType[]) => (types.every((t) => FACTS.has(t)) ? 'facts' : 'any');
const SET_TYPES = { facts: FACT_RELATIONSHIPS, any: ALL_RELATIONSHIPS };

/**
 * The statements' variant for the types a request follows: `-narrowed` tests $types on every relationship read, which a
 * request that follows every type of its set (the default: all the facts) need not pay for.
 */
function typeVariant(types: readonly RelationshipType[]): string {
  const set = typeSet(types);
  return new Set(types).size === SET_TYPES[set].length ? set : `${set}-narrowed`;
}

/** The statement for a hop bound and the types a request follows. */
export function shortestPathStatement(types: readonly RelationshipType[], maxHops: number): string {
  return `queries/shortest-path/${typeVariant(types)}-${maxHops}`;
}

/** The statement for a depth (Cypher takes no parameter for a path length) and the types a request follows. */
export function neighborhoodStatement(types: readonly RelationshipType[], depth: NeighborhoodDepth): string {
  return `queries/neighborhood/${typeVariant(types)}-${depth}`;
}

export type ResolvedNode = Omit<GraphNode, 'depth'> & { elementId: string };

/** Every statement a request can pick, named once: a repository is built per request and checks them all. */
const STATEMENTS = (() => {
  const beyondFacts = [RelationshipType.REPORTS]; // any type outside the facts picks the "any" statements
  const someFacts = [RelationshipType.ATTENDED];
  const variants = [FACT_RELATIONSHIPS, someFacts, ALL_RELATIONSHIPS, beyondFacts];
  const paths = HOPS.flatMap((n) => variants.map((t) => shortestPathStatement(t, n)));
  const hoods = DEPTHS.flatMap((d) => variants.map((t) => neighborhoodStatement(t, d)));
  return [...new Set([...Object.values(Q), ...hoods, ...paths])];
})();

export class TraversalRepository {
  constructor(private readonly runner: QueryRunner) {
    for (const name of STATEMENTS) runner.statement(name);
  }

  /** The node each name means (null where none), in one statement. */
  async resolve(names: (NameParams & { code: string | null })[]): Promise<(ResolvedNode | null)[]> {
    if (names.length === 0) return [];
    const rows = await this.runner.read<{ i: number; node: NodeTuple | null }>(Q.resolve, { names });
    return names.map((_, i) => {
      const node = rows.find((r) => r.i === i)?.node;
      return node ? { ...graphNode(node), elementId: node[NODE_FIELDS] as string } : null;
    });
  }

  /** The shortest chain between the nodes two names mean, names resolved in the same statement (null: no such chain). */
  async shortestPath(
    from: NameParams & { code: string | null },
    to: NameParams & { code: string | null },
    types: RelationshipType[],
    maxHops: number,
  ): Promise<{ nodes: Omit<GraphNode, 'depth'>[]; edges: GraphEdge[] } | null> {
    const [row] = await this.runner.read<{ path: { nodes: NodeTuple[]; edges: EdgeTuple[] } | null }>(
      shortestPathStatement(types, maxHops),
      { from, to, types },
    );
    return row?.path ? { nodes: row.path.nodes.map(graphNode), edges: row.path.edges.map(graphEdge) } : null;
  }

  /** The nodes near the node a name means and the relationships among them, in one statement (null: no such node). */
  async neighborhood(
    center: NameParams & { code: string | null },
    depth: NeighborhoodDepth,
    types: RelationshipType[],
    window: DateWindow,
    limit: number,
  ): Promise<Omit<Neighborhood, 'center'> | null> {
    const [row] = await this.runner.read<{
      nodes: NodeTuple[];
      edges: EdgeTuple[];
      truncated: boolean;
      centerLinks: [RelationshipType, number][];
    }>(neighborhoodStatement(types, depth), { center, types, ...window, limit });
    if (!row) return null;
    const nodes = row.nodes.map((t) => ({ ...graphNode(t), depth: t[NODE_FIELDS] as number }));
    const centerLinks = row.centerLinks
      .map(([type, count]) => ({ type, count }))
      .sort((x, y) => y.count - x.count || x.type.localeCompare(y.type));
    // in id order (source|type|target): the statement collects them in storage order, which differs between stores
    const edges = row.edges.map(graphEdge).sort((x, y) => (x.id < y.id ? -1 : x.id > y.id ? 1 : 0));
    return { nodes, edges, truncated: row.truncated, centerLinks };
  }
}
