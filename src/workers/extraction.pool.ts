import os from 'node:os';
import path from 'node:path';
import { Worker } from 'node:worker_threads';
import type { ExtractOptions } from '../extract/extract-article';
import { ExtractionError, type ExtractionErrorCode } from '../extract/extraction.error';
import type { ArticleExtraction } from '../extract/extraction.types';
import type { ExtractionRequest, ExtractionResponse } from './extraction.messages';

/** The extraction did not finish before its deadline; its worker was stopped and replaced. */
export class ExtractionTimeout extends Error {
  constructor(readonly timeoutMs: number) {
    super(`extraction took longer than ${timeoutMs} ms and was stopped`);
    this.name = 'ExtractionTimeout';
  }
}

/** Every worker is busy and the queue is full: try again later. */
export class PoolBusy extends Error {
  constructor(readonly queued: number) {
    super(`all extraction workers are busy (${queued} articles waiting)`);
    this.name = 'PoolBusy';
  }
}

export interface PoolOptions {
  /** articles waiting for a worker before more are refused with PoolBusy (default: unbounded) */
  maxQueued?: number;
}

interface Job {
  request: ExtractionRequest;
  resolve: (value: ArticleExtraction) => void;
  reject: (error: Error) => void;
  timer?: NodeJS.Timeout;
}

interface Slot {
  worker: Worker;
  job?: Job;
}

/**
 * Extraction on worker threads: same results as `extractArticle`, on every core of one process, off the event loop.
 * Each worker holds one article at a time and the rest wait here, so a deadline can stop a worker (replacing it)
 * without losing the articles queued behind it.
 */
export class ExtractionPool {
  private readonly slots: Slot[] = [];
  private readonly queue: Job[] = [];
  private nextId = 0;
  private closed = false;

  constructor(
    readonly size: number = Math.max(1, Math.min(os.availableParallelism(), 4)),
    private readonly options: PoolOptions = {},
  ) {
    for (let i = 0; i < size; i++) this.slots.push({ worker: this.spawn() });
  }

  /** Extracts on the next free worker; with `timeoutMs`, rejects with ExtractionTimeout when the deadline passes. */
  extract(
    text: string,
    options: ExtractOptions = {},
    limits: { timeoutMs?: number } = {},
  ): Promise<ArticleExtraction> {
    if (this.closed) return Promise.reject(new Error('the extraction pool is closed'));
    const maxQueued = this.options.maxQueued ?? Number.POSITIVE_INFINITY;
    if (!this.slots.some((s) => !s.job) && this.queue.length >= maxQueued)
      return Promise.reject(new PoolBusy(this.queue.length));
    return new Promise((resolve, reject) => {
      const job: Job = { request: { id: this.nextId++, text, options }, resolve, reject };
      if (limits.timeoutMs !== undefined) {
        const timeoutMs = limits.timeoutMs;
        job.timer = setTimeout(() => this.expire(job, timeoutMs), timeoutMs);
      }
      this.queue.push(job);
      this.dispatch();
    });
  }

  async close(): Promise<void> {
    this.closed = true;
    for (const job of this.queue.splice(0)) this.finish(job, new Error('the extraction pool was closed'));
    await Promise.all(this.slots.map((s) => s.worker.terminate()));
  }

  private spawn(): Worker {
    // From sources (tsx, jest) the worker is a .ts file that needs tsx's require hook; from dist it is plain JS.
    const fromSources = __filename.endsWith('.ts');
    const file = path.join(__dirname, `extraction.worker.${fromSources ? 'ts' : 'js'}`);
    const worker = fromSources
      ? new Worker(`require('tsx/cjs'); require(${JSON.stringify(file)});`, { eval: true })
      : new Worker(file);
    worker.on('message', (response: ExtractionResponse) => this.settle(worker, response));
    worker.on('error', (error) => this.replace(worker, error));
    worker.on('exit', (code) => {
      if (!this.closed) this.replace(worker, new Error(`extraction worker exited with code ${code}`));
    });
    return worker;
  }

  private dispatch(): void {
    for (const slot of this.slots) {
      if (slot.job) continue;
      const job = this.queue.shift();
      if (!job) return;
      slot.job = job;
      slot.worker.postMessage(job.request);
    }
  }

  private settle(worker: Worker, response: ExtractionResponse): void {
    const slot = this.slots.find((s) => s.worker === worker);
    const job = slot?.job;
    if (!slot || !job || job.request.id !== response.id) return;
    slot.job = undefined;
    if (response.ok) this.finish(job, undefined, response.result);
    else if (response.error.code === 'INTERNAL') this.finish(job, new Error(response.error.message));
    else
      this.finish(
        job,
        new ExtractionError(response.error.code as ExtractionErrorCode, response.error.message),
      );
    this.dispatch();
  }

  private expire(job: Job, timeoutMs: number): void {
    const queued = this.queue.indexOf(job);
    if (queued >= 0) this.queue.splice(queued, 1);
    const slot = this.slots.find((s) => s.job === job);
    // A worker inside extractArticle cannot be interrupted: it is stopped and a fresh one takes its place.
    if (slot) this.replace(slot.worker, undefined);
    this.finish(job, new ExtractionTimeout(timeoutMs));
  }

  /** Stops a worker (after an error, an exit or a deadline), fails its article, and starts another in its place. */
  private replace(worker: Worker, error: Error | undefined): void {
    const slot = this.slots.find((s) => s.worker === worker);
    if (!slot || this.closed) return;
    const job = slot.job;
    slot.job = undefined;
    worker.removeAllListeners();
    void worker.terminate();
    slot.worker = this.spawn();
    if (job && error) this.finish(job, error);
    this.dispatch();
  }

  private finish(job: Job, error: Error | undefined, result?: ArticleExtraction): void {
    clearTimeout(job.timer);
    if (error) job.reject(error);
    else job.resolve(result!);
  }
}
