import type { StylesheetJson } from 'cytoscape';

// One colour per label, picked to stay distinct for colour-blind readers (Okabe–Ito palette).
export const LABEL_COLOURS: Record<string, string> = {
  Person: '#0072B2',
  Organization: '#CC79A7',
  Meeting: '#E69F00',
  Topic: '#009E73',
  Place: '#8C6D31',
  Country: '#56B4E9',
  Article: '#7F7F7F',
};

export function labelColour(label: string): string {
  return LABEL_COLOURS[label] ?? '#999999';
}

export const GRAPH_STYLE: StylesheetJson = [
  {
    selector: 'node',
    style: {
      'background-color': 'data(colour)',
      label: 'data(caption)',
      'font-size': 11,
      'text-valign': 'bottom',
      'text-margin-y': 3,
      'min-zoomed-font-size': 6,
      width: 22,
      height: 22,
      'border-width': 1,
      'border-color': '#ffffff',
      color: '#1d232b',
      'text-background-color': '#ffffff',
      'text-background-opacity': 0.75,
      'text-background-padding': '1px',
    },
  },
  { selector: 'node[label = "Meeting"]', style: { shape: 'round-rectangle' } },
  { selector: 'node[label = "Topic"]', style: { shape: 'diamond' } },
  { selector: 'node[label = "Organization"]', style: { shape: 'hexagon' } },
  { selector: 'node[label = "Country"], node[label = "Place"]', style: { shape: 'triangle' } },
  { selector: 'node.center', style: { width: 34, height: 34, 'border-width': 3, 'border-color': '#1d232b' } },
  { selector: 'node:selected', style: { 'border-width': 4, 'border-color': '#d62728' } },
  {
    selector: 'edge',
    style: {
      width: 1.5,
      'line-color': '#b7bec8',
      'target-arrow-color': '#b7bec8',
      'target-arrow-shape': 'triangle',
      'arrow-scale': 0.7,
      'curve-style': 'straight',
      label: 'data(type)',
      'font-size': 8,
      color: '#59626e',
      'text-rotation': 'autorotate',
      'min-zoomed-font-size': 9,
      'text-background-color': '#ffffff',
      'text-background-opacity': 0.8,
    },
  },
  { selector: 'node.path', style: { 'border-width': 4, 'border-color': '#d62728', 'z-index': 10 } },
  {
    selector: 'edge.path',
    style: { 'line-color': '#d62728', 'target-arrow-color': '#d62728', width: 4, 'z-index': 10 },
  },
  { selector: '.hidden', style: { display: 'none' } },
];
