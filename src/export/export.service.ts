import { countryCode } from '../api/common/country-code';
import { nameParams } from '../api/common/name-lookup';
import { TraversalRepository } from '../api/traversal/traversal.repository';
import { FACT_RELATIONSHIPS, RelationshipType } from '../api/traversal/relationship-type';
import { ErrorCode } from '../errors/error-codes';
import { ParleyError } from '../errors/parley.error';
import type { Neo4jClient } from '../neo4j/neo4j-client';
import { NO_EXPORT_PROGRESS, type ExportProgress } from './export-progress';
import { ExportRepository, type DayWindow } from './export.repository';
import type { GraphWriter } from './export.types';

/** Every relationship type of the public model: a whole-graph export is a copy. */
const ALL_TYPES: string[] = Object.values(RelationshipType);
// Element ids per statement when a neighbourhood is walked and read.
const BATCH = 1000;
// Progress is reported in steps of this many items (a bar redraw per item would cost more than the item).
const STEP = 500;

export interface ExportRequest {
  /** a name or id: export its neighbourhood instead of the whole graph */
  around?: string;
  /** hops from `around` over the fact relationships (default 2) */
  depth?: number;
  window: DayWindow;
}

export interface ExportSummary {
  nodes: number;
  relationships: number;
  files: string[];
  seconds: number;
}

/** Streams the graph (or a neighbourhood) from Neo4j into a writer, with progress; memory does not grow with the graph. */
export class ExportService {
  private readonly repo: ExportRepository;
  private readonly traversal: TraversalRepository;

  constructor(client: Neo4jClient) {
    this.repo = new ExportRepository(client);
    this.traversal = new TraversalRepository(client);
  }

  async run(
    request: ExportRequest,
    writer: GraphWriter,
    progress: ExportProgress = NO_EXPORT_PROGRESS,
  ): Promise<ExportSummary> {
    const started = performance.now();
    await writer.begin(await this.repo.schema(ALL_TYPES));
    let pending = 0;
    const counted = { nodes: 0, relationships: 0 };
    const tick = (kind: 'nodes' | 'relationships') => {
      counted[kind]++;
      if (++pending >= STEP) {
        progress.increment(pending);
        pending = 0;
      }
    };
    if (request.around === undefined) {
      const total = await this.repo.counts();
      progress.start(total.nodes + total.relationships);
      for await (const node of this.repo.allNodes(request.window)) {
        await writer.node(node);
        tick('nodes');
      }
      for await (const rel of this.repo.allRelationships(ALL_TYPES, request.window)) {
        await writer.relationship(rel);
        tick('relationships');
      }
    } else {
      const ids = await this.neighbourhood(request.around, request.depth ?? 2, request.window);
      progress.start(ids.length);
      for (let i = 0; i < ids.length; i += BATCH)
        for await (const node of this.repo.nodesByElementIds(ids.slice(i, i + BATCH))) {
          await writer.node(node);
          tick('nodes');
        }
      for (let i = 0; i < ids.length; i += BATCH)
        for await (const rel of this.repo.relationshipsAmong(ids.slice(i, i + BATCH), ids, ALL_TYPES)) {
          await writer.relationship(rel);
          tick('relationships');
        }
    }
    progress.increment(pending);
    progress.stop();
    const files = await writer.end();
    return { ...counted, files, seconds: (performance.now() - started) / 1000 };
  }

  /** Element ids of the nodes within `depth` hops of the entity a name means, meetings outside the window not entered. */
  private async neighbourhood(name: string, depth: number, window: DayWindow): Promise<string[]> {
    const params = nameParams(name);
    const [center] = params ? await this.traversal.resolve([{ ...params, code: countryCode(name) }]) : [null];
    if (!center) throw new ParleyError(ErrorCode.NotFound, `no entity matches "${name}"`);
    const seen = new Set([center.elementId]);
    let frontier = [center.elementId];
    for (let hop = 0; hop < depth && frontier.length > 0; hop++) {
      const next: string[] = [];
      for (let i = 0; i < frontier.length; i += BATCH)
        for (const id of await this.repo.neighbours(frontier.slice(i, i + BATCH), FACT_RELATIONSHIPS, window))
          if (!seen.has(id)) {
            seen.add(id);
            next.push(id);
          }
      frontier = next;
    }
    return [...seen];
  }
}
