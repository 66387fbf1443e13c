import { FileSink } from './file-sink';
import type { ExportNode, ExportRelationship, GraphWriter } from './export.types';

/** JSON Lines: one object a line, nodes then relationships (the shape of APOC's JSON export). */
export class JsonLinesWriter implements GraphWriter {
  private readonly sink: FileSink;

  constructor(file: string) {
    this.sink = new FileSink(file);
  }

  async begin(): Promise<void> {}

  node(n: ExportNode): Promise<void> {
    const line = { type: 'node', id: n.props.id, labels: [n.label], properties: n.props };
    return this.sink.write(JSON.stringify(line) + '\n');
  }

  relationship(r: ExportRelationship): Promise<void> {
    const line = {
      type: 'relationship',
      label: r.type,
      start: { id: r.source, labels: [r.sourceLabel] },
      end: { id: r.target, labels: [r.targetLabel] },
      properties: r.props,
    };
    return this.sink.write(JSON.stringify(line) + '\n');
  }

  async end(): Promise<string[]> {
    await this.sink.close();
    return [this.sink.path];
  }
}
