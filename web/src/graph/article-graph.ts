import type { ArticleMentions, GraphEdge, GraphNode } from '../api/api.types';

/**
 * An article drawn as a graph: the article at the centre and what it names one step away, by the edges the loader
 * wrote (MENTIONS, REPORTS for a meeting). Neighborhood does not start at articles: their edges reach every hub.
 */
export function articleGraph(article: ArticleMentions): {
  center: GraphNode;
  nodes: GraphNode[];
  edges: GraphEdge[];
} {
  const center: GraphNode = {
    id: article.id,
    label: 'Article',
    name: article.name,
    depth: 0,
    date: article.date,
  };
  const named = article.mentions.edges.map(({ node }) => ({ ...node.entity, depth: 1 }));
  const edges = named.map((n) => {
    const type = n.label === 'Meeting' ? 'REPORTS' : 'MENTIONS';
    return { id: `${type}:${article.id}:${n.id}`, source: article.id, target: n.id, type };
  });
  return { center, nodes: [center, ...named], edges };
}
