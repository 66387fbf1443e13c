// `parley load`, `parley start` and the ingestArticle mutation: extract articles, check them, write them in batches.
import { setImmediate as yieldToEventLoop } from 'node:timers/promises';
import { decodeArticle, extractArticle } from '../extract/extract-article';
import { isExtractionError } from '../extract/extraction.error';
import { canonicalTitle } from '../extract/title-forms';
import type { ArticleExtraction } from '../extract/extraction.types';
import { extractionHash } from './extraction-hash';
import { ErrorCode } from '../errors/error-codes';
import { isParleyError, ParleyError } from '../errors/parley.error';
import type { Logger } from '../logging/logger';
import type { QueryRunner } from '../neo4j/neo4j-client';
import { RetriesExhausted, retryWithBackoff } from '../neo4j/retry';
import { InputError } from '../domain/input-error';
import { checkPostedArticle, type PostedArticle } from '../domain/posted-article';
import { ExtractionTimeout, PoolBusy } from '../workers/extraction.pool';
import { describeReadError, expandArticlePaths, readArticleBytes } from './article-files';
import { BatchWriter, type BatchResult } from './batch.writer';
import { countryDisplayName } from './country-names';
import { entityMentions, lookupKeys } from './identity/mentions';
import { articleKey, checkExtraction, ContractError } from './extraction.contract';
import type {
  IngestEntity,
  IngestResult,
  LoadFailure,
  LoadProgress,
  LoadReport,
  LoadServiceOptions,
  PreparedArticle,
} from './load.types';
import type { MergeDecision } from './identity/identity.types';

/** One article (or a failure to get one) from some source, before batching. */
type Candidate = { ok: true; article: PreparedArticle } | { ok: false; failure: LoadFailure };

/** Counts one load accumulates. */
class Tally {
  loaded = 0;
  unchanged = 0;
  failed: LoadFailure[] = [];
  skipped: LoadFailure[] = [];
  nodesCreated = 0;
  relationshipsCreated = 0;
  done = 0;
  readonly started = performance.now();

  report(): LoadReport {
    return {
      loaded: this.loaded,
      unchanged: this.unchanged,
      failed: this.failed,
      skipped: this.skipped,
      nodesCreated: this.nodesCreated,
      relationshipsCreated: this.relationshipsCreated,
      seconds: Math.round((performance.now() - this.started) / 10) / 100,
    };
  }
}

/** Thrown when Neo4j stayed unreachable for the whole retry window: the load stops with nothing half-written. */
class Unreachable extends Error {
  constructor(readonly error: ParleyError) {
    super(error.message);
  }
}

// A posted article's extraction and write, together, unless LoadServiceOptions.ingestTimeoutMs says otherwise.
const DEFAULT_INGEST_TIMEOUT_MS = 20_000;

const NO_PROGRESS: LoadProgress = { start: () => undefined, update: () => undefined, stop: () => undefined };

export class LoadService {
  private readonly writer: BatchWriter;
  private readonly now: () => Date;
  private readonly titleForm: (title: string) => string;
  private readonly unavailableRetryMs: number;

  constructor(
    runner: QueryRunner,
    private readonly logger: Logger,
    private readonly options: LoadServiceOptions,
  ) {
    this.writer = new BatchWriter(runner, countryDisplayName);
    this.now = options.now ?? (() => new Date());
    this.titleForm = options.titleForm ?? canonicalTitle;
    this.unavailableRetryMs = options.unavailableRetryMs ?? 30_000;
  }

  /** Loads files, folders (every `*.txt` below them) and glob patterns. */
  async loadPaths(paths: string[], progress: LoadProgress = NO_PROGRESS): Promise<LoadReport> {
    const tally = new Tally();
    const { files, failed } = await expandArticlePaths(paths);
    tally.failed.push(...failed);
    const fromFile = (file: string) => this.fromFile(file);
    async function* candidates(): AsyncGenerator<Candidate> {
      for (const file of files) {
        yield fromFile(file);
        // Let the driver's I/O for the batch in flight run between extractions.
        await yieldToEventLoop();
      }
    }
    return this.run(candidates(), files.length, progress, tally);
  }

  /** Loads extractions already made (JSON Lines from `parley extract`, tests). */
  async loadExtractions(
    items: ArticleExtraction[],
    progress: LoadProgress = NO_PROGRESS,
  ): Promise<LoadReport> {
    const check = (raw: unknown, label: string) => this.fromExtraction(raw, label);
    async function* candidates(): AsyncGenerator<Candidate> {
      for (const [i, item] of items.entries()) yield check(item, item?.article?.file ?? `<item ${i + 1}>`);
    }
    return this.run(candidates(), items.length, progress, new Tally());
  }

  /** Loads JSON Lines (one extraction per line); a line that is not JSON or breaks the contract is reported by number. */
  async loadJsonLines(
    lines: AsyncIterable<string>,
    progress: LoadProgress = NO_PROGRESS,
  ): Promise<LoadReport> {
    const check = (raw: unknown, label: string) => this.fromExtraction(raw, label);
    async function* candidates(): AsyncGenerator<Candidate> {
      let n = 0;
      for await (const line of lines) {
        n++;
        if (!line.trim()) continue;
        let raw: unknown;
        try {
          raw = JSON.parse(line);
        } catch (error) {
          yield {
            ok: false,
            failure: { file: `<stdin>:${n}`, reason: `not JSON: ${(error as Error).message}` },
          };
          continue;
        }
        yield check(raw, `<stdin>:${n}`);
      }
    }
    return this.run(candidates(), 0, progress, new Tally());
  }

  /** Checks, extracts and loads one posted article; bad input is an InputError whose path names the argument. */
  async ingestText(
    text: string,
    meta: { title?: string; date?: string; source?: string; url?: string },
    options: { replaces?: string } = {},
  ): Promise<IngestResult> {
    return this.ingestPosted(
      checkPostedArticle({ text, ...meta, replaces: options.replaces }, this.options.maxArticleBytes),
    );
  }

  /**
   * Extracts (on the injected extractor, off the event loop, within the deadline) and loads one checked article (the
   * ingestArticle mutation). Its key is its body: a client-supplied URL, source or title never selects an article to
   * replace; `replaces` names one by id.
   */
  async ingestPosted(posted: PostedArticle): Promise<IngestResult> {
    const deadline = Date.now() + (this.options.ingestTimeoutMs ?? DEFAULT_INGEST_TIMEOUT_MS);
    const remaining = () => Math.max(1, deadline - Date.now());
    let extraction: ArticleExtraction;
    const skipped: string[] = [];
    const options = { file: null, defaults: posted.meta };
    try {
      const raw = this.options.extract
        ? await this.options.extract(posted.text, options, { timeoutMs: remaining() })
        : extractArticle(posted.text, options);
      extraction = checkExtraction(raw, this.now(), (s) => skipped.push(s.reason));
    } catch (error) {
      if (isExtractionError(error))
        throw new InputError([error.code === 'MALFORMED_DATE' ? 'date' : 'text'], error.message);
      if (error instanceof ContractError)
        throw new InputError(
          [error.path[0] === 'article' && error.path[1] === 'date' ? 'date' : 'text'],
          error.message,
        );
      if (error instanceof ExtractionTimeout)
        throw new ParleyError(
          ErrorCode.IngestTimeout,
          `${error.message}; post a shorter article`,
          {},
          { cause: error },
        );
      if (error instanceof PoolBusy)
        throw new ParleyError(ErrorCode.Busy, `${error.message}; try again shortly`, {}, { cause: error });
      throw error;
    }
    const article: PreparedArticle = {
      ...prepare(extraction, '<text>', this.titleForm),
      key: `sha256:${extraction.article.id}`,
      ...(posted.replaces ? { replaces: posted.replaces } : {}),
    };
    // A client is waiting: no 30 s of retries, and the write gets what is left of the deadline (within the lease).
    const result = await this.writeWithRetry([article], true, {
      retryWithinMs: Math.min(remaining(), this.unavailableRetryMs),
      timeoutMs: Math.min(remaining(), this.options.lockLeaseMs ?? Infinity),
    });
    const id = extraction.article.id;
    const mine = result.decisions.filter((d) => d.article === id);
    const pick = (label: MergeDecision['label']): IngestEntity[] => {
      const byId = new Map<string, IngestEntity>();
      for (const d of mine.filter((x) => x.label === label))
        if (!byId.has(d.id)) byId.set(d.id, { id: d.id, name: d.name, status: d.status });
      return [...byId.values()];
    };
    const outcome = result.outcomes.get(id) ?? 'created';
    return {
      article: { id, status: outcome },
      people: pick('Person'),
      meetings: pick('Meeting'),
      topics: pick('Topic'),
      decisions: mine,
      ...(skipped.length ? { skipped } : {}),
    };
  }

  private fromFile(file: string): Candidate {
    try {
      const text = decodeArticle(
        readArticleBytes(file, this.options.maxArticleBytes),
        this.options.maxArticleBytes,
      );
      return this.fromExtraction(extractArticle(text, { file }), file);
    } catch (error) {
      if (isExtractionError(error)) return { ok: false, failure: { file, reason: error.message } };
      return { ok: false, failure: { file, reason: describeReadError(error) } };
    }
  }

  private fromExtraction(raw: unknown, label: string): Candidate {
    try {
      const skipped: string[] = [];
      const extraction = checkExtraction(raw, this.now(), (s) => skipped.push(s.reason));
      return {
        ok: true,
        article: prepare(extraction, extraction.article.file ?? label, this.titleForm, skipped),
      };
    } catch (error) {
      if (error instanceof ContractError)
        return { ok: false, failure: { file: label, reason: error.message } };
      return {
        ok: false,
        failure: { file: label, reason: `extraction failed: ${(error as Error).message}` },
      };
    }
  }

  /** Batches candidates; extraction of the next batch overlaps the write of the previous one. */
  private async run(
    source: AsyncIterable<Candidate>,
    total: number,
    progress: LoadProgress,
    tally: Tally,
  ): Promise<LoadReport> {
    progress.start(total);
    let inFlight: Promise<void> | undefined;
    let batch: PreparedArticle[] = [];
    let aborted: Unreachable | undefined;
    const flush = async (items: PreparedArticle[]) => {
      if (inFlight) await inFlight;
      if (aborted) return this.abandon(items, aborted, tally);
      inFlight = this.writeBatch(items, tally)
        .catch((error: unknown) => {
          if (error instanceof Unreachable) {
            aborted = error;
            this.abandon(items, error, tally);
            return;
          }
          throw error;
        })
        .finally(() =>
          progress.update(tally.done, {
            loaded: tally.loaded,
            unchanged: tally.unchanged,
            failed: tally.failed.length,
          }),
        );
    };
    try {
      for await (const c of source) {
        if (!c.ok) {
          tally.failed.push(c.failure);
          tally.done++;
          continue;
        }
        for (const reason of c.article.skipped ?? []) tally.skipped.push({ file: c.article.label, reason });
        batch.push(c.article);
        if (batch.length >= this.options.batchSize) {
          await flush(batch);
          batch = [];
        }
      }
      if (batch.length) await flush(batch);
      if (inFlight) await inFlight;
    } finally {
      progress.stop();
    }
    const report = tally.report();
    this.logger.info(
      { ...report, failed: report.failed.length, skipped: report.skipped.length },
      'load finished',
    );
    return report;
  }

  private abandon(items: PreparedArticle[], error: Unreachable, tally: Tally): void {
    for (const a of items) tally.failed.push({ file: a.label, reason: `not loaded: ${error.message}` });
    tally.done += items.length;
  }

  /** Writes a batch; if it fails for a reason other than reachability, writes its articles one by one to find the culprit. */
  private async writeBatch(batch: PreparedArticle[], tally: Tally): Promise<void> {
    const { unique, duplicates } = dedupe(batch);
    tally.unchanged += duplicates;
    tally.done += duplicates;
    try {
      this.count(await this.writeWithRetry(unique, false), unique, tally);
    } catch (error) {
      if (error instanceof Unreachable) throw error;
      if (unique.length === 1) {
        tally.failed.push({ file: unique[0]!.label, reason: reasonOf(error) });
        tally.done++;
        return;
      }
      this.logger.warn(
        { articles: unique.length, reason: reasonOf(error) },
        'batch failed; writing its articles one by one',
      );
      for (const article of unique) await this.writeBatch([article], tally);
    }
  }

  private count(result: BatchResult, batch: PreparedArticle[], tally: Tally): void {
    for (const a of batch) {
      const outcome = result.outcomes.get(a.extraction.article.id);
      if (outcome === 'unchanged') tally.unchanged++;
      else tally.loaded++;
      tally.done++;
    }
    tally.nodesCreated += result.nodesCreated;
    tally.relationshipsCreated += result.relationshipsCreated;
    for (const d of result.decisions) this.options.onDecision?.(d);
  }

  /** Retries while Neo4j is unreachable, with backoff, for a bounded time; then gives up with the URI in the message. */
  private async writeWithRetry(
    batch: PreparedArticle[],
    resolveUnchanged: boolean,
    limits: { retryWithinMs?: number; timeoutMs?: number } = {},
  ): Promise<BatchResult> {
    try {
      return await retryWithBackoff(
        () =>
          this.writer.write(batch, {
            resolveUnchanged,
            timeoutMs: limits.timeoutMs ?? this.options.lockLeaseMs,
          }),
        {
          withinMs: limits.retryWithinMs ?? this.unavailableRetryMs,
          retryable: (error) => isParleyError(error) && error.code === ErrorCode.DatabaseUnavailable,
          onRetry: ({ attempt, retryInMs, error }) =>
            this.logger.warn(
              { attempt, retryInMs, reason: (error as Error).message },
              'Neo4j unreachable; retrying the batch',
            ),
        },
      );
    } catch (error) {
      if (!(error instanceof RetriesExhausted)) throw error;
      const last = error.lastError as ParleyError;
      throw new Unreachable(
        new ParleyError(
          ErrorCode.DatabaseUnavailable,
          `${last.message} (gave up after ${error.attempts} attempts)`,
          last.details,
          { cause: last },
        ),
      );
    }
  }
}

/** An article ready for a batch: what the write transaction needs of it that depends on it alone is made here. */
function prepare(
  checked: ArticleExtraction,
  label: string,
  titleForm: (title: string) => string,
  skipped: string[] = [],
): PreparedArticle {
  // Titles as the graph stores them: one form for one post, however the article words it.
  const extraction = {
    ...checked,
    people: checked.people.map((p) => (p.title ? { ...p, title: titleForm(p.title) } : p)),
  };
  const mentions = entityMentions([extraction]);
  return {
    extraction,
    key: articleKey(extraction.article),
    // the extractor's findings, not the loader's forms of them (which `parley migrate` brings stored graphs to)
    extractionHash: extractionHash(checked),
    label,
    ...(skipped.length ? { skipped } : {}),
    mentions,
    lookupKeys: lookupKeys(mentions),
  };
}

/** Same body twice counts as unchanged; the same key with two bodies keeps the later one, as a sequential load would. */
function dedupe(batch: PreparedArticle[]): { unique: PreparedArticle[]; duplicates: number } {
  const byKey = new Map<string, PreparedArticle>();
  const ids = new Set<string>();
  let duplicates = 0;
  for (const a of batch) {
    if (ids.has(a.extraction.article.id)) {
      duplicates++;
      continue;
    }
    ids.add(a.extraction.article.id);
    if (byKey.has(a.key)) duplicates++;
    byKey.set(a.key, a);
  }
  return { unique: [...byKey.values()], duplicates };
}

function reasonOf(error: unknown): string {
  if (isParleyError(error)) return `${error.message} [${error.code}]`;
  return (error as Error)?.message ?? String(error);
}
