import type { GraphNode, Neighborhood, Ref } from './api/api.types';
import { errorText, runOperation } from './api/parley-api';
import { inWindow } from './graph/date-window';
import { LABEL_COLOURS } from './graph/graph-style';
import { download, toGraphml } from './graph/graph-download';
import { GraphView } from './graph/graph-view';
import { nodePanel } from './panels/node-panel';
import type { PanelContext } from './panels/panel-context';
import { isPartialDate, readState, writeState, type TabName, type ViewState } from './state/url-state';
import { renderTimeline, type TimelineItem } from './tabs/timeline-tab';
import { PathPane } from './tabs/path-pane';
import { TrendsPane } from './tabs/trends-pane';
import { clear, h, notice } from './ui/dom';
import { TypeAhead } from './ui/type-ahead';

const TABS: TabName[] = ['timeline', 'trends', 'path'];

function byId<T extends HTMLElement>(id: string): T {
  const el = document.getElementById(id);
  if (!el) throw new Error(`the page lacks #${id}`);
  return el as T;
}

/** The dashboard: owns the URL state and tells the graph, the panel and the tabs what to show. */
export class Dashboard implements PanelContext {
  private state: ViewState = readState('');
  private readonly graph: GraphView;
  private readonly trends: TrendsPane;
  private readonly path: PathPane;
  private center: Ref | null = null;
  private hood: Neighborhood | null = null;
  private selection: Ref | null = null;
  private selectionMeetings: TimelineItem[] | null = null;
  // An article opened from a list opens its panel beside the graph shown; centred, it is drawn with what it names.
  private article: Ref | null = null;
  // Panels' articles name this node too (an analyst reading what links two nodes), until turned off.
  private narrowedTo: Ref | null = null;
  private panelToken = 0;
  private graphToken = 0;
  private readonly el = {
    search: byId<HTMLInputElement>('search'),
    panel: byId('panel'),
    depth: byId<HTMLSelectElement>('depth'),
    from: byId<HTMLInputElement>('window-from'),
    to: byId<HTMLInputElement>('window-to'),
    graphStatus: byId('graph-status'),
    graphEmpty: byId('graph-empty'),
    timeline: byId('pane-timeline'),
    trendMode: byId<HTMLSelectElement>('trend-mode'),
    trendCountry: byId<HTMLInputElement>('trend-country'),
    pathFrom: byId<HTMLInputElement>('path-from'),
    pathTo: byId<HTMLInputElement>('path-to'),
    pathResult: byId('path-result'),
  };

  constructor() {
    this.graph = new GraphView(byId('graph'), {
      select: (node) => this.open(node),
      expand: (node) => this.expand(node),
    });
    this.trends = new TrendsPane(byId('trends-status'), byId('trends-chart'));
    this.path = new PathPane(this.el.pathResult, this.el.pathFrom, this.el.pathTo, (ref) => this.open(ref));
  }

  start(): void {
    this.wireControls();
    window.addEventListener('hashchange', () => void this.apply(readState()));
    void this.apply(readState());
  }

  // PanelContext: what the panels' buttons do.
  open(ref: Ref): void {
    if (ref.label === 'Article') this.article = ref;
    this.update({ entity: ref.id }, true);
  }

  expand(ref: Ref): void {
    void this.expandNode(ref);
  }

  narrowArticles(also: Ref | null): void {
    this.narrowedTo = also;
    if (this.selection) void this.openPanel(this.selection);
  }

  recentre(ref: Ref): void {
    this.center = null;
    this.state = { ...this.state, entity: '' };
    this.update({ entity: ref.id }, true);
  }

  private update(patch: Partial<ViewState>, push = false): void {
    const next = { ...this.state, ...patch };
    const hash = `#${writeState(next)}`;
    if (hash !== window.location.hash) {
      if (push) window.history.pushState(null, '', hash);
      else window.history.replaceState(null, '', hash);
    }
    void this.apply(next);
  }

  private async apply(next: ViewState): Promise<void> {
    const prev = this.state;
    this.state = next;
    this.syncControls();
    this.showTab(next.tab);
    const windowChanged = prev.from !== next.from || prev.to !== next.to;
    if (windowChanged) {
      this.graph.setWindow(next.from, next.to);
      this.renderTimeline();
    }
    const entityChanged = prev.entity !== next.entity || !this.selection;
    // the panel's articles follow the window
    if (windowChanged && !entityChanged && this.selection) await this.openPanel(this.selection);
    if (!next.entity) {
      this.showNothing();
    } else if (prev.depth !== next.depth && this.center) {
      await this.loadGraph(this.center.id, next.depth);
    } else if (entityChanged) {
      const known = this.graph.node(next.entity);
      if (known && this.center) {
        this.graph.select(known.id);
        await this.openPanel(known);
      } else if (this.article?.id === next.entity) {
        await this.openPanel(this.article);
      } else {
        // (an article's id draws the article at the centre: what it names, then their facts)
        const center = await this.loadGraph(next.entity, next.depth);
        if (center) await this.openPanel(center);
      }
    }
    if (next.tab === 'trends') await this.trends.show(next);
    if (next.tab === 'path') await this.findPath();
  }

  private syncControls(): void {
    const s = this.state;
    this.el.depth.value = String(s.depth);
    if (document.activeElement !== this.el.from) this.el.from.value = s.from;
    if (document.activeElement !== this.el.to) this.el.to.value = s.to;
    this.el.trendMode.value = s.trendMode;
    if (document.activeElement !== this.el.trendCountry) this.el.trendCountry.value = s.trendCountry;
    if (!this.el.pathFrom.value && s.pathFrom) this.el.pathFrom.value = s.pathFrom;
    if (!this.el.pathTo.value && s.pathTo) this.el.pathTo.value = s.pathTo;
  }

  private wireControls(): void {
    new TypeAhead(this.el.search, (hit) => this.recentre(hit));
    let pathFromId = '';
    let pathToId = '';
    new TypeAhead(this.el.pathFrom, (hit) => (pathFromId = hit.id));
    new TypeAhead(this.el.pathTo, (hit) => (pathToId = hit.id));
    this.el.pathFrom.addEventListener('input', () => (pathFromId = ''));
    this.el.pathTo.addEventListener('input', () => (pathToId = ''));
    byId('path-controls').addEventListener('submit', (e) => {
      e.preventDefault();
      const from = pathFromId || this.el.pathFrom.value.trim();
      const to = pathToId || this.el.pathTo.value.trim();
      if (!from || !to) {
        clear(
          this.el.pathResult,
          notice('empty', 'Type two names — people, organizations, places or topics — then Find.'),
        );
        return;
      }
      this.path.forget();
      this.update({ pathFrom: from, pathTo: to, tab: 'path' });
    });

    this.el.depth.addEventListener('change', () => this.update({ depth: Number(this.el.depth.value) }));
    byId('graph-controls').addEventListener('submit', (e) => {
      e.preventDefault();
      const from = this.el.from.value.trim();
      const to = this.el.to.value.trim();
      const bad = [from, to].filter((v) => v && !isPartialDate(v));
      if (bad.length) {
        this.el.graphStatus.textContent = `“${bad.join('”, “')}” is not a date — use YYYY, YYYY-MM or YYYY-MM-DD.`;
        return;
      }
      this.update({ from, to });
    });
    byId('fit').addEventListener('click', () => this.graph.fit());
    byId('download-graphml').addEventListener('click', () => {
      const { nodes, edges } = this.graph.shown();
      download(
        `${this.downloadName()}.graphml`,
        new Blob([toGraphml(nodes, edges)], { type: 'application/xml' }),
      );
    });
    byId('download-png').addEventListener('click', () =>
      download(`${this.downloadName()}.png`, this.graph.png()),
    );

    byId('trends-controls').addEventListener('submit', (e) => {
      e.preventDefault();
      this.update({
        trendCountry: this.el.trendCountry.value.trim(),
        trendMode: this.el.trendMode.value === 'pair' ? 'pair' : 'topic',
      });
    });
    this.el.trendMode.addEventListener('change', () =>
      byId<HTMLFormElement>('trends-controls').requestSubmit(),
    );

    for (const tab of TABS) {
      const button = byId(`tab-${tab}`);
      button.addEventListener('click', () => this.update({ tab }));
      button.addEventListener('keydown', (e) => {
        if (e.key !== 'ArrowRight' && e.key !== 'ArrowLeft') return;
        const i = TABS.indexOf(tab) + (e.key === 'ArrowRight' ? 1 : TABS.length - 1);
        const nextTab = TABS[i % TABS.length] ?? 'timeline';
        byId(`tab-${nextTab}`).focus();
        this.update({ tab: nextTab });
      });
    }

    document.addEventListener('keydown', (e) => {
      const target = e.target as HTMLElement | null;
      const typing =
        target &&
        (target.tagName === 'INPUT' || target.tagName === 'TEXTAREA' || target.tagName === 'SELECT');
      if (e.key === '/' && !typing) {
        e.preventDefault();
        this.el.search.focus();
        this.el.search.select();
      }
    });
    window.addEventListener('resize', () => {
      this.graph.resize();
      this.trends.resize();
    });

    byId('legend').append(
      ...Object.entries(LABEL_COLOURS).map(([label, colour]) =>
        h(
          'span',
          { class: 'legend-item' },
          h('span', { class: 'dot', style: `background:${colour}` }),
          label,
        ),
      ),
    );
  }

  private showTab(tab: TabName): void {
    for (const t of TABS) {
      const selected = t === tab;
      const button = byId(`tab-${t}`);
      button.setAttribute('aria-selected', String(selected));
      button.tabIndex = selected ? 0 : -1;
      byId(`pane-${t}`).hidden = !selected;
    }
    if (tab === 'trends') this.trends.resize();
  }

  private showNothing(): void {
    this.center = null;
    this.hood = null;
    this.selection = null;
    this.selectionMeetings = null;
    void this.graph.show('', [], []);
    this.el.graphStatus.textContent = '';
    clear(
      this.el.graphEmpty,
      notice(
        'empty',
        'Search for a person, organization, meeting or topic on the left — press / to jump to the search box.',
      ),
    );
    clear(
      this.el.panel,
      notice(
        'empty',
        'Nothing selected yet. Type a name in the search box, pick a match with the arrow keys and press Enter.',
      ),
    );
    this.renderTimeline();
  }

  /** parley-<centre>-depth<N>, safe as a file name. */
  private downloadName(): string {
    const centre = (this.center?.name ?? 'graph').replace(/[^\p{L}\p{N}]+/gu, '-').replace(/^-|-$/g, '');
    return `parley-${centre}-depth${this.el.depth.value}`;
  }

  /** Loads the neighbourhood of an id or name and draws it; returns its centre, or null when unknown. */
  private async loadGraph(entity: string, depth: number): Promise<GraphNode | null> {
    const token = ++this.graphToken;
    this.el.graphStatus.textContent = 'Loading the neighbourhood…';
    clear(this.el.graphEmpty);
    let hood: Neighborhood | null;
    try {
      hood = (await runOperation('Neighborhood', { name: entity, depth })).neighborhood;
    } catch (err) {
      if (token !== this.graphToken) return null;
      this.el.graphStatus.textContent = '';
      clear(this.el.graphEmpty, notice('error', errorText(err)));
      clear(this.el.panel, notice('error', errorText(err)));
      return null;
    }
    if (token !== this.graphToken) return null;
    if (!hood) {
      this.center = null;
      this.hood = null;
      void this.graph.show('', [], []);
      this.el.graphStatus.textContent = '';
      const text = `Parley knows nothing called “${entity}” — search for it by name instead.`;
      clear(this.el.graphEmpty, notice('empty', text));
      clear(this.el.panel, notice('empty', text));
      return null;
    }
    this.hood = hood;
    const center = hood.nodes.find((n) => n.id === hood.center.id) ?? { ...hood.center, depth: 0 };
    this.center = center;
    await this.graph.show(center.id, hood.nodes, hood.edges);
    this.graph.select(center.id);
    this.describeGraph(hood.truncated, hood);
    if (hood.nodes.length <= 1) {
      clear(
        this.el.graphEmpty,
        notice('empty', `${center.name} has no links yet — load more articles, or pick another entity.`),
      );
    }
    return center;
  }

  /** The graph's size and, when the answer was cut, what it leaves out (from the center's links, when it is the hub). */
  private describeGraph(truncated: boolean, hood?: Neighborhood): void {
    const name = this.center?.name ?? '—';
    const links = hood?.centerLinks ?? [];
    const total = links.reduce((sum, l) => sum + l.count, 0);
    const near = hood?.nodes.filter((n) => n.depth === 1).length ?? 0;
    const counted = links.map((l) => `${l.count.toLocaleString('en-US')} ${l.type}`).join(', ');
    const of = total > near ? `; ${name} has ${total.toLocaleString('en-US')} links (${counted})` : '';
    const cut = truncated
      ? ` · cut at the node limit or at a hub${of}: the nodes seen last are kept — expand a node to see more`
      : '';
    this.el.graphStatus.textContent = `${this.graph.size} nodes around ${name}${cut}`;
  }

  private async expandNode(ref: Ref): Promise<void> {
    this.el.graphStatus.textContent = `Expanding ${ref.name}…`;
    try {
      const hood = (await runOperation('Neighborhood', { name: ref.id, depth: 1 })).neighborhood;
      if (!hood) {
        this.el.graphStatus.textContent = `${ref.name} has nothing more to show.`;
        return;
      }
      const base = this.graph.node(ref.id)?.depth ?? 0;
      const before = this.graph.size;
      if (!this.center) {
        this.center = hood.center;
        await this.graph.show(hood.center.id, hood.nodes, hood.edges);
      } else {
        await this.graph.merge(
          hood.nodes.map((n) => ({ ...n, depth: base + (n.depth ?? 1) })),
          hood.edges,
        );
      }
      this.graph.select(ref.id);
      this.describeGraph(hood.truncated);
      this.el.graphStatus.textContent += ` · expanded ${ref.name}: +${this.graph.size - before} nodes`;
      this.renderTimeline();
    } catch (err) {
      this.el.graphStatus.textContent = errorText(err);
    }
  }

  private async openPanel(node: Ref): Promise<void> {
    const token = ++this.panelToken;
    this.selection = node;
    this.selectionMeetings = null;
    clear(this.el.panel, notice('loading', `Loading ${node.name}…`));
    try {
      const { panel, meetings } = await nodePanel(this, node, {
        ...this.state,
        center: this.center,
        hood: this.hood,
        narrowedTo: this.narrowedTo,
        neighbours: (id) => this.graph.neighbours(id),
      });
      if (token !== this.panelToken) return;
      this.selectionMeetings = meetings;
      clear(this.el.panel, panel);
      this.el.panel.scrollTop = 0;
    } catch (err) {
      if (token !== this.panelToken) return;
      clear(this.el.panel, notice('error', errorText(err)));
    }
    this.renderTimeline();
  }

  private renderTimeline(): void {
    const { from, to } = this.state;
    const own = this.selectionMeetings && this.selection?.label !== 'Meeting';
    const items = (own ? (this.selectionMeetings ?? []) : this.graph.visibleMeetings()).filter((m) =>
      inWindow(m.date, from, to),
    );
    const title = own
      ? `meetings of ${this.selection?.name}`
      : `meetings in the graph around ${this.center?.name ?? '—'}`;
    const windowText = from || to ? ` (${from || '…'} to ${to || '…'})` : '';
    renderTimeline(this.el.timeline, `${title}${windowText}`, this.center ? items : [], (ref) =>
      this.open(ref),
    );
  }

  private async findPath(): Promise<void> {
    const path = await this.path.show(this.state.pathFrom, this.state.pathTo);
    if (!path) return;
    const first = path.nodes[0];
    if (!this.center && first) this.center = first;
    await this.graph.showPath(path.nodes, path.edges);
    clear(this.el.graphEmpty);
    this.describeGraph(false);
  }
}
