import { FileSink } from './file-sink';
import { xmlText } from './xml-text';
import type {
  ExportNode,
  ExportRelationship,
  ExportSchema,
  GraphWriter,
  PropertyKind,
  PropertyValue,
} from './export.types';

/** GraphML types: lists and dates become strings (lists as JSON), as Gephi, yEd and Cytoscape read them. */
function graphmlType(kind: PropertyKind): string {
  return kind === 'long' || kind === 'double' || kind === 'boolean' ? kind : 'string';
}

function text(value: PropertyValue): string {
  return Array.isArray(value) ? JSON.stringify(value) : String(value);
}

/** Per attribute name, one GraphML type: a name stored with different kinds under different labels is a string. */
function keys(byOwner: Map<string, Map<string, PropertyKind>>): Map<string, string> {
  const out = new Map<string, string>();
  for (const props of byOwner.values())
    for (const [name, kind] of props) {
      const type = graphmlType(kind);
      out.set(name, out.has(name) && out.get(name) !== type ? 'string' : type);
    }
  return out;
}

/**
 * GraphML for Gephi, yEd and Cytoscape: every property as a declared attribute, the Neo4j label as `labels`
 * (`:Person`, as APOC writes it) and the name as `label` (what graph tools display); a relationship's type is its `label`.
 */
export class GraphmlWriter implements GraphWriter {
  private readonly sink: FileSink;
  private nodeKeys = new Map<string, string>();
  private edgeKeys = new Map<string, string>();
  private edges = 0;

  constructor(file: string) {
    this.sink = new FileSink(file);
  }

  async begin(schema: ExportSchema): Promise<void> {
    this.nodeKeys = keys(schema.nodes);
    this.edgeKeys = keys(schema.relationships);
    const declare = (id: string, owner: string, name: string, type: string) =>
      `  <key id="${xmlText(id)}" for="${owner}" attr.name="${xmlText(name)}" attr.type="${type}"/>\n`;
    let head =
      '<?xml version="1.0" encoding="UTF-8"?>\n' +
      '<graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"' +
      ' xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">\n';
    head += declare('labels', 'node', 'labels', 'string') + declare('label', 'node', 'label', 'string');
    for (const [name, type] of this.nodeKeys) head += declare(`n_${name}`, 'node', name, type);
    head += declare('e_label', 'edge', 'label', 'string');
    for (const [name, type] of this.edgeKeys) head += declare(`e_${name}`, 'edge', name, type);
    await this.sink.write(head + '  <graph id="parley" edgedefault="directed">\n');
  }

  node(n: ExportNode): Promise<void> {
    const id = String(n.props.id);
    const display = n.props.name ?? n.props.title ?? id;
    let xml = `    <node id="${xmlText(id)}"><data key="labels">:${xmlText(n.label)}</data><data key="label">${xmlText(text(display))}</data>`;
    for (const [name, value] of Object.entries(n.props))
      if (value !== null && this.nodeKeys.has(name))
        xml += `<data key="n_${xmlText(name)}">${xmlText(text(value))}</data>`;
    return this.sink.write(xml + '</node>\n');
  }

  relationship(r: ExportRelationship): Promise<void> {
    let xml = `    <edge id="e${this.edges++}" source="${xmlText(r.source)}" target="${xmlText(r.target)}"><data key="e_label">${xmlText(r.type)}</data>`;
    for (const [name, value] of Object.entries(r.props))
      if (value !== null && this.edgeKeys.has(name))
        xml += `<data key="e_${xmlText(name)}">${xmlText(text(value))}</data>`;
    return this.sink.write(xml + '</edge>\n');
  }

  async end(): Promise<string[]> {
    await this.sink.write('  </graph>\n</graphml>\n');
    await this.sink.close();
    return [this.sink.path];
  }
}
