// Progress of a load: a bar with articles/s on a terminal, plain `loaded N/M articles (X articles/s)` lines otherwise.
import { SingleBar } from 'cli-progress';
import type { LoadProgress } from './load.types';

const PLAIN_EVERY_MS = 2000;

export function createLoadProgress(stream: NodeJS.WriteStream = process.stderr): LoadProgress {
  return stream.isTTY ? new BarProgress(stream) : new PlainProgress(stream);
}

function rate(done: number, started: number): string {
  const seconds = (performance.now() - started) / 1000;
  return seconds > 0 ? (done / seconds).toFixed(1) : '0.0';
}

/** cli-progress bar on stderr, so stdout keeps only the summary. */
export class BarProgress implements LoadProgress {
  private readonly bar: SingleBar;
  private started = performance.now();

  constructor(stream: NodeJS.WriteStream) {
    this.bar = new SingleBar({
      stream,
      format: 'loading [{bar}] {value}/{total} articles | {rate} articles/s | {failed} failed',
      hideCursor: true,
      clearOnComplete: false,
    });
  }

  start(total: number): void {
    this.started = performance.now();
    this.bar.start(total, 0, { rate: '0.0', failed: 0 });
  }

  update(done: number, counts: { failed: number }): void {
    if (done > this.bar.getTotal()) this.bar.setTotal(done);
    this.bar.update(done, { rate: rate(done, this.started), failed: counts.failed });
  }

  stop(): void {
    this.bar.stop();
  }
}

export class PlainProgress implements LoadProgress {
  private started = performance.now();
  private lastLine = 0;
  private total = 0;
  private done = 0;
  private printed = -1;

  constructor(private readonly stream: NodeJS.WritableStream) {}

  start(total: number): void {
    this.started = performance.now();
    this.lastLine = this.started;
    this.total = total;
  }

  update(done: number): void {
    this.done = done;
    if (performance.now() - this.lastLine >= PLAIN_EVERY_MS) this.line();
  }

  stop(): void {
    if (this.done > 0 && this.printed !== this.done) this.line();
  }

  private line(): void {
    this.lastLine = performance.now();
    this.printed = this.done;
    const of = this.total ? `/${this.total}` : '';
    this.stream.write(`loaded ${this.done}${of} articles (${rate(this.done, this.started)} articles/s)\n`);
  }
}
