import type { GraphEdge, GraphNode } from '../api/api.types';
import { xmlText } from '../../../src/export/xml-text';

const NODE_KEYS = ['name', 'depth', 'date', 'kind', 'title', 'country'] as const;
const EDGE_KEYS = ['title', 'sourceCount'] as const;

/** The nodes and edges shown, as GraphML (the attributes `parley export --format graphml` uses for them). */
export function toGraphml(nodes: GraphNode[], edges: GraphEdge[]): string {
  const key = (id: string, owner: string, name: string, type = 'string') =>
    `  <key id="${id}" for="${owner}" attr.name="${name}" attr.type="${type}"/>\n`;
  const data = (k: string, v: unknown) =>
    v === null || v === undefined || v === '' ? '' : `<data key="${k}">${xmlText(String(v))}</data>`;
  let out =
    '<?xml version="1.0" encoding="UTF-8"?>\n<graphml xmlns="http://graphml.graphdrawing.org/xmlns">\n' +
    key('labels', 'node', 'labels') +
    key('label', 'node', 'label') +
    NODE_KEYS.map((k) => key(`n_${k}`, 'node', k, k === 'depth' ? 'int' : 'string')).join('') +
    key('e_label', 'edge', 'label') +
    EDGE_KEYS.map((k) => key(`e_${k}`, 'edge', k, k === 'sourceCount' ? 'int' : 'string')).join('') +
    '  <graph id="parley" edgedefault="directed">\n';
  for (const n of nodes) {
    out += `    <node id="${xmlText(n.id)}">${data('labels', `:${n.label}`)}${data('label', n.name)}`;
    out += NODE_KEYS.map((k) => data(`n_${k}`, n[k])).join('') + '</node>\n';
  }
  edges.forEach((e, i) => {
    out += `    <edge id="e${i}" source="${xmlText(e.source)}" target="${xmlText(e.target)}">${data('e_label', e.type)}`;
    out += EDGE_KEYS.map((k) => data(`e_${k}`, e[k])).join('') + '</edge>\n';
  });
  return out + '  </graph>\n</graphml>\n';
}

/** Offers a file to the browser's downloads. */
export function download(name: string, content: Blob): void {
  const url = URL.createObjectURL(content);
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
