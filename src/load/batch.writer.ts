// Writes one batch of articles in one transaction: lock, skip unchanged, remove replaced, resolve identities, write.
import type { QueryRunner, WriteUnit } from '../neo4j/neo4j-client';
import {
  entityMentions,
  lookupKeys,
  meetingMentions,
  meetingProbes,
  resolveEntities,
  resolveMeetings,
  type NodeLabel,
} from './identity.resolver';
import { LoadRepository, type WriteCounts } from './load.repository';
import type { MergeDecision, PreparedArticle } from './load.types';
import { buildWritePlan, FACT_TYPES } from './write-plan.builder';

export type ArticleOutcome = 'created' | 'replaced' | 'unchanged';

export interface BatchResult {
  outcomes: Map<string, ArticleOutcome>;
  decisions: MergeDecision[];
  nodesCreated: number;
  relationshipsCreated: number;
}

export interface BatchOptions {
  /** resolve unchanged articles too (without writing), so the caller can say what they matched */
  resolveUnchanged?: boolean;
}

const NODE_ORDER: NodeLabel[] = ['Organization', 'Place', 'Topic', 'Person'];

export class BatchWriter {
  private readonly repository: LoadRepository;

  constructor(
    private readonly runner: QueryRunner,
    private readonly countryName: (code: string) => string,
  ) {
    this.repository = new LoadRepository(runner);
  }

  /** One managed transaction (the driver retries it whole on transient errors), so a batch is written entirely or not at all. */
  async write(batch: PreparedArticle[], options: BatchOptions = {}): Promise<BatchResult> {
    return this.runner.writeTransaction((tx) => this.work(tx, batch, options));
  }

  private async work(tx: WriteUnit, batch: PreparedArticle[], options: BatchOptions): Promise<BatchResult> {
    const repo = this.repository;
    await repo.lock(tx);
    const outcomes = new Map<string, ArticleOutcome>();
    const found = await repo.findArticles(
      tx,
      batch.map((b) => ({ id: b.extraction.article.id, key: b.key })),
    );
    const toWrite: PreparedArticle[] = [];
    const toResolve: PreparedArticle[] = [];
    const removed = new Set<string>();
    batch.forEach((b, i) => {
      const row = found[i];
      const id = b.extraction.article.id;
      if (row?.exists) {
        outcomes.set(id, 'unchanged');
        if (options.resolveUnchanged) toResolve.push(b);
        return;
      }
      if (row?.keyHolder && row.keyHolder !== id) {
        removed.add(row.keyHolder);
        outcomes.set(id, 'replaced');
      } else outcomes.set(id, 'created');
      toWrite.push(b);
      toResolve.push(b);
    });
    for (const old of [...removed].sort()) await repo.removeArticle(tx, old);
    if (!toResolve.length) return { outcomes, decisions: [], nodesCreated: 0, relationshipsCreated: 0 };

    const extractions = toResolve.map((b) => b.extraction);
    const mentions = entityMentions(extractions);
    const existing = await repo.findEntities(tx, lookupKeys(mentions));
    const entities = resolveEntities(mentions, existing);
    const meetings = meetingMentions(extractions, entities.idOf);
    const existingMeetings = await repo.findMeetings(tx, meetingProbes(meetings));
    const resolvedMeetings = resolveMeetings(meetings, existingMeetings);
    const decisions = [...entities.decisions, ...resolvedMeetings.decisions];
    if (!toWrite.length) return { outcomes, decisions, nodesCreated: 0, relationshipsCreated: 0 };

    const plan = buildWritePlan(toWrite, entities, resolvedMeetings, this.countryName);
    const counts: WriteCounts[] = [];
    await repo.absorb(tx, 'Person', plan.absorbPeople);
    await repo.absorb(tx, 'Meeting', plan.absorbMeetings);
    await repo.renameNodes(tx, plan.renames);
    counts.push(await repo.mergeArticles(tx, plan.articles));
    counts.push(await repo.mergeNodes(tx, 'Country', plan.countries));
    for (const label of NODE_ORDER) counts.push(await repo.mergeNodes(tx, label, plan.nodes[label]));
    counts.push(await repo.mergeMeetings(tx, plan.meetings));
    for (const type of FACT_TYPES) counts.push(await repo.mergeFacts(tx, type, plan.facts[type]));
    const writtenIds = new Set(toWrite.map((b) => b.extraction.article.id));
    return {
      outcomes,
      decisions: options.resolveUnchanged ? decisions : decisions.filter((d) => writtenIds.has(d.article)),
      nodesCreated: counts.reduce((s, c) => s + c.nodesCreated, 0),
      relationshipsCreated: counts.reduce((s, c) => s + c.relationshipsCreated, 0),
    };
  }
}
