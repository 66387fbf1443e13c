import { countryCode } from '../common/country-code';
import { dateWindow } from '../common/date-window';
import { nameParams } from '../common/name-lookup';
import { badUserInput } from '../common/user-input';
import type { GraphPath, Neighborhood } from './graph.type';
import { relationshipTypes } from './relationship-type';
import {
  MAX_NEIGHBORHOOD_DEPTH,
  MAX_PATH_HOPS,
  type NeighborhoodDepth,
  type TraversalRepository,
} from './traversal.repository';

export const DEFAULT_PATH_HOPS = 6;
export const DEFAULT_NEIGHBORHOOD_LIMIT = 200;
export const MAX_NEIGHBORHOOD_LIMIT = 500;

function lookup(name: string) {
  const params = nameParams(name);
  return params ? { ...params, code: countryCode(name) } : null;
}

export class TraversalService {
  constructor(private readonly traversal: TraversalRepository) {}

  async shortestPath(args: {
    from: string;
    to: string;
    maxHops?: number | null;
    types?: string[] | null;
  }): Promise<GraphPath | null> {
    const maxHops = args.maxHops ?? DEFAULT_PATH_HOPS;
    if (!Number.isInteger(maxHops) || maxHops < 1 || maxHops > MAX_PATH_HOPS) {
      throw badUserInput('maxHops', `must be an integer from 1 to ${MAX_PATH_HOPS}, got ${args.maxHops}`);
    }
    const types = relationshipTypes(args.types);
    const from = lookup(args.from);
    const to = lookup(args.to);
    if (!from || !to || types.length === 0) return null;
    const path = await this.traversal.shortestPath(from, to, types, maxHops);
    if (!path) return null;
    return {
      length: path.edges.length,
      nodes: path.nodes.map((n, i) => ({ ...n, depth: i })),
      edges: path.edges,
    };
  }

  async neighborhood(args: {
    name: string;
    depth: number;
    types?: string[] | null;
    from?: string | null;
    to?: string | null;
    limit?: number | null;
  }): Promise<Neighborhood | null> {
    if (!Number.isInteger(args.depth) || args.depth < 1 || args.depth > MAX_NEIGHBORHOOD_DEPTH) {
      throw badUserInput(
        'depth',
        `must be an integer from 1 to ${MAX_NEIGHBORHOOD_DEPTH}, got ${args.depth}`,
      );
    }
    const limit = args.limit ?? DEFAULT_NEIGHBORHOOD_LIMIT;
    if (!Number.isInteger(limit) || limit < 1 || limit > MAX_NEIGHBORHOOD_LIMIT) {
      throw badUserInput(
        'limit',
        `must be an integer from 1 to ${MAX_NEIGHBORHOOD_LIMIT}, got ${args.limit}`,
      );
    }
    const window = dateWindow(args.from, args.to);
    const types = relationshipTypes(args.types);
    const center = lookup(args.name);
    if (!center) return null;
    const found = await this.traversal.neighborhood(
      center,
      args.depth as NeighborhoodDepth,
      types,
      window,
      limit,
    );
    if (!found) return null;
    const centerNode = found.nodes.find((n) => n.depth === 0)!;
    return { center: centerNode, ...found };
  }
}
