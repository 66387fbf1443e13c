import cytoscape, { type Core, type ElementDefinition, type LayoutOptions, type NodeSingular } from 'cytoscape';
import type { GraphEdge, GraphNode } from '../api/api.types';
import { inWindow } from './date-window';
import { GRAPH_STYLE, labelColour } from './graph-style';

export interface GraphEvents {
  /** a node was clicked (or tapped): open its panel */
  select(node: GraphNode): void;
  /** a node was double-clicked: add its neighbourhood */
  expand(node: GraphNode): void;
}

// Force-directed layout reads well for small neighbourhoods; past this size the rings by depth are far faster.
const FORCE_LAYOUT_MAX_NODES = 120;

/** The Cytoscape.js graph of the current neighbourhood, with expansion, path highlighting and a time window. */
export class GraphView {
  private readonly cy: Core;
  private centerId = '';
  private window = { from: '', to: '' };

  constructor(container: HTMLElement, events: GraphEvents) {
    this.cy = cytoscape({
      container,
      style: GRAPH_STYLE,
      minZoom: 0.1,
      maxZoom: 3,
      wheelSensitivity: 0.3,
      textureOnViewport: true,
      hideEdgesOnViewport: true,
      selectionType: 'single',
    });
    this.cy.on('tap', 'node', (event) => events.select(nodeData(event.target as NodeSingular)));
    this.cy.on('dbltap', 'node', (event) => events.expand(nodeData(event.target as NodeSingular)));
  }

  get size(): number {
    return this.cy.nodes().length;
  }

  has(id: string): boolean {
    return this.cy.getElementById(id).nonempty();
  }

  node(id: string): GraphNode | undefined {
    const el = this.cy.getElementById(id);
    return el.nonempty() && el.isNode() ? nodeData(el) : undefined;
  }

  /** Meetings currently shown (inside the window), for the timeline. */
  visibleMeetings(): GraphNode[] {
    return this.cy
      .nodes('[label = "Meeting"]')
      .filter((n) => n.visible())
      .map((n) => nodeData(n));
  }

  /** Replaces the graph; resolves once the first frame with the new layout has been drawn. */
  show(centerId: string, nodes: GraphNode[], edges: GraphEdge[]): Promise<void> {
    this.centerId = centerId;
    this.cy.batch(() => {
      this.cy.elements().remove();
      this.cy.add(toElements(nodes, edges));
      this.cy.getElementById(centerId).addClass('center');
    });
    return this.relayout();
  }

  /** Adds nodes and edges (an expansion or a path) without dropping what is shown. */
  merge(nodes: GraphNode[], edges: GraphEdge[]): Promise<void> {
    this.cy.batch(() => {
      const fresh = toElements(nodes, edges).filter((el) => this.cy.getElementById(String(el.data.id)).empty());
      this.cy.add(fresh.filter((el) => el.group === 'nodes'));
      this.cy.add(
        fresh.filter(
          (el) =>
            el.group === 'edges' &&
            this.cy.getElementById(String(el.data.source)).nonempty() &&
            this.cy.getElementById(String(el.data.target)).nonempty(),
        ),
      );
    });
    return this.relayout();
  }

  select(id: string): void {
    this.cy.nodes(':selected').unselect();
    const el = this.cy.getElementById(id);
    if (el.nonempty()) el.select();
  }

  /** Marks the given chain of node ids in red and centres the view on it. */
  highlightPath(nodeIds: string[], edges: GraphEdge[]): void {
    this.cy.elements().removeClass('path');
    const ids = new Set(nodeIds);
    const chain = this.cy.nodes().filter((n) => ids.has(n.id()));
    const links = this.cy.edges().filter((e) =>
      edges.some(
        (p) =>
          (e.data('source') === p.source && e.data('target') === p.target) ||
          (e.data('source') === p.target && e.data('target') === p.source),
      ),
    );
    chain.union(links).addClass('path');
    this.cy.animate({ fit: { eles: chain, padding: 60 }, duration: 250 });
  }

  /** Hides meetings outside [from, to] and whatever is then cut off from the centre. */
  setWindow(from: string, to: string): void {
    this.window = { from, to };
    this.cy.batch(() => {
      const all = this.cy.elements();
      all.style('display', 'element');
      const outside = this.cy.nodes('[label = "Meeting"]').filter((n) => !inWindow(n.data('date'), from, to));
      outside.style('display', 'none');
      const center = this.cy.getElementById(this.centerId);
      if (center.empty()) return;
      const reachable = new Set<string>();
      this.cy
        .elements()
        .not(outside)
        .bfs({ roots: center, visit: (v) => void reachable.add(v.id()), directed: false });
      this.cy
        .nodes()
        .filter((n) => !reachable.has(n.id()) && !n.hasClass('path'))
        .style('display', 'none');
    });
  }

  fit(): void {
    this.cy.fit(this.cy.elements(':visible'), 30);
  }

  resize(): void {
    this.cy.resize();
  }

  private relayout(): Promise<void> {
    this.setWindow(this.window.from, this.window.to);
    const visible = this.cy.elements(':visible');
    const options: LayoutOptions =
      visible.nodes().length <= FORCE_LAYOUT_MAX_NODES
        ? { name: 'cose', animate: false, randomize: true, nodeRepulsion: () => 9000, idealEdgeLength: () => 70, numIter: 600, fit: true, padding: 30 }
        : {
            name: 'concentric',
            animate: false,
            fit: true,
            padding: 30,
            minNodeSpacing: 6,
            concentric: (n: NodeSingular) => 10 - Number(n.data('depth') ?? 3),
            levelWidth: () => 1,
          };
    const rendered = new Promise<void>((resolve) => this.cy.one('render', () => resolve()));
    visible.layout(options).run();
    // An empty graph draws nothing, so there is no render event to wait for.
    return visible.empty() ? Promise.resolve() : rendered;
  }
}

function nodeData(el: NodeSingular): GraphNode {
  const d = el.data() as GraphNode;
  return { id: d.id, label: d.label, name: d.name, depth: d.depth, date: d.date, kind: d.kind, title: d.title, country: d.country };
}

function caption(node: GraphNode): string {
  const name = node.name.length > 40 ? `${node.name.slice(0, 38)}…` : node.name;
  return node.label === 'Meeting' && node.date ? `${name} (${node.date})` : name;
}

function toElements(nodes: GraphNode[], edges: GraphEdge[]): ElementDefinition[] {
  const ids = new Set(nodes.map((n) => n.id));
  const out: ElementDefinition[] = nodes.map((n) => ({
    group: 'nodes',
    data: { ...n, caption: caption(n), colour: labelColour(n.label) },
  }));
  for (const e of edges) {
    if (!ids.has(e.source) || !ids.has(e.target)) continue;
    out.push({
      group: 'edges',
      data: { ...e, id: e.id ?? `${e.source}|${e.type}|${e.target}` },
    });
  }
  return out;
}
