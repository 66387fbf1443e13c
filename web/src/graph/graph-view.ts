import cytoscape, {
  type Core,
  type ElementDefinition,
  type LayoutOptions,
  type NodeSingular,
} from 'cytoscape';
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

  constructor(
    private readonly container: HTMLElement,
    events: GraphEvents,
  ) {
    this.cy = cytoscape({
      container,
      style: GRAPH_STYLE,
      minZoom: 0.1,
      maxZoom: 3,
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
    return el.nonempty() && el.isNode() ? nodeData(el as NodeSingular) : undefined;
  }

  /** Meetings currently shown (inside the window), for the timeline. */
  visibleMeetings(): GraphNode[] {
    return this.cy
      .nodes('[label = "Meeting"]')
      .not('.hidden')
      .map((n) => nodeData(n as NodeSingular));
  }

  /** Replaces the graph; resolves once the first frame with the new layout has been drawn. */
  show(centerId: string, nodes: GraphNode[], edges: GraphEdge[]): Promise<void> {
    this.centerId = centerId;
    delete this.container.dataset.path;
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
      const fresh = toElements(nodes, edges).filter((el) =>
        this.cy.getElementById(String(el.data.id)).empty(),
      );
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

  /** Adds a path (if not shown yet), marks it in red and centres the view on it. */
  async showPath(nodes: GraphNode[], edges: GraphEdge[]): Promise<void> {
    this.cy.elements().removeClass('path');
    const chain = nodes.map((n, i) => ({ ...n, depth: n.depth ?? Math.min(i, 3) }));
    if (this.cy.nodes().empty() && nodes[0]) {
      this.centerId = nodes[0].id;
      this.cy.add(toElements(chain, edges));
    } else {
      const fresh = toElements(chain, edges).filter((el) =>
        this.cy.getElementById(String(el.data.id)).empty(),
      );
      this.cy.add(fresh.filter((el) => el.group === 'nodes'));
      this.cy.add(fresh.filter((el) => el.group === 'edges'));
    }
    const ids = new Set(nodes.map((n) => n.id));
    const onPath = this.cy.nodes().filter((n) => ids.has(n.id()));
    const links = this.cy
      .edges()
      .filter((e) =>
        edges.some(
          (p) =>
            (e.data('source') === p.source && e.data('target') === p.target) ||
            (e.data('source') === p.target && e.data('target') === p.source),
        ),
      );
    onPath.union(links).addClass('path');
    // What is drawn, readable from the DOM (tests, screen-reader summaries): the canvas itself is opaque.
    this.container.dataset.path = nodes.map((n) => n.id).join(' ');
    await this.relayout();
    this.cy.fit(onPath, 80);
    // A short chain would otherwise fill the screen at maximum zoom.
    if (this.cy.zoom() > 1.2) {
      this.cy.zoom(1.2);
      this.cy.center(onPath);
    }
  }

  /** The nodes linked to one node (and the node itself), for panels of entities without their own operation. */
  neighbours(id: string): GraphNode[] {
    const el = this.cy.getElementById(id);
    if (el.empty() || !el.isNode()) return [];
    return el
      .closedNeighborhood()
      .nodes()
      .map((n) => nodeData(n));
  }

  /** Hides meetings outside [from, to] and whatever is then cut off from the centre. */
  setWindow(from: string, to: string): void {
    this.window = { from, to };
    const outside = this.cy.nodes('[label = "Meeting"]').filter((n) => !inWindow(n.data('date'), from, to));
    // A class toggled only where it changes: per-element style bypasses cost a second on 500 nodes.
    if (outside.empty()) {
      this.cy.elements('.hidden').removeClass('hidden');
      this.container.dataset.nodes = String(this.cy.nodes().length);
      return;
    }
    // A path found by the path finder stays visible even when it does not touch the centre.
    const roots = this.cy.getElementById(this.centerId).union(this.cy.nodes('.path')).not(outside);
    const reachable = new Set<string>();
    if (roots.nonempty()) {
      this.cy
        .elements()
        .not(outside)
        .bfs({ roots, visit: (v) => void reachable.add(v.id()), directed: false });
    }
    const hide = this.cy.nodes().filter((n) => !reachable.has(n.id()));
    this.cy.batch(() => {
      this.cy.elements('.hidden').not(hide).removeClass('hidden');
      hide.addClass('hidden');
    });
    this.container.dataset.nodes = String(this.cy.nodes().length - hide.length);
  }

  /** What is shown now (inside the window): the nodes and the edges among them, for a download. */
  shown(): { nodes: GraphNode[]; edges: GraphEdge[] } {
    const visible = this.cy.elements().not('.hidden');
    return {
      nodes: visible.nodes().map((n) => nodeData(n as NodeSingular)),
      edges: visible.edges().map((e) => {
        const d = e.data() as GraphEdge;
        return {
          source: d.source,
          target: d.target,
          type: d.type,
          title: d.title,
          sourceCount: d.sourceCount,
        };
      }),
    };
  }

  /** The whole graph as drawn (hidden elements left out), as a PNG at twice the screen's resolution. */
  png(): Blob {
    return this.cy.png({ output: 'blob', full: true, scale: 2, bg: '#ffffff' });
  }

  fit(): void {
    this.cy.fit(this.cy.elements().not('.hidden'), 30);
  }

  resize(): void {
    this.cy.resize();
  }

  private relayout(): Promise<void> {
    this.setWindow(this.window.from, this.window.to);
    // By class, not ':visible', which would compute every element's style up front.
    const visible = this.cy.elements().not('.hidden');
    const options: LayoutOptions =
      visible.nodes().length <= FORCE_LAYOUT_MAX_NODES
        ? {
            name: 'cose',
            animate: false,
            randomize: true,
            nodeRepulsion: () => 9000,
            idealEdgeLength: () => 70,
            numIter: 600,
            fit: true,
            padding: 30,
          }
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
  return {
    id: d.id,
    label: d.label,
    name: d.name,
    depth: d.depth,
    date: d.date,
    kind: d.kind,
    title: d.title,
    country: d.country,
  };
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
