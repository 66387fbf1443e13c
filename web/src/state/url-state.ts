// The shareable state lives in the URL hash, so a copied link reopens the same view.

export type TabName = 'timeline' | 'trends' | 'path';

export interface ViewState {
  /** selected entity id (or name) */
  entity: string;
  depth: number;
  from: string;
  to: string;
  tab: TabName;
  pathFrom: string;
  pathTo: string;
  trendCountry: string;
  trendMode: 'topic' | 'pair';
}

const DEFAULTS: ViewState = {
  entity: '',
  depth: 1,
  from: '',
  to: '',
  tab: 'timeline',
  pathFrom: '',
  pathTo: '',
  trendCountry: '',
  trendMode: 'topic',
};

const KEYS: Record<keyof ViewState, string> = {
  entity: 'e',
  depth: 'd',
  from: 'from',
  to: 'to',
  tab: 'tab',
  pathFrom: 'pa',
  pathTo: 'pb',
  trendCountry: 'tc',
  trendMode: 'tm',
};

const PARTIAL_DATE = /^\d{4}(-\d{2}(-\d{2})?)?$/;

export function readState(hash: string = window.location.hash): ViewState {
  const params = new URLSearchParams(hash.replace(/^#/, ''));
  const get = (key: keyof ViewState): string => params.get(KEYS[key]) ?? '';
  const depth = Number(get('depth'));
  const tab = get('tab');
  const from = get('from');
  const to = get('to');
  return {
    entity: get('entity'),
    depth: depth >= 1 && depth <= 3 ? Math.trunc(depth) : DEFAULTS.depth,
    from: PARTIAL_DATE.test(from) ? from : '',
    to: PARTIAL_DATE.test(to) ? to : '',
    tab: tab === 'trends' || tab === 'path' ? tab : 'timeline',
    pathFrom: get('pathFrom'),
    pathTo: get('pathTo'),
    trendCountry: get('trendCountry'),
    trendMode: get('trendMode') === 'pair' ? 'pair' : 'topic',
  };
}

export function writeState(state: ViewState): string {
  const params = new URLSearchParams();
  for (const key of Object.keys(KEYS) as (keyof ViewState)[]) {
    const value = state[key];
    if (value !== DEFAULTS[key] && value !== '') params.set(KEYS[key], String(value));
  }
  return params.toString();
}

export function isPartialDate(value: string): boolean {
  return PARTIAL_DATE.test(value);
}

/** The view's time window as the API's `from`/`to` take it: null for an open end ('' in the view). */
export function windowVariables({ from, to }: { from: string; to: string }): {
  from: string | null;
  to: string | null;
} {
  return { from: from || null, to: to || null };
}
