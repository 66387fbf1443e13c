import os from 'node:os';
import path from 'node:path';
import { Worker } from 'node:worker_threads';
import { ExtractionError, type ExtractionErrorCode } from '../extract/extraction.error';
import type { ArticleExtraction } from '../extract/extraction.types';
import type { ExtractionRequest, ExtractionResponse } from './extraction.messages';

interface Pending {
  resolve: (value: ArticleExtraction) => void;
  reject: (error: Error) => void;
}

/** Extraction on worker threads: same results as `extractArticle`, on every core of one process. */
export class ExtractionPool {
  private readonly workers: Worker[] = [];
  private readonly pending = new Map<number, Pending>();
  private readonly load: number[] = [];
  private nextId = 0;
  private broken: Error | undefined;

  constructor(readonly size: number = Math.max(1, Math.min(os.availableParallelism(), 4))) {
    // From sources (tsx, jest) the worker is a .ts file that needs tsx's require hook; from dist it is plain JS.
    const fromSources = __filename.endsWith('.ts');
    const file = path.join(__dirname, `extraction.worker.${fromSources ? 'ts' : 'js'}`);
    for (let i = 0; i < size; i++) {
      const worker = fromSources
        ? new Worker(`require('tsx/cjs'); require(${JSON.stringify(file)});`, { eval: true })
        : new Worker(file);
      worker.on('message', (response: ExtractionResponse) => this.settle(i, response));
      worker.on('error', (error) => this.failAll(error));
      this.workers.push(worker);
      this.load.push(0);
    }
  }

  extract(text: string, options: { file?: string | null } = {}): Promise<ArticleExtraction> {
    if (this.broken) return Promise.reject(this.broken);
    const id = this.nextId++;
    // The least busy worker takes it, so one slow article does not hold up the rest.
    const index = this.load.indexOf(Math.min(...this.load));
    this.load[index]! += 1;
    const request: ExtractionRequest = { id, text, options };
    return new Promise((resolve, reject) => {
      this.pending.set(id, { resolve, reject });
      this.workers[index]!.postMessage(request);
    });
  }

  async close(): Promise<void> {
    await Promise.all(this.workers.map((w) => w.terminate()));
  }

  private settle(index: number, response: ExtractionResponse): void {
    this.load[index]! -= 1;
    const pending = this.pending.get(response.id);
    if (!pending) return;
    this.pending.delete(response.id);
    if (response.ok) pending.resolve(response.result);
    else if (response.error.code === 'INTERNAL') pending.reject(new Error(response.error.message));
    else
      pending.reject(new ExtractionError(response.error.code as ExtractionErrorCode, response.error.message));
  }

  private failAll(error: Error): void {
    this.broken = error;
    for (const p of this.pending.values()) p.reject(error);
    this.pending.clear();
  }
}
