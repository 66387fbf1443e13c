import { SingleBar } from 'cli-progress';

/** What an export reports as it goes. */
export interface ExportProgress {
  start(total: number): void;
  increment(by: number): void;
  stop(): void;
}

const PLAIN_EVERY_MS = 2000;

/** A bar on a terminal (nodes and relationships written of the total, and the rate); a line every 2 s otherwise. */
export function createExportProgress(stream: NodeJS.WriteStream = process.stderr): ExportProgress {
  if (stream.isTTY) {
    const bar = new SingleBar({
      stream,
      format: 'exporting [{bar}] {value}/{total} nodes and relationships | {rate}/s | {eta_formatted} left',
      hideCursor: true,
    });
    let started = performance.now();
    let done = 0;
    return {
      start: (total) => {
        started = performance.now();
        bar.start(total, 0, { rate: 0 });
      },
      increment: (by) => {
        done += by;
        if (done > bar.getTotal()) bar.setTotal(done);
        bar.update(done, { rate: Math.round(done / Math.max(0.001, (performance.now() - started) / 1000)) });
      },
      stop: () => bar.stop(),
    };
  }
  let total = 0;
  let done = 0;
  let last = performance.now();
  const line = () => stream.write(`exported ${done}${total ? `/${total}` : ''} nodes and relationships\n`);
  return {
    start: (n) => (total = n),
    increment: (by) => {
      done += by;
      if (performance.now() - last >= PLAIN_EVERY_MS) {
        last = performance.now();
        line();
      }
    },
    stop: () => line(),
  };
}

export const NO_EXPORT_PROGRESS: ExportProgress = { start: () => {}, increment: () => {}, stop: () => {} };
