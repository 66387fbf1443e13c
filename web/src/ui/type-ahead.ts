import type { SearchHit } from '../api/api.types';
import { ApiError, isAbort, runOperation } from '../api/parley-api';
import { labelColour } from '../graph/graph-style';
import { clear, h, highlighted, notice } from './dom';

// Hits an analyst can open in the dashboard; articles are reached through the facts they support.
const PICKABLE = new Set(['Person', 'Organization', 'Meeting', 'Topic', 'Place', 'Country']);
const DEBOUNCE_MS = 150;
let instances = 0;

/** A combobox over the Search operation: arrows move, Enter picks, Escape closes. */
export class TypeAhead {
  private hits: SearchHit[] = [];
  private active = -1;
  private pickWhenAnswered = false;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private readonly list: HTMLUListElement;
  private readonly status: HTMLElement;
  private readonly key = `search-${++instances}`;

  constructor(
    private readonly input: HTMLInputElement,
    private readonly onPick: (hit: SearchHit) => void,
  ) {
    const id = `${input.id}-listbox`;
    this.list = h('ul', { id, class: 'typeahead', role: 'listbox', hidden: true });
    this.status = h('div', { class: 'typeahead-status', 'aria-live': 'polite' });
    input.setAttribute('role', 'combobox');
    input.setAttribute('aria-autocomplete', 'list');
    input.setAttribute('aria-expanded', 'false');
    input.setAttribute('aria-controls', id);
    input.autocomplete = 'off';
    input.after(this.list, this.status);
    input.addEventListener('input', () => this.schedule());
    input.addEventListener('keydown', (e) => this.onKey(e));
    input.addEventListener('blur', () => setTimeout(() => this.close(), 150));
  }

  private schedule(): void {
    clearTimeout(this.timer);
    this.timer = setTimeout(() => void this.search(this.input.value.trim()), DEBOUNCE_MS);
  }

  private async search(text: string): Promise<void> {
    if (text.length < 2) {
      this.close();
      clear(this.status);
      return;
    }
    clear(this.status, notice('loading', 'Searching…'));
    try {
      const data = await runOperation('Search', { text: text.slice(0, 200) }, this.key);
      this.hits = data.search.edges.map((e) => e.node).filter((n) => PICKABLE.has(n.label));
      this.active = this.hits.length ? 0 : -1;
      this.render();
      clear(
        this.status,
        this.hits.length ? null : notice('empty', `No match for “${text}” — try a surname, or fewer words.`),
      );
      if (this.pickWhenAnswered && this.hits.length) this.pick(0);
      this.pickWhenAnswered = false;
    } catch (err) {
      if (isAbort(err)) return;
      this.close();
      clear(this.status, notice('error', err instanceof ApiError ? err.message : String(err)));
    }
  }

  private render(): void {
    clear(
      this.list,
      this.hits.map((hit, i) =>
        h(
          'li',
          {
            id: `${this.list.id}-${i}`,
            role: 'option',
            class: i === this.active ? 'active' : '',
            'aria-selected': i === this.active ? 'true' : 'false',
            'data-id': hit.id,
            onmousedown: (e: Event) => {
              e.preventDefault();
              this.pick(i);
            },
          },
          h('span', { class: 'badge', style: `background:${labelColour(hit.label)}` }, hit.label),
          ' ',
          h(
            'span',
            { class: 'hit-name' },
            ...(hit.snippet ? highlighted(hit.snippet, hit.highlights) : [hit.name]),
          ),
          hit.snippet && hit.snippet !== hit.name ? h('span', { class: 'muted' }, ` → ${hit.name}`) : null,
          hit.date ? h('span', { class: 'muted' }, ` · ${hit.date}`) : null,
        ),
      ),
    );
    const open = this.hits.length > 0;
    this.list.hidden = !open;
    this.input.setAttribute('aria-expanded', String(open));
    if (open && this.active >= 0)
      this.input.setAttribute('aria-activedescendant', `${this.list.id}-${this.active}`);
    else this.input.removeAttribute('aria-activedescendant');
  }

  private onKey(e: KeyboardEvent): void {
    if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
      if (!this.hits.length) return;
      e.preventDefault();
      const step = e.key === 'ArrowDown' ? 1 : -1;
      this.active = (this.active + step + this.hits.length) % this.hits.length;
      this.render();
    } else if (e.key === 'Enter') {
      e.preventDefault();
      if (this.active >= 0) {
        this.pick(this.active);
        return;
      }
      // Enter before the answer came: search now and take the best hit when it arrives.
      clearTimeout(this.timer);
      this.pickWhenAnswered = true;
      void this.search(this.input.value.trim());
    } else if (e.key === 'Escape') {
      this.close();
    }
  }

  private pick(index: number): void {
    const hit = this.hits[index];
    if (!hit) return;
    this.input.value = hit.name;
    this.close();
    clear(this.status);
    this.onPick(hit);
  }

  private close(): void {
    this.hits = [];
    this.active = -1;
    this.list.hidden = true;
    this.input.setAttribute('aria-expanded', 'false');
    this.input.removeAttribute('aria-activedescendant');
  }
}
