import fs from 'node:fs';
import path from 'node:path';
import { FileSink } from './file-sink';
import type {
  ExportNode,
  ExportRelationship,
  ExportSchema,
  GraphWriter,
  PropertyKind,
  PropertyValue,
} from './export.types';

export const ARRAY_DELIMITER = ';';

/** A CSV field: strings always quoted (so an empty string stays one), nulls empty, lists joined by the delimiter. */
function field(value: PropertyValue | undefined): string {
  if (value === null || value === undefined) return '';
  const raw = Array.isArray(value) ? value.map((v) => String(v)).join(ARRAY_DELIMITER) : String(value);
  return typeof value === 'number' || typeof value === 'boolean' ? raw : `"${raw.replace(/"/g, '""')}"`;
}

const header = (name: string, kind: PropertyKind) => (kind === 'string' ? name : `${name}:${kind}`);

/** Characters a file name may hold, from a label or type name (they are whitelisted already; this is belt and braces). */
const safe = (name: string) => name.replace(/[^A-Za-z0-9_]/g, '_');

interface Table {
  sink: FileSink;
  columns: string[];
}

/**
 * CSV files in the layout of `neo4j-admin database import full`: one file per label (`id:ID(Label)` — the id space of
 * the label — then the properties with their types, then `:LABEL`) and one per relationship type and pair of labels
 * (`:START_ID(Label)`, `:END_ID(Label)`, `:TYPE`, properties), each with its header line, plus `import.sh` with the
 * command that loads them.
 */
export class CsvWriter implements GraphWriter {
  private schema: ExportSchema = { nodes: new Map(), relationships: new Map() };
  private readonly nodeFiles = new Map<string, Table>();
  private readonly relationshipFiles = new Map<string, Table>();
  /** list elements that hold the array delimiter (neo4j-admin would split them) */
  delimiterClashes = 0;

  constructor(private readonly dir: string) {}

  async begin(schema: ExportSchema): Promise<void> {
    fs.mkdirSync(this.dir, { recursive: true });
    this.schema = schema;
  }

  private async table(
    files: Map<string, Table>,
    key: string,
    file: string,
    first: string[],
    props: Map<string, PropertyKind>,
    last: string,
  ): Promise<Table> {
    let table = files.get(key);
    if (!table) {
      const columns = [...props.keys()].filter((c) => c !== 'id' || last !== ':LABEL');
      table = { sink: new FileSink(path.join(this.dir, file)), columns };
      files.set(key, table);
      const names = [...first, ...columns.map((c) => header(c, props.get(c)!)), last];
      await table.sink.write(names.join(',') + '\n');
    }
    return table;
  }

  private check(values: PropertyValue[]): void {
    for (const v of values)
      if (Array.isArray(v) && v.some((x) => typeof x === 'string' && x.includes(ARRAY_DELIMITER)))
        this.delimiterClashes++;
  }

  async node(n: ExportNode): Promise<void> {
    const props = this.schema.nodes.get(n.label) ?? new Map<string, PropertyKind>();
    const table = await this.table(
      this.nodeFiles,
      n.label,
      `nodes-${safe(n.label)}.csv`,
      [`id:ID(${n.label})`],
      props,
      ':LABEL',
    );
    const values = table.columns.map((c) => n.props[c] ?? null);
    this.check(values);
    await table.sink.write([field(String(n.props.id)), ...values.map(field), n.label].join(',') + '\n');
  }

  async relationship(r: ExportRelationship): Promise<void> {
    const props = this.schema.relationships.get(r.type) ?? new Map<string, PropertyKind>();
    const key = `${r.type}|${r.sourceLabel}|${r.targetLabel}`;
    const file = `relationships-${safe(r.type)}-${safe(r.sourceLabel)}-${safe(r.targetLabel)}.csv`;
    const first = [`:START_ID(${r.sourceLabel})`, `:END_ID(${r.targetLabel})`];
    const table = await this.table(this.relationshipFiles, key, file, first, props, ':TYPE');
    const values = table.columns.map((c) => r.props[c] ?? null);
    this.check(values);
    await table.sink.write([field(r.source), field(r.target), ...values.map(field), r.type].join(',') + '\n');
  }

  async end(): Promise<string[]> {
    const tables = [...this.nodeFiles.values(), ...this.relationshipFiles.values()];
    await Promise.all(tables.map((t) => t.sink.close()));
    const files = tables.map((t) => path.basename(t.sink.path));
    const script = path.join(this.dir, 'import.sh');
    fs.writeFileSync(script, importScript(files), { mode: 0o755 });
    return [...tables.map((t) => t.sink.path), script];
  }
}

/** The neo4j-admin command that loads these files into an empty database (then `parley migrate` adds the indexes). */
export function importScript(files: string[]): string {
  const args = files.map((f) =>
    f.startsWith('nodes-') ? `  --nodes="$DIR/${f}"` : `  --relationships="$DIR/${f}"`,
  );
  return [
    '#!/bin/sh',
    '# Loads this export into an empty Neo4j 5 database (stop it first): sh import.sh [DATABASE]',
    '# Then run `parley migrate` against it for the constraints and indexes.',
    'DIR=$(cd "$(dirname "$0")" && pwd)',
    'neo4j-admin database import full "${1:-neo4j}" --overwrite-destination --multiline-fields=true \\',
    `  --array-delimiter='${ARRAY_DELIMITER}' --id-type=string \\`,
    ...args.map((a, i) => (i < args.length - 1 ? a + ' \\' : a)),
    '',
  ].join('\n');
}
