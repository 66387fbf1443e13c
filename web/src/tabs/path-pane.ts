import type { GraphPath, Ref } from '../api/api.types';
import { errorText, runOperation } from '../api/parley-api';
import { clear, h, notice } from '../ui/dom';

/** The path tab: the shortest chain between two names, as a list of links; each name opens its panel. */
export class PathPane {
  private shownKey = '';

  constructor(
    private readonly result: HTMLElement,
    private readonly fromInput: HTMLInputElement,
    private readonly toInput: HTMLInputElement,
    private readonly open: (ref: Ref) => void,
  ) {}

  /** Asked again even for the same names (the Find button). */
  forget(): void {
    this.shownKey = '';
  }

  /** Finds and lists the chain; gives it when one was found, for the graph to draw, else null. */
  async show(pathFrom: string, pathTo: string): Promise<GraphPath | null> {
    const key = `${pathFrom}\u0000${pathTo}`;
    if (!pathFrom || !pathTo || key === this.shownKey) return null;
    this.shownKey = key;
    clear(this.result, notice('loading', 'Looking for the shortest chain…'));
    let path: GraphPath | null;
    try {
      path = (await runOperation('ShortestPath', { from: pathFrom, to: pathTo })).shortestPath;
    } catch (err) {
      this.shownKey = '';
      clear(this.result, notice('error', errorText(err)));
      return null;
    }
    if (!path || path.nodes.length === 0) {
      clear(
        this.result,
        notice(
          'empty',
          `No chain joins “${pathFrom}” and “${pathTo}” within 6 links — check both names, or try someone closer.`,
        ),
      );
      return null;
    }
    const first = path.nodes[0];
    const last = path.nodes[path.nodes.length - 1];
    if (first) this.fromInput.value = first.name;
    if (last) this.toInput.value = last.name;
    clear(
      this.result,
      h('p', { class: 'tab-caption' }, `${path.length} links from ${first?.name} to ${last?.name}`),
      this.chain(path),
    );
    return path;
  }

  private chain(path: GraphPath): HTMLElement {
    const chain = h('ol', { class: 'path-chain', 'aria-label': 'Shortest chain' });
    path.nodes.forEach((n, i) => {
      chain.append(
        h(
          'li',
          {},
          h(
            'button',
            { type: 'button', class: 'link', 'data-entity': n.id, onclick: () => this.open(n) },
            n.name,
          ),
          h('span', { class: 'muted' }, ` ${n.label}`),
        ),
      );
      const edge = path.edges[i];
      if (edge) {
        const forward = edge.source === n.id;
        chain.append(
          h(
            'li',
            { class: 'path-edge', 'aria-label': edge.type },
            forward ? `—${edge.type}→` : `←${edge.type}—`,
          ),
        );
      }
    });
    return chain;
  }
}
