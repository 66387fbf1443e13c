import type { GraphEdge, GraphNode } from '../api/api.types';

/** A neighbourhood shaped like the real ones (a person, their meetings, counterparts, topics), for the bench. */
export function syntheticNeighbourhood(size: number): {
  center: GraphNode;
  nodes: GraphNode[];
  edges: GraphEdge[];
} {
  const center: GraphNode = { id: 'person:center', label: 'Person', name: 'Centre Person', depth: 0 };
  const nodes: GraphNode[] = [center];
  const edges: GraphEdge[] = [];
  const meetings = Math.max(1, Math.round(size / 5));
  const topics = Math.max(1, Math.round(size / 25));
  for (let t = 0; t < topics && nodes.length < size; t++) {
    nodes.push({ id: `topic:${t}`, label: 'Topic', name: `Topic ${t}`, depth: 2 });
  }
  for (let m = 0; m < meetings && nodes.length < size; m++) {
    const month = String((m % 12) + 1).padStart(2, '0');
    const id = `meeting:${m}`;
    nodes.push({
      id,
      label: 'Meeting',
      name: `Meeting ${m}`,
      depth: 1,
      date: `${2020 + (m % 5)}-${month}-15`,
    });
    edges.push({ source: center.id, target: id, type: 'ATTENDED' });
    edges.push({ source: id, target: `topic:${m % topics}`, type: 'DISCUSSED' });
  }
  for (let p = 0; nodes.length < size; p++) {
    const id = `person:${p}`;
    nodes.push({ id, label: 'Person', name: `Counterpart ${p}`, depth: 2 });
    edges.push({ source: id, target: `meeting:${p % meetings}`, type: 'ATTENDED' });
    if (p % 3 === 0)
      edges.push({ source: id, target: `meeting:${(p * 7 + 1) % meetings}`, type: 'ATTENDED' });
  }
  return { center, nodes, edges };
}
