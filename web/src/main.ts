import './styles.css';
import { Dashboard } from './app';
import { GraphView } from './graph/graph-view';
import { syntheticNeighbourhood } from './graph/synthetic-graph';

declare global {
  interface Window {
    /** set by `?bench=N`: the time from navigation start to the first frame of an N-node graph */
    parleyBench?: { nodes: number; edges: number; firstRenderMs: number };
  }
}

const bench = new URLSearchParams(window.location.search).get('bench');
if (bench !== null) {
  // Bench mode draws a generated neighbourhood and talks to no server.
  const size = Math.max(0, Math.min(5000, Number(bench) || 0));
  const graph = new GraphView(document.getElementById('graph') as HTMLElement, {
    select: () => {},
    expand: () => {},
  });
  const { center, nodes, edges } = syntheticNeighbourhood(size);
  const shown = size === 0 ? Promise.resolve() : graph.show(center.id, nodes, edges);
  void shown.then(() => {
    window.parleyBench = {
      nodes: size === 0 ? 0 : nodes.length,
      edges: size === 0 ? 0 : edges.length,
      firstRenderMs: performance.now(),
    };
  });
} else {
  new Dashboard().start();
}
