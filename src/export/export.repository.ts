import type { QueryRunner } from '../neo4j/neo4j-client';
import type { Neo4jClient } from '../neo4j/neo4j-client';
import {
  propertyKind,
  type ExportNode,
  type ExportRelationship,
  type ExportSchema,
  type PropertyKind,
} from './export.types';

const Q = {
  nodeProperties: 'export/node-properties',
  relationshipProperties: 'export/relationship-properties',
  counts: 'export/counts',
  allNodes: 'export/all-nodes',
  allRelationships: 'export/all-relationships',
  neighbours: 'export/neighbours',
  nodesByElementIds: 'export/nodes-by-element-ids',
  relationshipsAmong: 'export/relationships-among',
} as const;

export interface DayWindow {
  from: string | null;
  to: string | null;
}

type Streamer = Pick<Neo4jClient, 'stream'> & QueryRunner;

/** The export's reads: the schema, counts, and the graph streamed in bounded batches. */
export class ExportRepository {
  constructor(private readonly runner: Streamer) {
    for (const name of Object.values(Q)) runner.statement(name);
  }

  async schema(types: readonly string[]): Promise<ExportSchema> {
    const nodes = new Map<string, Map<string, PropertyKind>>();
    const relationships = new Map<string, Map<string, PropertyKind>>();
    const add = (
      into: Map<string, Map<string, PropertyKind>>,
      owner: string,
      name: string,
      types_: string[],
    ) => {
      const props = into.get(owner) ?? new Map<string, PropertyKind>();
      const known = props.get(name);
      const kind = propertyKind(types_);
      props.set(name, known && known !== kind ? propertyKind(['String']) : kind);
      into.set(owner, props);
    };
    const nodeRows = await this.runner.read<{ label: string; name: string; types: string[] }>(
      Q.nodeProperties,
      {},
      { timeoutMs: 600_000 },
    );
    for (const r of nodeRows) add(nodes, r.label, r.name, r.types ?? []);
    const relRows = await this.runner.read<{ type: string; name: string; types: string[] }>(
      Q.relationshipProperties,
      { types },
      { timeoutMs: 600_000 },
    );
    for (const r of relRows) add(relationships, r.type, r.name, r.types ?? []);
    for (const props of nodes.values()) props.set('id', props.get('id') ?? 'string');
    return { nodes, relationships };
  }

  /** Nodes of the public labels and relationships of every public type (what a whole-graph export writes). */
  async counts(): Promise<{ nodes: number; relationships: number }> {
    const [row] = await this.runner.read<{ nodes: number; relationships: number }>(
      Q.counts,
      {},
      { timeoutMs: 600_000 },
    );
    return row ?? { nodes: 0, relationships: 0 };
  }

  allNodes(window: DayWindow): AsyncGenerator<ExportNode> {
    return this.runner.stream<ExportNode>(Q.allNodes, { ...window });
  }

  allRelationships(types: readonly string[], window: DayWindow): AsyncGenerator<ExportRelationship> {
    return this.runner.stream<ExportRelationship>(Q.allRelationships, { types, ...window });
  }

  async neighbours(ids: string[], types: readonly string[], window: DayWindow): Promise<string[]> {
    const rows = await this.runner.read<{ id: string }>(
      Q.neighbours,
      { ids, types, ...window },
      { timeoutMs: 600_000 },
    );
    return rows.map((r) => r.id);
  }

  nodesByElementIds(ids: string[]): AsyncGenerator<ExportNode> {
    return this.runner.stream<ExportNode>(Q.nodesByElementIds, { ids });
  }

  relationshipsAmong(
    ids: string[],
    all: string[],
    types: readonly string[],
  ): AsyncGenerator<ExportRelationship> {
    return this.runner.stream<ExportRelationship>(Q.relationshipsAmong, { ids, all, types });
  }
}
