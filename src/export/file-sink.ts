import fs from 'node:fs';
import { once } from 'node:events';

/** A file written through a stream that waits when the disk falls behind, so memory stays bounded. */
export class FileSink {
  private readonly stream: fs.WriteStream;

  constructor(readonly path: string) {
    this.stream = fs.createWriteStream(path, { encoding: 'utf8', highWaterMark: 1 << 16 });
  }

  async write(text: string): Promise<void> {
    if (!this.stream.write(text)) await once(this.stream, 'drain');
  }

  async close(): Promise<void> {
    this.stream.end();
    await once(this.stream, 'finish');
  }
}
