// Writes one batch of articles in one transaction: lock and look up, skip unchanged, remove replaced, resolve identities, write.
import type { QueryRunner, WriteUnit } from '../neo4j/neo4j-client';
import { renamingAfterEdit } from './identity/after-edit';
import { resolveEntities } from './identity/entity-clusters';
import type { MergeDecision } from './identity/identity.types';
import { resolveMeetings } from './identity/meeting-clusters';
import { batchLookupKeys, meetingMentions } from './identity/mentions';
import { formerIds, meetingProbes, withCurrentPeople } from './identity/probes';
import { LoadRepository } from './load.repository';
import type { PreparedArticle } from './load.types';
import { buildWritePlan } from './write-plan.builder';

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
  /** transaction timeout (default: the client's write timeout) */
  timeoutMs?: number;
}

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
    return this.runner.writeTransaction(
      (tx) => this.work(tx, batch, options),
      options.timeoutMs !== undefined ? { timeoutMs: options.timeoutMs } : {},
    );
  }

  private async work(tx: WriteUnit, batch: PreparedArticle[], options: BatchOptions): Promise<BatchResult> {
    const repo = this.repository;
    const refs = batch.map((b) => ({ id: b.extraction.article.id, key: b.key }));
    // Lookup keys of the whole batch go with the lock and the article check: one round trip instead of three.
    const keys = batchLookupKeys(batch.map((b) => b.lookupKeys));
    let begun = await repo.begin(tx, refs, keys);
    const found = new Map(begun.articles.map((a) => [a.id, a]));
    const outcomes = new Map<string, ArticleOutcome>();
    const toWrite: PreparedArticle[] = [];
    const toResolve: PreparedArticle[] = [];
    const removed = new Set<string>();
    for (const b of batch) {
      const row = found.get(b.extraction.article.id);
      const id = b.extraction.article.id;
      if (row?.exists && row.extractionHash === b.extractionHash) {
        outcomes.set(id, 'unchanged');
        if (options.resolveUnchanged) toResolve.push(b);
        continue;
      }
      // the same body extracted otherwise (a newer extractor): what the stored extraction wrote goes, as for an edit
      const replaced = row?.exists ? id : (b.replaces ?? row?.keyHolder);
      if (replaced && (replaced !== id || row?.exists)) {
        removed.add(replaced);
        outcomes.set(id, 'replaced');
      } else outcomes.set(id, 'created');
      toWrite.push(b);
      toResolve.push(b);
    }
    const tallyScope = await repo.tallyScope(tx, [...removed]);
    for (const old of [...removed].sort())
      await repo.renameAfterEdit(tx, (await repo.removeArticle(tx, old)).map(renamingAfterEdit));
    if (!toResolve.length) return { outcomes, decisions: [], nodesCreated: 0, relationshipsCreated: 0 };
    // Removing an edited article may delete nodes the lookup found: look again (rare).
    if (removed.size) begun = await repo.begin(tx, refs, keys);

    const extractions = toResolve.map((b) => b.extraction);
    const mentions = toResolve.flatMap((b) => b.mentions);
    const entities = resolveEntities(mentions, begun.entities, new Set(begun.crowded));
    const meetings = meetingMentions(extractions, entities.idOf);
    const former = formerIds(entities.plans);
    const existingMeetings = await repo.findMeetings(tx, meetingProbes(meetings, former));
    const resolvedMeetings = resolveMeetings(meetings, withCurrentPeople(existingMeetings, former));
    const decisions = [...entities.decisions, ...resolvedMeetings.decisions];
    if (!toWrite.length) return { outcomes, decisions, nodesCreated: 0, relationshipsCreated: 0 };

    const plan = buildWritePlan(toWrite, entities, resolvedMeetings, this.countryName);
    await repo.absorb(tx, 'Person', plan.absorbPeople);
    await repo.absorb(tx, 'Meeting', plan.absorbMeetings);
    await repo.renameNodes(tx, plan.renames);
    const writtenIds = new Set(toWrite.map((b) => b.extraction.article.id));
    // Sent back to back: the facts are packed and sent while Neo4j writes the nodes, which it finishes first; the
    // tallies follow from what both wrote.
    const [nodes, facts] = await Promise.all([
      repo.mergeNodes(tx, plan),
      repo.mergeFacts(tx, plan.facts),
      repo.refreshTallies(tx, [...writtenIds], tallyScope),
    ]);
    return {
      outcomes,
      decisions: options.resolveUnchanged ? decisions : decisions.filter((d) => writtenIds.has(d.article)),
      nodesCreated: nodes.nodesCreated + facts.nodesCreated,
      relationshipsCreated: nodes.relationshipsCreated + facts.relationshipsCreated,
    };
  }
}
